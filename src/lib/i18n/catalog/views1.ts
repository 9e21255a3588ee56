import { defineMessages } from '../define.ts';

export const views1Messages = defineMessages({
  en: {
    'view.settings': 'Settings',
    'view.updating': 'Updating…'
  },
  zh: {
    'view.settings': '设置',
    'view.updating': '正在更新…'
  }
});
