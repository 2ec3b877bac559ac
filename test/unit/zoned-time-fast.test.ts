import { describe, expect, it } from 'vitest';
import { exactZonedWallTimeToMs, zonedWallTimeToMs } from '../../shared/time/zoned';

describe('the fast wall-time conversion (cached day offsets)', () => {
  it('gives exactly the answers of the exact rule for every day of 2026–2028, DST days and gap/overlap times included', () => {
    const zones = ['Europe/Madrid', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kolkata', 'Pacific/Apia', 'UTC'];
    const times = [
      [0, 0],
      [1, 30],
      [2, 30],
      [3, 0],
      [11, 0],
      [15, 0],
      [23, 59],
    ] as const;
    let mismatches = 0;
    for (const zone of zones)
      for (let d = 0; d < 3 * 366; d++) {
        const date = new Date(Date.UTC(2026, 0, 1 + d));
        for (const [hour, minute] of times) {
          const wall = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour, minute };
          if (zonedWallTimeToMs(wall, zone) !== exactZonedWallTimeToMs(wall, zone)) mismatches++;
        }
      }
    expect(mismatches).toBe(0);
  });
});
