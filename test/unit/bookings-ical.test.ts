import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIcsFeed } from '../../electron/core/bookings/ical';
import { worded } from '../support/in-english';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/bookings/${name}`, import.meta.url), 'utf8');
const madrid = { timeZone: 'Europe/Madrid', checkInTime: '15:00', checkOutTime: '11:00' };
const iso = (ms: number): string => new Date(ms).toISOString();

describe('reading iCal feeds', () => {
  it('turns Airbnb all-day events into stays at the property check-in/out times, DST-safe, and skips host blocks', () => {
    const { events, skipped } = parseIcsFeed(fixture('airbnb-room101.ics'), madrid);
    expect(events.map((e) => [e.summary, iso(e.arrivalMs), iso(e.departureMs)])).toEqual([
      // 26 March is still CET (+1); 30 March is after the spring-forward of 28 March (CEST, +2).
      ['Reserved', '2027-03-26T14:00:00.000Z', '2027-03-30T09:00:00.000Z'],
      ['Reserved', '2027-04-05T13:00:00.000Z', '2027-04-10T09:00:00.000Z'],
    ]);
    expect(events[0]!.description).toContain('HMX4K2ABCD'); // folded lines unfolded
    expect(worded(skipped)).toEqual([expect.stringContaining('blocked by the host')]);
  });

  it('honours TZID with VTIMEZONE (IANA and Outlook names), UTC with DURATION, STATUS:CANCELLED, and reports an unknown zone', () => {
    const { events, skipped } = parseIcsFeed(fixture('channel-manager-tzid.ics'), { ...madrid, timeZone: 'Europe/Lisbon' });
    expect(events.map((e) => [e.uid, iso(e.arrivalMs), iso(e.departureMs), e.cancelled])).toEqual([
      ['cm-1001@example.com', '2027-03-27T15:00:00.000Z', '2027-03-29T08:00:00.000Z', false],
      ['cm-1002@example.com', '2027-04-10T13:00:00.000Z', '2027-04-12T09:00:00.000Z', false],
      ['cm-1003@example.com', '2027-04-15T13:00:00.000Z', '2027-04-18T09:00:00.000Z', false],
      ['cm-1004@example.com', '2027-05-01T19:00:00.000Z', '2027-05-03T15:00:00.000Z', true],
    ]);
    expect(worded(skipped)).toEqual(['No End Date Given: unknown time zone "Mars/Olympus_Mons"']);
  });

  it('refuses malformed and empty calendars with a clear message', () => {
    expect(() => parseIcsFeed(fixture('malformed.ics'), madrid)).toThrow(/not valid iCalendar/);
    expect(() => parseIcsFeed('   \n', madrid)).toThrow(/empty/);
    expect(() => parseIcsFeed('BEGIN:VCARD\nVERSION:3.0\nFN:x\nEND:VCARD\n', madrid)).toThrow(/not an iCalendar calendar/);
  });
});
