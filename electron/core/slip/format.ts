import { wallTimeAt } from '../../../shared/time/zoned';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * "Sat 28 Mar 2026, 15:00" in the property's zone, 24-hour. Built from the same DST-safe wall
 * time conversion the engine uses, so the slip can never disagree with the lock's window; the
 * day of the week comes from the wall date itself (UTC arithmetic on a calendar date is exact).
 */
export function slipDateTime(ms: number, timeZone: string): string {
  const w = wallTimeAt(ms, timeZone);
  const weekday = WEEKDAYS[new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay()]!;
  return `${weekday} ${w.day} ${MONTHS[w.month - 1]!} ${w.year}, ${pad(w.hour)}:${pad(w.minute)}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
