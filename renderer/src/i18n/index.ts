import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { MESSAGES } from '../../../shared/messages';
import { isLanguage, LANGUAGE_CODES, type Language } from '../../../shared/messages/languages';

export { LANGUAGES, localeOf, type Language } from '../../../shared/messages/languages';

const STORAGE_KEY = 'desk.language';

/** i18next's resources, read from the one catalogue: every key with its text in each language. */
const resources = Object.fromEntries(
  LANGUAGE_CODES.map((lang) => [
    lang,
    { translation: Object.fromEntries(Object.entries(MESSAGES).map(([key, wording]) => [key, wording[lang]])) },
  ]),
);

/** The clerk's last choice on this PC, else the browser's language when we have it, else English. */
function initialLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (isLanguage(saved)) return saved;
  const nav = globalThis.navigator?.language.slice(0, 2);
  return isLanguage(nav) ? nav : 'en';
}

export function setLanguage(lang: Language): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  void i18next.changeLanguage(lang);
}

/** Synchronous init (resources are bundled), so the first render is already translated. */
export function initI18n(): typeof i18next {
  const lng = initialLanguage();
  document.documentElement.lang = lng;
  void i18next.use(initReactI18next).init({
    resources,
    lng,
    // Catalogue keys are flat ('reader.calibrate.match'): dots and colons are part of the key.
    keySeparator: false,
    nsSeparator: false,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
  });
  // The window title (taskbar, Alt+Tab, screen readers) speaks the desk's language too.
  const title = (): void => {
    document.title = i18next.t('app.title');
  };
  title();
  i18next.on('languageChanged', title);
  return i18next;
}
