import { defineMessages } from '../define.ts';

/** Controls shared by the charts. */
export const chartMessages = defineMessages({
  en: {
    'chart.exportTools': 'Export {title}',
    'chart.exportSvg': 'SVG',
    'chart.exportPng': 'PNG',
    'chart.export.dataset': 'Dataset: {name}',
    'chart.export.asOf': 'Analysis date: {date}',
    'chart.export.exported': 'Exported from Kefen on {date}'
  },
  zh: {
    'chart.exportTools': '导出“{title}”',
    'chart.exportSvg': 'SVG',
    'chart.exportPng': 'PNG',
    'chart.export.dataset': '数据集：{name}',
    'chart.export.asOf': '分析日期：{date}',
    'chart.export.exported': '导出日期：{date}（客分）'
  }
});
