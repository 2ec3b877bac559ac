/**
 * Wall-clock time in an IANA zone ↔ epoch milliseconds, using only Intl (works in Node and the
 * renderer). The property's check-in/out times are wall-clock times; the Sifely API takes epoch ms
 * (§6: there is no time-zone parameter), so every conversion goes through here.
 */

export interface WallTime {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws a RangeError for an unknown zone: callers validate zones at the edge with this. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function wallTimeAt(ms: number, timeZone: string): WallTime & { second: number } {
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** "2026-11-29 11:00": an instant as the desk's wall clock reads it (ISO order reads the same in every language). */
export function formatWallMinute(ms: number, timeZone: string): string {
  const w = wallTimeAt(ms, timeZone);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
}

/** The zone's offset from UTC at instant `ms`, in ms (positive east of Greenwich). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const w = wallTimeAt(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

const sameWall = (a: WallTime, b: WallTime): boolean =>
  a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;

/**
 * The instant a wall-clock time happens in `timeZone`, DST-safe:
 * - a time that happens twice (clocks go back) resolves to the first occurrence;
 * - a time that never happens (clocks go forward) moves forward by the gap, like a wall clock would.
 * This is the exact rule, with about six Intl calls (~20 µs); zonedWallTimeToMs below gives the
 * same answers fast enough for a 5 000-event feed import.
 */
export function exactZonedWallTimeToMs(wall: WallTime, timeZone: string): number {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const day = 86_400_000;
  const offsets = new Set([zoneOffsetMs(naive - day, timeZone), zoneOffsetMs(naive, timeZone), zoneOffsetMs(naive + day, timeZone)]);
  const valid = [...offsets]
    .map((o) => naive - o)
    .filter((t) => sameWall(wallTimeAt(t, timeZone), wall))
    .sort((a, b) => a - b);
  if (valid.length > 0) return valid[0]!;
  return naive - Math.min(...offsets);
}

const DAY = 86_400_000;
const MAX_CACHED_DAYS_PER_ZONE = 50_000;
const dayOffsets = new Map<string, Map<number, number>>();

function offsetAtDayStart(dayNumber: number, timeZone: string): number {
  let zone = dayOffsets.get(timeZone);
  if (!zone) dayOffsets.set(timeZone, (zone = new Map<number, number>()));
  let o = zone.get(dayNumber);
  if (o === undefined) {
    if (zone.size > MAX_CACHED_DAYS_PER_ZONE) zone.clear();
    o = zoneOffsetMs(dayNumber * DAY, timeZone);
    zone.set(dayNumber, o);
  }
  return o;
}

/**
 * exactZonedWallTimeToMs with the same answers, using per-day offsets cached per zone: where the
 * offset is the same at the start of the day before, the day itself and the two after (so no DST
 * change within ±1 day of the wall time, which any instant with |offset| ≤ 14 h falls in), the
 * instant is simply wall − offset. Near a DST change it defers to the exact rule.
 */
export function zonedWallTimeToMs(wall: WallTime, timeZone: string): number {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const d = Math.floor(naive / DAY);
  const o = offsetAtDayStart(d - 1, timeZone);
  if (o === offsetAtDayStart(d, timeZone) && o === offsetAtDayStart(d + 1, timeZone) && o === offsetAtDayStart(d + 2, timeZone))
    return naive - o;
  return exactZonedWallTimeToMs(wall, timeZone);
}

/** "YYYY-MM-DD" of the instant in the zone. */
export function localDate(ms: number, timeZone: string): string {
  const w = wallTimeAt(ms, timeZone);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** Parses "YYYY-MM-DD" + "HH:MM" into a WallTime (no validation of the calendar beyond ranges). */
export function parseWall(date: string, time: string): WallTime {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) throw new RangeError(`not a date and time: ${date} ${time}`);
  return { year: +d[1]!, month: +d[2]!, day: +d[3]!, hour: +t[1]!, minute: +t[2]! };
}

/** Adds whole calendar days to a "YYYY-MM-DD" date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return t.toISOString().slice(0, 10);
}

/** Start and end (exclusive) instants of the local calendar day containing `ms`. */
export function localDayBounds(ms: number, timeZone: string): { startMs: number; endMs: number } {
  const today = localDate(ms, timeZone);
  return {
    startMs: zonedWallTimeToMs(parseWall(today, '00:00'), timeZone),
    endMs: zonedWallTimeToMs(parseWall(addDays(today, 1), '00:00'), timeZone),
  };
}
