import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { slipFileName, sweepSlips } from '../../electron/core/slip/slip-files';
import { openDemoDesk } from './demo-desk';
import { TEST_INSTANT, testClock } from '../support/time';

let slipDir: string;
beforeEach(() => {
  slipDir = join(mkdtempSync(join(tmpdir(), 'desk-slips-')), 'slips');
  mkdirSync(slipDir);
});
afterEach(() => rmSync(join(slipDir, '..'), { recursive: true, force: true }));

const HOUR = 3_600_000;

/** A saved slip for `bookingId`, last modified `ageMs` before `nowMs` (file times are wall-clock). */
function slip(bookingId: number, nowMs: number, ageMs: number): string {
  const file = join(slipDir, slipFileName(bookingId, nowMs - ageMs));
  writeFileSync(file, '%PDF-1.7 door code 482913');
  const t = (nowMs - ageMs) / 1000;
  utimesSync(file, t, t);
  return file;
}

describe('slips saved without a printer', () => {
  it('are deleted at checkout and at cancellation, and a day-old one at start-up; other bookings’ and other files stay', async () => {
    const clock = testClock(TEST_INSTANT, { frozen: true });
    const now = clock.wall();
    const old = slip(999, now, 25 * HOUR);
    const stranger = join(slipDir, 'notes.txt');
    writeFileSync(stranger, 'not a slip');
    const { desk, close } = await openDemoDesk({ clock, slipDir });
    try {
      expect(existsSync(old)).toBe(false);
      expect(existsSync(stranger)).toBe(true);
      const { arrivals } = await desk.handlers['booking:today']({});
      const [a, b, c] = arrivals;
      const slipA = slip(a!.id, now, HOUR);
      const slipB = slip(b!.id, now, HOUR);
      const slipC = slip(c!.id, now, HOUR);
      await desk.handlers['access:issue-passcode']({ bookingId: a!.id });
      await desk.handlers['access:check-out']({ bookingId: a!.id });
      expect(existsSync(slipA)).toBe(false);
      expect(existsSync(slipB)).toBe(true);
      await desk.handlers['access:cancel']({ bookingId: c!.id });
      expect(existsSync(slipC)).toBe(false);
      expect(existsSync(slipB)).toBe(true);
    } finally {
      await close();
    }
  });

  it('none is kept longer than 24 hours: the sweep goes by the desk’s clock', () => {
    const now = testClock(TEST_INSTANT).wall();
    const young = slip(1, now, 23 * HOUR);
    const old = slip(2, now, 24 * HOUR + 60_000);
    expect(sweepSlips(slipDir, now)).toBe(1);
    expect(existsSync(young)).toBe(true);
    expect(existsSync(old)).toBe(false);
    expect(sweepSlips(slipDir, now + 2 * HOUR)).toBe(1);
    expect(existsSync(young)).toBe(false);
  });
});
