import 'i18next';
import type { en } from './en.ts';

/** Makes `t()` check its keys against the English tree at compile time. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
