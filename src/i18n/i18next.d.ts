import 'i18next';
import type common from './locales/en/common.json';
import type format from './locales/en/format.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common; format: typeof format };
  }
}
