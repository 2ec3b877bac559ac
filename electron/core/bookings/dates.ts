import { msg, type Message } from '../../../shared/messages';
import { parseWall, zonedWallTimeToMs } from '../../../shared/time/zoned';

export type DateOrder = 'YMD' | 'DMY' | 'MDY';

/** "2025-03-28", "28/03/2025", "3.28.25", each optionally with " 14:30[:00]" and "Z" / "+01:00". */
const DATE_RE = /^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Guesses the order of the non-ISO values (ISO year-first dates read the same either way):
 * ambiguous files (every part ≤ 12) come back null, all-ISO files 'YMD'.
 */
export function detectDateOrder(values: readonly string[]): DateOrder | null {
  let dmy = false;
  let mdy = false;
  let other = false;
  for (const v of values) {
    const m = DATE_RE.exec(v.trim());
    if (!m || m[1]!.length === 4) continue;
    other = true;
    if (Number(m[1]) > 12) dmy = true;
    if (Number(m[2]) > 12) mdy = true;
  }
  if (!other) return 'YMD';
  if (dmy && !mdy) return 'DMY';
  if (mdy && !dmy) return 'MDY';
  return null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A CSV date cell → epoch ms, or why it is not a date (a message for the row). An explicit offset
 * is an instant; otherwise it is a wall time in the property's zone, and a date without a time
 * takes `defaultTime` (check-in or check-out), so a stay booked across a DST change still starts
 * and ends at the property's usual hours.
 */
export function parseStayDate(value: string, order: DateOrder, timeZone: string, defaultTime: string): number | Message {
  const m = DATE_RE.exec(value.trim());
  if (!m) return msg('bookings.date.notDate', { value });
  const [a, b, c] = [m[1]!, m[2]!, m[3]!];
  let year: number, month: number, day: number;
  if (a.length === 4) [year, month, day] = [+a, +b, +c];
  else if (order === 'DMY') [day, month, year] = [+a, +b, +c];
  else if (order === 'MDY') [month, day, year] = [+a, +b, +c];
  else return msg('bookings.date.yearFirst', { value });
  if (year < 100) year += 2000;
  // A damaged cell ("13/04/202") must be a row error, not a RangeError from the wall-time parser.
  if (year < 1900 || year > 2999) return msg('bookings.date.noYear', { value });
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || probe.getUTCDate() !== day) return msg('bookings.date.notReal', { value, order });
  const hasTime = m[4] !== undefined;
  const hour = hasTime ? +m[4]! : NaN;
  const minute = hasTime ? +m[5]! : NaN;
  if (hasTime && (hour > 23 || minute > 59)) return msg('bookings.date.badTime', { value });
  const offset = m[7];
  if (offset) {
    const utc = Date.UTC(year, month - 1, day, hasTime ? hour : 0, hasTime ? minute : 0, m[6] ? +m[6] : 0);
    if (offset.toUpperCase() === 'Z') return utc;
    const o = /([+-])(\d{2}):?(\d{2})/.exec(offset)!;
    return utc - (o[1] === '-' ? -1 : 1) * (+o[2]! * 60 + +o[3]!) * 60_000;
  }
  const time = hasTime ? `${pad(hour)}:${pad(minute)}` : defaultTime;
  return zonedWallTimeToMs(parseWall(`${year}-${pad(month)}-${pad(day)}`, time), timeZone);
}
