import { useTranslation } from 'react-i18next';
import { localeOf } from '../i18n';
import { useDesk } from '../store';

/** Dates and times as the clerk reads them: in the property's zone, never the PC's, in the clerk's language. */
export function formatStayMoment(ms: number, timeZone: string, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(ms);
}

export function formatTime(ms: number, timeZone: string, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(ms);
}

/** With seconds: when a reader event happened (two taps a second apart must read apart). */
export function formatTimeSeconds(ms: number, timeZone: string, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(ms);
}

export function formatDate(ms: number, timeZone: string, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', day: 'numeric', month: 'long' }).format(ms);
}

export function formatShortDate(ms: number, timeZone: string, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(ms);
}

/** "Thursday 26 November 2026" / "jueves, 26 de noviembre de 2026": a whole date nobody can misread. */
export function formatLongDate(ms: number, timeZone: string, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(ms);
}

export function formatDateTime(ms: number, timeZone: string, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(ms);
}

export interface Formatters {
  locale: string;
  timeZone: string;
  moment: (ms: number) => string;
  time: (ms: number) => string;
  timeSeconds: (ms: number) => string;
  date: (ms: number) => string;
  shortDate: (ms: number) => string;
  dateTime: (ms: number) => string;
  longDate: (ms: number) => string;
}

/** Formatters bound to the current language and the property's time zone. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const timeZone = useDesk((s) => s.property?.timeZone ?? 'UTC');
  const locale = localeOf(i18n.language);
  return {
    locale,
    timeZone,
    moment: (ms) => formatStayMoment(ms, timeZone, locale),
    time: (ms) => formatTime(ms, timeZone, locale),
    timeSeconds: (ms) => formatTimeSeconds(ms, timeZone, locale),
    date: (ms) => formatDate(ms, timeZone, locale),
    shortDate: (ms) => formatShortDate(ms, timeZone, locale),
    dateTime: (ms) => formatDateTime(ms, timeZone, locale),
    longDate: (ms) => formatLongDate(ms, timeZone, locale),
  };
}
