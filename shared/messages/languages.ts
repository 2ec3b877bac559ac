/**
 * The languages the desk speaks. One list for the renderer (labels, dates) and the core (the
 * printed slip, sentences sent with errors), so a language is added in one place.
 */
export const LANGUAGES = [
  { code: 'en', name: 'English', locale: 'en-GB' },
  { code: 'es', name: 'Español', locale: 'es-ES' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];
export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as [Language, ...Language[]];

export const isLanguage = (v: unknown): v is Language => LANGUAGES.some((l) => l.code === v);

/** The Intl locale dates and times are written in for a language (en-GB: 24-hour, day before month). */
export const localeOf = (lang: string): string => LANGUAGES.find((l) => l.code === lang)?.locale ?? 'en-GB';
