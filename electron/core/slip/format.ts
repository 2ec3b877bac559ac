import { formatMessage, msg, type Message } from '../../../shared/messages';
import type { Language } from '../../../shared/messages/languages';
import { wallTimeAt } from '../../../shared/time/zoned';

const pad = (n: number): string => String(n).padStart(2, '0');

/** A catalogue list ("Sun Mon …") split into its words. */
const names = (m: Message, lang: Language): string[] => formatMessage(m, lang).split(' ');

/**
 * "Sat 28 Mar 2026, 15:00" / "sáb 28 mar 2026, 15:00" in the property's zone, 24-hour. The numbers
 * come from the same DST-safe wall time conversion the engine uses (never Intl with a locale, whose
 * names and punctuation change between ICU versions), so the slip can never disagree with the
 * lock's window; the day of the week comes from the wall date itself (UTC arithmetic on a
 * calendar date is exact). Only the day and month names are the language's.
 */
export function slipDateTime(ms: number, timeZone: string, lang: Language): string {
  const w = wallTimeAt(ms, timeZone);
  const weekday = names(msg('slip.weekdays'), lang)[new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay()]!;
  const month = names(msg('slip.months'), lang)[w.month - 1]!;
  return formatMessage(msg('slip.dateTime', { weekday, day: w.day, month, year: w.year, time: `${pad(w.hour)}:${pad(w.minute)}` }), lang);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
