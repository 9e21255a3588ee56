import { defineMessages } from '../define.ts';

/** Engine notes (AnalysisResult.notes codes). */
export const engineMessages = defineMessages({
  en: {
    'engine.invalidSetting': 'A setting of “{section}” cannot be used ({detail}); its default settings were used instead.',
    'engine.methodFailed': '“{section}” could not be computed: {detail}',
    'engine.noCustomers': 'No customer has a row up to the analysis date ({rows} rows read).',
    'engine.rowsAfterAnalysisDate': '{rows} rows dated after the analysis date are left out.',
    'engine.rowsWithoutCustomer': '{rows} rows have no customer: they count in the dataset total but not in customer analyses.',
    'engine.rowsBeforeWindow': '{rows} rows before the analysis window count only toward first order date, recency and tenure.',
    'engine.abc.nonPositive': '{customers} customers have a zero or negative value: they are class C and contribute nothing.',
    'engine.noDates': 'This customer table has no dates: lifecycle, key-account development and one-off big-ticket customers need dated orders.',
    'engine.rfm.unavailable': 'RFM needs recency and frequency: dated orders, or recency and order-count columns in the customer table.',
    'engine.rfm.notScored': '{customers} customers have no order with a positive value in the window: they get no RFM score and are listed under “Others”.',
    'engine.rfm.emptyLevels': '{dimension}: level {levels} stayed empty because many customers share one value (equal values always get equal scores).',
    'engine.lifecycle.unavailable': 'The lifecycle cannot be computed for these settings.',
    'engine.keyAccounts.unavailable': 'The key-account development chart cannot be computed for these settings.',
    'engine.concentration.warning': 'The largest customer holds {share} % of the total, above the warning level of {limit} %.'
  },
  zh: {
    'engine.invalidSetting': '“{section}”的设置无法使用（{detail}），已改用其默认设置。',
    'engine.methodFailed': '“{section}”无法计算：{detail}',
    'engine.noCustomers': '截至分析日期没有任何客户的数据（共读取 {rows} 行）。',
    'engine.rowsAfterAnalysisDate': '有 {rows} 行的日期晚于分析日期，已排除。',
    'engine.rowsWithoutCustomer': '有 {rows} 行没有客户：计入数据集总额，但不参与客户分析。',
    'engine.rowsBeforeWindow': '有 {rows} 行早于分析时间窗口，只用于首次购买日期、最近购买间隔和客户年限。',
    'engine.abc.nonPositive': '有 {customers} 位客户的指标值为零或负数：归入 C 类，不计贡献。',
    'engine.noDates': '此客户表没有日期：客户生命周期、大客户发展坐标和伪大客户识别都需要带日期的订单。',
    'engine.rfm.unavailable': 'RFM 分级需要最近购买时间和购买频率：请提供带日期的订单，或在客户表中提供最近购买天数和订单数两列。',
    'engine.rfm.notScored': '有 {customers} 位客户在时间窗口内没有金额为正的订单：不参与 RFM 评分，归入“其他”。',
    'engine.rfm.emptyLevels': '{dimension}：第 {levels} 级为空，因为很多客户的取值相同（取值相同的客户得分必然相同）。',
    'engine.lifecycle.unavailable': '按当前设置无法计算客户生命周期。',
    'engine.keyAccounts.unavailable': '按当前设置无法绘制大客户发展坐标。',
    'engine.concentration.warning': '最大客户占总额的 {share} %，超过 {limit} % 的警戒线。'
  }
});
