import ICAL from 'ical.js';
import { english, msg, type Message } from '../../../shared/messages';
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
  skipped: Message[];
}

/** Why one event is not a stay; anything else thrown while reading an event is ical.js's own (English) text. */
class SkipReason extends Error {
  constructor(readonly msg: Message) {
    super(english(msg));
  }
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
  if (!vtz) throw new SkipReason(msg('bookings.ical.unknownZone', { zone: tzid }));
  const zone = new ICAL.Timezone({ component: vtz, tzid });
  const naive = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  return naive - zone.utcOffset(t) * 1000;
}

/**
 * ICS text → stays. Pure. A calendar that cannot be read at all throws an ImportError (the feed
 * keeps its bookings and shows the error); a single bad event is skipped with a reason.
 */
export function parseIcsFeed(text: string, ctx: FeedContext): ParsedFeed {
  if (text.trim() === '') throw new ImportError(msg('bookings.ical.empty'));
  let cal: ICAL.Component;
  try {
    cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (e) {
    throw new ImportError(msg('bookings.ical.invalid', { details: e instanceof Error ? e.message : String(e) }));
  }
  if (cal.name !== 'vcalendar') throw new ImportError(msg('bookings.ical.notCalendar'));

  const events: FeedEvent[] = [];
  const skipped: Message[] = [];
  for (const v of cal.getAllSubcomponents('vevent')) {
    const uid = String(v.getFirstPropertyValue('uid') ?? '').trim();
    const summary = String(v.getFirstPropertyValue('summary') ?? '').trim();
    const event = summary || uid || msg('bookings.ical.anEvent');
    try {
      if (!uid) throw new SkipReason(msg('bookings.ical.noUid'));
      if (HOST_BLOCK.test(summary)) {
        skipped.push(msg('bookings.ical.skipped', { event, reason: msg('bookings.ical.hostBlock') }));
        continue;
      }
      if (v.hasProperty('rrule')) throw new SkipReason(msg('bookings.ical.repeating'));
      const startProp = v.getFirstProperty('dtstart');
      const start = startProp?.getFirstValue() as ICAL.Time | undefined;
      if (!startProp || !start) throw new SkipReason(msg('bookings.ical.noStart'));
      const endProp = v.getFirstProperty('dtend');
      let end = endProp?.getFirstValue() as ICAL.Time | undefined;
      const arrivalMs = instantOf(start, startProp, cal, ctx, ctx.checkInTime);
      let departureMs: number;
      if (end && endProp) departureMs = instantOf(end, endProp, cal, ctx, ctx.checkOutTime);
      else if (start.isDate) departureMs = zonedWallTimeToMs(parseWall(addDays(dateOf(start), 1), ctx.checkOutTime), ctx.timeZone);
      else {
        const duration = v.getFirstPropertyValue('duration') as ICAL.Duration | null;
        if (!duration) throw new SkipReason(msg('bookings.ical.noEnd'));
        end = start.clone();
        end.addDuration(duration);
        departureMs = arrivalMs + duration.toSeconds() * 1000;
      }
      if (departureMs <= arrivalMs) throw new SkipReason(msg('bookings.ical.endsBeforeStart'));
      const status = String(v.getFirstPropertyValue('status') ?? '').toUpperCase();
      events.push({
        uid,
        summary,
        description: String(v.getFirstPropertyValue('description') ?? '').slice(0, 2000),
        arrivalMs,
        departureMs,
        cancelled: status === 'CANCELLED',
      });
    } catch (e) {
      const reason = e instanceof SkipReason ? e.msg : e instanceof Error ? e.message : String(e);
      skipped.push(msg('bookings.ical.skipped', { event, reason }));
    }
  }
  return { events, skipped };
}
