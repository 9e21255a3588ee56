import { defineMessages } from '../define.ts';

/** The breakdown view. */
export const breakdownMessages = defineMessages({
  en: {
    'breakdown.title': 'Breakdown by attribute',
    'breakdown.intro': 'Customer breakdown by region or any category (客户区域分析表): customers, their share, value, its share and the ABC class mix per label.',
    'breakdown.set.attribute': 'Attribute',
    'breakdown.set.metric': 'Value',
    'breakdown.attribute.region': 'Region',
    'breakdown.none': 'This dataset has no region or other categorical customer attribute. Map a region column (or keep a text column as a category) when importing to get a breakdown.',
    'breakdown.missingAttribute': 'The attribute “{name}” is not in this dataset; choose another one.',
    'breakdown.noneLabel': '(no value)',
    'breakdown.chart.title': 'Customers per {attribute} with class mix',
    'breakdown.chart.description': 'Bar length: number of customers; colours: ABC classes A, B and C. Click a bar to list its customers.',
    'breakdown.chart.top': 'The chart shows the first {n} of {total} labels (by value); the table lists them all.',
    'breakdown.row.aria': '{label}: {n} customers (A {a}, B {b}, C {c}), {value} of value; open the list',
    'breakdown.table.caption': 'Breakdown by {attribute}',
    'breakdown.col.label': 'Label',
    'breakdown.col.customers': 'Customers',
    'breakdown.col.customerShare': '% of customers',
    'breakdown.col.valueShare': '% of value',
    'breakdown.col.mix': 'Class mix A / B / C',
    'breakdown.open': '{label}: list its {n} customers',
    'breakdown.drill': '{attribute}: {label}',
    'breakdown.export': 'Export CSV'
  },
  zh: {
    'breakdown.title': '按属性分析',
    'breakdown.intro': '客户区域分析表：按地区或任一类别，列出各标签的客户数、客户占比、价值、价值占比和 ABC 类别构成。',
    'breakdown.set.attribute': '属性',
    'breakdown.set.metric': '价值',
    'breakdown.attribute.region': '地区',
    'breakdown.none': '此数据集没有地区或其他客户类别属性。导入时映射地区列（或将文本列保留为类别）即可按属性分析。',
    'breakdown.missingAttribute': '此数据集中没有属性「{name}」，请选择其他属性。',
    'breakdown.noneLabel': '（无值）',
    'breakdown.chart.title': '各{attribute}的客户数及类别构成',
    'breakdown.chart.description': '条的长度：客户数；颜色：ABC 分类的 A、B、C 类。点击某条可列出其客户。',
    'breakdown.chart.top': '图中显示按价值排列的前 {n} 个标签（共 {total} 个）；表格列出全部。',
    'breakdown.row.aria': '{label}：{n} 位客户（A {a}，B {b}，C {c}），价值占比 {value}；打开列表',
    'breakdown.table.caption': '按{attribute}分析',
    'breakdown.col.label': '标签',
    'breakdown.col.customers': '客户数',
    'breakdown.col.customerShare': '客户占比',
    'breakdown.col.valueShare': '价值占比',
    'breakdown.col.mix': '类别构成 A / B / C',
    'breakdown.open': '{label}：列出其 {n} 位客户',
    'breakdown.drill': '{attribute}：{label}',
    'breakdown.export': '导出 CSV'
  }
});
