import type { MESSAGES } from '../../../shared/messages';

/** The English text of every key, as a literal type: what lets the compiler check t()'s key and `{{params}}`. */
type EnglishCatalogue = { readonly [K in keyof typeof MESSAGES]: (typeof MESSAGES)[K]['en'] };

declare module 'i18next' {
  interface CustomTypeOptions {
    keySeparator: false;
    nsSeparator: false;
    resources: { translation: EnglishCatalogue };
  }
}
