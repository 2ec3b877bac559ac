/**
 * Dates as a clerk types them: in the desk language's own order (en-GB and es-ES: day/month/year),
 * never the order of the PC's locale. Chromium's <input type="date"> shows the OS/browser order
 * (11/26/2026 on a US-locale PC) and ignores the `lang` attribute (checked in Chromium 156), so the
 * stay dialogs use a text field with these helpers. Values stay "YYYY-MM-DD" wall dates of the
 * property (shared/time/zoned.ts converts them to instants).
 */

export type DatePart = 'day' | 'month' | 'year';

export interface DateOrder {
  order: DatePart[];
  separator: string;
}

const orders = new Map<string, DateOrder>();

/** The order of day, month and year (and the separator) of the locale's numeric date. */
export function dateOrder(locale: string): DateOrder {
  let o = orders.get(locale);
  if (!o) {
    const parts = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(
      Date.UTC(2026, 10, 26),
    );
    const order = parts.map((p) => p.type).filter((t): t is DatePart => t === 'day' || t === 'month' || t === 'year');
    const separator = parts.find((p) => p.type === 'literal')?.value.trim() || '/';
    o = order.length === 3 ? { order, separator } : { order: ['day', 'month', 'year'], separator: '/' };
    orders.set(locale, o);
  }
  return o;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function isoOf(year: number, month: number, day: number): string | null {
  if (year < 2000 || year > 2099 || month < 1 || month > 12 || day < 1) return null;
  const t = new Date(Date.UTC(year, month - 1, day));
  if (t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) return null; // 31/02 is not a date
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "2026-11-26" → "26/11/2026" in the locale's order. */
export function formatDateEntry(iso: string, locale: string): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  const values: Record<DatePart, string> = { year: m[1]!, month: pad(Number(m[2])), day: pad(Number(m[3])) };
  const { order, separator } = dateOrder(locale);
  return order.map((p) => values[p]).join(separator);
}

/**
 * What the clerk typed → "YYYY-MM-DD", or null when it is not a real date. Accepted: the locale's
 * order with / . - or spaces between the numbers ("26/11/2026", "26.11.26", "26 11"); a two-digit
 * year means 20xx. Without a year, the date nearest `reference` (the date the field started from)
 * in the year before, of or after it: 2/1 on a stay ending 30/12 means January next, 31/12 on a
 * stay ending 3/1 the December just before. "2026-11-26" (year first) is also
 * accepted because it cannot be misread. The readout always shows the year it chose.
 */
export function parseDateEntry(text: string, locale: string, reference: string): string | null {
  const s = text.trim();
  const iso = ISO.exec(s);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const nums = s.split(/[\s/.\-,]+/).filter(Boolean);
  if (nums.length < 2 || nums.length > 3 || nums.some((n) => !/^\d{1,4}$/.test(n))) return null;
  const order = dateOrder(locale).order.filter((p) => nums.length === 3 || p !== 'year');
  const refYear = Number(reference.slice(0, 4));
  const v: Record<DatePart, number> = { day: NaN, month: NaN, year: refYear };
  order.forEach((p, i) => (v[p] = Number(nums[i])));
  if (nums.length === 3) {
    const y = nums[order.indexOf('year')]!;
    if (y.length === 2) v.year = 2000 + v.year;
    else if (y.length !== 4) return null;
  }
  if (nums[order.indexOf('day')]!.length > 2 || nums[order.indexOf('month')]!.length > 2) return null;
  if (nums.length === 3 || !ISO.test(reference)) return isoOf(v.year, v.month, v.day);
  // No year typed: the date nearest the reference, in either direction. 31/12 typed to shorten a
  // stay ending 3/1 means the 31st just before, never a stay a year longer.
  const candidates = [refYear - 1, refYear, refYear + 1].map((y) => isoOf(y, v.month, v.day)).filter((c): c is string => c !== null);
  if (candidates.length === 0) return null;
  return candidates.reduce((best, c) => (Math.abs(nightsBetween(c, reference)) < Math.abs(nightsBetween(best, reference)) ? c : best));
}

/** Calendar days from one wall date to another (nights of a stay); negative when `to` is earlier. */
export function nightsBetween(from: string, to: string): number {
  const day = (iso: string): number => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d) / 86_400_000;
  };
  return Math.round(day(to) - day(from));
}

/** "dd/mm/yyyy" (or "dd/mm/aaaa"): the typing pattern in the locale's order with the language's letters. */
export function entryPattern(locale: string, letters: Record<DatePart, string>): string {
  const { order, separator } = dateOrder(locale);
  return order.map((p) => letters[p]).join(separator);
}
