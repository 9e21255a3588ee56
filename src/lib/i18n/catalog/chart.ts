import { defineMessages } from '../define.ts';

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
