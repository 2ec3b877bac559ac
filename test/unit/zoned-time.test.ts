import { describe, expect, it } from 'vitest';
import { localDate, parseWall, zonedWallTimeToMs } from '../../shared/time/zoned';

describe('wall-clock time in the property zone', () => {
  it('converts a Madrid check-in time in winter and in summer', () => {
    expect(new Date(zonedWallTimeToMs(parseWall('2026-01-10', '15:00'), 'Europe/Madrid')).toISOString()).toBe('2026-01-10T14:00:00.000Z');
    expect(new Date(zonedWallTimeToMs(parseWall('2026-07-10', '15:00'), 'Europe/Madrid')).toISOString()).toBe('2026-07-10T13:00:00.000Z');
  });

  it('moves a time that does not exist (clocks forward) later by the gap', () => {
    // 2026-03-29 02:30 does not happen in Madrid: clocks jump 02:00 → 03:00.
    expect(new Date(zonedWallTimeToMs(parseWall('2026-03-29', '02:30'), 'Europe/Madrid')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the first of a time that happens twice (clocks back)', () => {
    // 2026-11-01 01:30 happens twice in New York; the first is EDT (UTC−4).
    expect(new Date(zonedWallTimeToMs(parseWall('2026-11-01', '01:30'), 'America/New_York')).toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    );
  });

  it('names the local date of an instant', () => {
    expect(localDate(Date.UTC(2026, 10, 25, 23, 30), 'Europe/Madrid')).toBe('2026-11-26');
    expect(localDate(Date.UTC(2026, 10, 25, 23, 30), 'America/Los_Angeles')).toBe('2026-11-25');
  });
});
