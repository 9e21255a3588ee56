import { defineMessages } from '../define.ts';

/** Controls shared by the charts. */
export const chartMessages = defineMessages({
  en: {
    'chart.exportSvg': 'SVG',
    'chart.exportPng': 'PNG'
  },
  zh: {
    'chart.exportSvg': 'SVG',
    'chart.exportPng': 'PNG'
  }
});
