import { defineMessages } from '../define.ts';

/** The value forecast (METHOD §9): its engine notes. */
export const forecastMessages = defineMessages({
  en: {
    'engine.forecast.unavailable': 'The value forecast needs dated transactions: this customer table has no purchase dates.',
    'engine.forecast.calibrationEndAfter': 'The calibration end {date} is after the analysis date {analysisDate}: the analysis date is used, so there is no holdout period to check the forecast against.',
    'engine.forecast.fewRepeatBuyers': 'Only {repeatBuyers} customers bought again in the calibration period (fewer than {minimum}): the model parameters are poorly determined, so treat the forecast as a rough guide.',
    'engine.forecast.notFitted': 'The forecast models were not fitted: they need at least {minimum} customers who bought again in the calibration period, and there are {repeatBuyers}. Choose a later calibration end or a longer history.',
    'engine.forecast.ggNotFitted': 'The spend model (Gamma-Gamma) was not fitted: it needs at least {minimum} repeat buyers with a positive average repeat purchase, and there are {customers}. Expected order values and CLV are left empty.',
    'engine.forecast.notConverged': 'The {model} fit did not converge ({iterations} iterations, gradient {gradient}): its parameters and everything computed from them may be off.',
    'engine.forecast.atBound': 'In the {model} fit, parameter {parameter} ran to the edge of its allowed range: the data barely determine it (for BG/NBD, a or b at the edge often means hardly any customer appears to drop out). Its standard error is not given.',
    'engine.forecast.noStandardErrors': 'The {model} fit has no standard errors: the curvature of its likelihood at the estimate could not be inverted.',
    'engine.forecast.spendFrequencyCorrelation': 'Average spend and purchase frequency are correlated (r = {r}, at least {limit} in size): the spend model assumes they are independent, so its expected order values and the CLV may be biased.',
    'engine.forecast.noMeanValue': 'The spend model gives no finite population mean (q = {q} is not above 1): customers without a repeat purchase get no expected order value.'
  },
  zh: {
    'engine.forecast.unavailable': '价值预测需要带日期的交易记录：此客户表没有购买日期。',
    'engine.forecast.calibrationEndAfter': '校准期截止日 {date} 晚于分析日期 {analysisDate}：已改用分析日期，因此没有可用于检验预测的留出期。',
    'engine.forecast.fewRepeatBuyers': '校准期内只有 {repeatBuyers} 位客户再次购买（少于 {minimum} 位）：模型参数估计不够可靠，预测结果仅供粗略参考。',
    'engine.forecast.notFitted': '未拟合预测模型：校准期内至少需要 {minimum} 位再次购买的客户，目前只有 {repeatBuyers} 位。请选择更晚的校准期截止日或更长的历史数据。',
    'engine.forecast.ggNotFitted': '未拟合消费金额模型（Gamma-Gamma）：至少需要 {minimum} 位平均复购金额为正的复购客户，目前只有 {customers} 位。预期客单价和客户终身价值（CLV）留空。',
    'engine.forecast.notConverged': '{model} 模型的拟合未收敛（迭代 {iterations} 次，梯度 {gradient}）：其参数以及据此算出的所有结果都可能有偏差。',
    'engine.forecast.atBound': '{model} 模型拟合中，参数 {parameter} 达到了允许范围的边界：数据几乎无法确定该参数（在 BG/NBD 模型中，a 或 b 处于边界通常说明几乎看不到客户流失）。不提供其标准误。',
    'engine.forecast.noStandardErrors': '{model} 模型的拟合没有标准误：似然函数在估计值处的曲率矩阵无法求逆。',
    'engine.forecast.spendFrequencyCorrelation': '平均消费金额与购买频率相关（r = {r}，绝对值不低于 {limit}）：消费金额模型假定两者相互独立，因此预期客单价和客户终身价值（CLV）可能有偏差。',
    'engine.forecast.noMeanValue': '消费金额模型的总体均值不是有限值（q = {q}，不大于 1）：没有复购的客户没有预期客单价。'
  }
});
