import { describe, expect, it } from 'vitest';
import { backoffDelayMs } from '../../electron/core/time/backoff';
import { classifyFailure } from '../../electron/core/access/classify';
import { clashes, generatePasscode, isTrivialPasscode, validatePasscode } from '../../electron/core/access/passcodes';
import { offlineCoversArrival, offlineWindow, stayWindow } from '../../electron/core/access/windows';
import { SifelyError } from '../../electron/core/sifely/errors';
import { english, formatMessage, msg } from '../../shared/messages';

const HOUR = 3_600_000;

describe('guest passcodes', () => {
  it('refuses the patterns the lock calls too simple (§10.11, -2032)', () => {
    for (const d of ['111111', '123456', '987654', '0123', '6543']) expect(isTrivialPasscode(d)).toBe(true);
    for (const d of ['480173', '112233', '135790']) expect(isTrivialPasscode(d)).toBe(false);
    const problem = (d: string): string => english(validatePasscode(d) ?? { key: 'none' });
    expect(problem('12a456')).toMatch(/digits only/);
    expect(problem('123')).toMatch(/4 to 9/);
    expect(problem('1234567890')).toMatch(/4 to 9/);
    expect(formatMessage(validatePasscode('123')!, 'es')).toBe('Un código tiene de 4 a 9 cifras.');
    expect(validatePasscode('480173')).toBeNull();
  });

  it('treats a code that is the tail of another as a clash (anti-peep keypads)', () => {
    expect(clashes('4801', ['994801'])).toBe(true);
    expect(clashes('994801', ['4801'])).toBe(true);
    // A pending offline code has no digits yet: it must not make every code a clash.
    expect(clashes('994801', [''])).toBe(false);
    expect(clashes('480173', ['480174'])).toBe(false);
  });

  it('generates codes of the asked length that avoid every taken code and trivial patterns', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const code = generatePasscode(6, taken);
      expect(code).toMatch(/^[1-9]\d{5}$/);
      expect(isTrivialPasscode(code)).toBe(false);
      expect(clashes(code, taken)).toBe(false);
      taken.add(code);
    }
  });
});

describe('validity windows', () => {
  it('rounds an offline code out to whole hours, starting at the arrival hour for a guest still to come', () => {
    const arrival = Date.UTC(2026, 10, 25, 15, 20);
    const departure = Date.UTC(2026, 10, 27, 10, 30);
    const before = Date.UTC(2026, 10, 24, 9, 5);
    // Issued the day before: the guest's first entry is at arrival, inside the first 24 hours.
    expect(offlineWindow(arrival, departure, before)).toEqual({
      startMs: Date.UTC(2026, 10, 25, 15, 0),
      endMs: Date.UTC(2026, 10, 27, 11, 0),
    });
    expect(
      offlineWindow(arrival, arrival + 10 * 60_000, before).endMs - offlineWindow(arrival, arrival + 10 * 60_000, before).startMs,
    ).toBe(HOUR);
  });

  it('starts an offline code at the current hour for a guest already in house, never at a past arrival (24-hour first-use rule, §10.10)', () => {
    const arrival = Date.UTC(2026, 10, 25, 15, 0);
    const departure = Date.UTC(2026, 10, 29, 11, 0);
    const dayTwoEvening = Date.UTC(2026, 10, 26, 17, 40);
    const w = offlineWindow(arrival, departure, dayTwoEvening);
    expect(w).toEqual({ startMs: Date.UTC(2026, 10, 26, 17, 0), endMs: departure });
    expect(offlineCoversArrival(w.startMs, dayTwoEvening)).toBe(true);
    // The old rule (start at the arrival) gives a code the lock refuses: more than 24 h have passed.
    expect(offlineCoversArrival(arrival, dayTwoEvening)).toBe(false);
  });

  it('starts a desk-issued credential now when the guest is early into a free room, and ends it at departure', () => {
    const arrival = Date.UTC(2026, 10, 25, 15, 0);
    const early = Date.UTC(2026, 10, 25, 12, 7, 31);
    expect(stayWindow(arrival, arrival + 2 * 86_400_000, early, true)).toEqual({
      startMs: Date.UTC(2026, 10, 25, 12, 7),
      endMs: arrival + 2 * 86_400_000,
    });
    expect(stayWindow(arrival, arrival + 86_400_000, arrival + HOUR, true).startMs).toBe(arrival);
  });

  it('starts at the arrival when the room is not free now (rule 1: never while another stay holds it)', () => {
    const arrival = Date.UTC(2026, 10, 25, 15, 0);
    const early = Date.UTC(2026, 10, 24, 9, 0);
    expect(stayWindow(arrival, arrival + 86_400_000, early, false)).toEqual({ startMs: arrival, endMs: arrival + 86_400_000 });
  });
});

describe('outbox retry policy', () => {
  it('backs off exponentially with jitter and a cap', () => {
    expect(backoffDelayMs(1, { baseMs: 1000, capMs: 10_000 }, () => 0)).toBe(500);
    expect(backoffDelayMs(3, { baseMs: 1000, capMs: 10_000 }, () => 0.999)).toBeLessThanOrEqual(4000);
    expect(backoffDelayMs(20, { baseMs: 1000, capMs: 10_000 }, () => 0.999)).toBeLessThanOrEqual(10_000);
  });

  it('looks on the lock after an unclear failure, retries busy gateways, falls back when offline, gives up on refusals', () => {
    expect(classifyFailure(new SifelyError('timeout', 0, msg('sifely.refused')))).toMatchObject({ kind: 'retry', unclear: true });
    expect(classifyFailure(new SifelyError('unknown', 504, msg('sifely.refused')))).toMatchObject({ kind: 'retry', unclear: true });
    expect(classifyFailure(new SifelyError('gateway-busy', -3003, msg('sifely.refused')))).toMatchObject({ kind: 'retry', unclear: false });
    expect(classifyFailure(new SifelyError('lock-offline', -3002, msg('sifely.refused')))).toMatchObject({ kind: 'fallback' });
    expect(classifyFailure(new SifelyError('storage-full', -4056, msg('sifely.refused')))).toMatchObject({ kind: 'give-up' });
    expect(classifyFailure(new SifelyError('billing', 402, msg('sifely.refused')))).toMatchObject({ kind: 'retry', minDelayMs: 60_000 });
  });
});
