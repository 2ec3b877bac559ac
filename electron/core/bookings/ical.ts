import ICAL from 'ical.js';
import { addDays, isValidTimeZone, parseWall, zonedWallTimeToMs } from '../../../shared/time/zoned';
import { ImportError } from './import-error';

/** A VEVENT read as a stay; `error` when it cannot be one (no dates, unknown zone…). */
export interface FeedEvent {
  uid: string;
  summary: string;
  description: string;
  arrivalMs: number;
  departureMs: number;
  cancelled: boolean;
}

export interface ParsedFeed {
  events: FeedEvent[];
  /** Events that were left out, each with why: shown on the feed, never fatal. */
  skipped: string[];
}

export interface FeedContext {
  timeZone: string;
  checkInTime: string;
  checkOutTime: string;
}

/** Airbnb lists dates the host blocked (or a stay synced from another channel) under this title. */
const HOST_BLOCK = /^airbnb \(not available\)$/i;

const pad = (n: number): string => String(n).padStart(2, '0');
const dateOf = (t: ICAL.Time): string => `${t.year}-${pad(t.month)}-${pad(t.day)}`;

/**
 * An instant for a DTSTART/DTEND. All-day dates become the property's check-in (start) or
 * check-out (end) time on that date in the property's zone, DST-safe via zoned.ts. A TZID that
 * names an IANA zone is converted with Intl (exact for any year); other TZIDs (Outlook's
 * "W. Europe Standard Time") use the calendar's own VTIMEZONE; floating times are the property's.
 */
function instantOf(t: ICAL.Time, prop: ICAL.Property, cal: ICAL.Component, ctx: FeedContext, wallDefault: string): number {
  if (t.isDate) return zonedWallTimeToMs(parseWall(dateOf(t), wallDefault), ctx.timeZone);
  const tzid = prop.getParameter('tzid');
  const wall = { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute };
  if (t.zone === ICAL.Timezone.utcTimezone) return t.toUnixTime() * 1000;
  if (typeof tzid !== 'string' || tzid === '') return zonedWallTimeToMs(wall, ctx.timeZone) + t.second * 1000;
  if (isValidTimeZone(tzid)) return zonedWallTimeToMs(wall, tzid) + t.second * 1000;
  const vtz = cal.getAllSubcomponents('vtimezone').find((z) => z.getFirstPropertyValue('tzid') === tzid);
  if (!vtz) throw new RangeError(`unknown time zone "${tzid}"`);
  const zone = new ICAL.Timezone({ component: vtz, tzid });
  const naive = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  return naive - zone.utcOffset(t) * 1000;
}

/**
 * ICS text → stays. Pure. A calendar that cannot be read at all throws an ImportError (the feed
 * keeps its bookings and shows the error); a single bad event is skipped with a reason.
 */
export function parseIcsFeed(text: string, ctx: FeedContext): ParsedFeed {
  if (text.trim() === '') throw new ImportError('The calendar is empty.');
  let cal: ICAL.Component;
  try {
    cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (e) {
    throw new ImportError(`The calendar is not valid iCalendar data (${e instanceof Error ? e.message : String(e)}).`);
  }
  if (cal.name !== 'vcalendar') throw new ImportError('The file is not an iCalendar calendar (no VCALENDAR).');

  const events: FeedEvent[] = [];
  const skipped: string[] = [];
  for (const v of cal.getAllSubcomponents('vevent')) {
    const uid = String(v.getFirstPropertyValue('uid') ?? '').trim();
    const summary = String(v.getFirstPropertyValue('summary') ?? '').trim();
    const what = summary || uid || 'an event';
    try {
      if (!uid) throw new RangeError('no UID');
      if (HOST_BLOCK.test(summary)) {
        skipped.push(`${what}: dates blocked by the host, not a stay`);
        continue;
      }
      if (v.hasProperty('rrule')) throw new RangeError('a repeating event is not a stay');
      const startProp = v.getFirstProperty('dtstart');
      const start = startProp?.getFirstValue() as ICAL.Time | undefined;
      if (!startProp || !start) throw new RangeError('no start date');
      const endProp = v.getFirstProperty('dtend');
      let end = endProp?.getFirstValue() as ICAL.Time | undefined;
      const arrivalMs = instantOf(start, startProp, cal, ctx, ctx.checkInTime);
      let departureMs: number;
      if (end && endProp) departureMs = instantOf(end, endProp, cal, ctx, ctx.checkOutTime);
      else if (start.isDate) departureMs = zonedWallTimeToMs(parseWall(addDays(dateOf(start), 1), ctx.checkOutTime), ctx.timeZone);
      else {
        const duration = v.getFirstPropertyValue('duration') as ICAL.Duration | null;
        if (!duration) throw new RangeError('no end date');
        end = start.clone();
        end.addDuration(duration);
        departureMs = arrivalMs + duration.toSeconds() * 1000;
      }
      if (departureMs <= arrivalMs) throw new RangeError('ends before it starts');
      const status = String(v.getFirstPropertyValue('status') ?? '').toUpperCase();
      events.push({ uid, summary, description: String(v.getFirstPropertyValue('description') ?? '').slice(0, 2000), arrivalMs, departureMs, cancelled: status === 'CANCELLED' });
    } catch (e) {
      skipped.push(`${what}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { events, skipped };
}
