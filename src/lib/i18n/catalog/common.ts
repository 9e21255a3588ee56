import { defineMessages } from '../define.ts';

export const common = defineMessages({
  en: {
    'app.name': 'Kefen',
    'app.tagline': 'Customer classification',
    'lang.switch': '中文'
  },
  zh: {
    'app.name': '客分',
    'app.tagline': '客户分类管理',
    'lang.switch': 'English'
  }
});
