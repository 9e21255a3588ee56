import { defineMessages } from '../define.ts';

/** Controls shared by the charts. */
export const chartMessages = defineMessages({
  en: {
    'chart.exportTools': 'Export {title}',
    'chart.exportSvg': 'SVG',
    'chart.exportPng': 'PNG'
  },
  zh: {
    'chart.exportTools': '导出“{title}”',
    'chart.exportSvg': 'SVG',
    'chart.exportPng': 'PNG'
  }
});
