import { afterEach, describe, expect, it, vi } from 'vitest';
import { truncateToHour } from '../../electron/core/sifely/api/passcodes';
import { createLimiter } from '../../electron/core/sifely/limiter';
import { collectPages } from '../../electron/core/sifely/paging';
import { stripSecrets } from '../../electron/core/sifely/sanitize';
import { offlineDigits, offlineSpanOk, passcodeProblem, reverseCardNumber, truncateHour } from '../../electron/core/sifely-simulator/rules';

describe('simulator business rules (§15.1)', () => {
  it('custom passcodes: 4–9 digits (-3006), no repeated or straight runs (-2032)', () => {
    expect(passcodeProblem('123')).toBe(-3006);
    expect(passcodeProblem('1234567890')).toBe(-3006);
    expect(passcodeProblem('12a456')).toBe(-3006);
    expect(passcodeProblem('111111')).toBe(-2032);
    expect(passcodeProblem('123456')).toBe(-2032);
    expect(passcodeProblem('987654')).toBe(-2032);
    expect(passcodeProblem('048213')).toBeNull();
    expect(passcodeProblem('0482')).toBeNull();
  });

  it('reversed card numbers: the §12 worked example and 7-byte UIDs kept exact', () => {
    expect(reverseCardNumber('3661413478')).toBe('1723612378');
    expect(reverseCardNumber('1723612378')).toBe('3661413478');
    expect(reverseCardNumber('1')).toBe(String(0x01000000));
    const seven = '72057594037927935'; // 0xFFFFFFFFFFFFFF, beyond 2^53
    expect(reverseCardNumber(seven)).toBe(seven);
  });

  it('offline codes: deterministic 8 digits, whole hours in lock time, span rule', () => {
    const a = offlineDigits('k', 1, 3, 1_000 * 3_600_000, 1_010 * 3_600_000);
    expect(a).toMatch(/^\d{8}$/);
    expect(offlineDigits('k', 1, 3, 1_000 * 3_600_000, 1_010 * 3_600_000)).toBe(a);
    expect(offlineDigits('k', 1, 3, 1_001 * 3_600_000, 1_010 * 3_600_000)).not.toBe(a);
    const t = Date.UTC(2026, 0, 5, 19, 20, 31);
    expect(truncateHour(t, 0)).toBe(Date.UTC(2026, 0, 5, 19));
    // A +5:30 lock: its local 00:50 becomes local 00:00, i.e. 18:30 UTC the day before.
    expect(truncateHour(Date.UTC(2026, 0, 5, 19, 20), 5.5 * 3_600_000)).toBe(Date.UTC(2026, 0, 5, 18, 30));
    expect(truncateToHour(t)).toBe(truncateHour(t, 0));
    expect(offlineSpanOk(Date.UTC(2026, 0, 5, 15), Date.UTC(2027, 2, 5, 15), 0)).toBe(true);
    expect(offlineSpanOk(Date.UTC(2026, 0, 5, 15), Date.UTC(2027, 2, 6, 15), 0)).toBe(false);
  });
});

describe('client helpers', () => {
  it('strips every lock secret (§10.18)', () => {
    const out = stripSecrets({
      lockId: 1,
      noKeyPwd: '1',
      adminPwd: 'a',
      aesKeyStr: 'b',
      lockKey: 'c',
      lockData: 'd',
      deletePwd: 'e',
      lockAlias: 'R',
    });
    expect(out).toEqual({ lockId: 1, lockAlias: 'R' });
  });

  it('pagination stops on pages, on total, on a short or empty page, and without pages/total (§7)', async () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    const calls: number[] = [];
    const served = (omit: 'none' | 'pages' | 'both') => (pageNo: number, pageSize: number) => {
      calls.push(pageNo);
      const list = items.slice((pageNo - 1) * pageSize, pageNo * pageSize);
      return Promise.resolve(
        omit === 'both' ? { list } : omit === 'pages' ? { list, total: 45 } : { list, pages: Math.ceil(45 / pageSize), total: 45 },
      );
    };
    expect(await collectPages(served('none'), { pageSize: 20 })).toEqual(items);
    expect(calls).toEqual([1, 2, 3]);
    calls.length = 0;
    expect(await collectPages(served('both'), { pageSize: 15 })).toEqual(items);
    expect(calls).toEqual([1, 2, 3, 4]); // exact multiple: only the empty page tells the end
    calls.length = 0;
    expect(await collectPages(served('pages'), { pageSize: 15 })).toEqual(items);
    expect(calls).toEqual([1, 2, 3]); // total reached
    // A service that ignores pageNo and repeats a full page forever is cut by `pages`, then by maxPages.
    let n = 0;
    await collectPages(() => Promise.resolve({ list: [1, 2], pages: 3 }), { pageSize: 2 }).then((r) => expect(r).toHaveLength(6));
    await collectPages(() => (n++, Promise.resolve({ list: [1, 2] })), { pageSize: 2, maxPages: 5 }).then((r) =>
      expect(r).toHaveLength(10),
    );
    expect(n).toBe(5);
  });
});

describe('priority limiter (§8; clerk calls never queue behind sweeps)', () => {
  afterEach(() => vi.useRealTimers());

  it('serves waiting interactive calls before background ones and keeps a reserve for the clerk', async () => {
    vi.useFakeTimers();
    const limiter = createLimiter({ perMinute: 30, burst: 4, reserveForInteractive: 2, now: () => performance.now() });
    const order: string[] = [];
    const take = (label: string, p: 'interactive' | 'background') => limiter.acquire(p).then(() => order.push(label));
    const all = [take('b1', 'background'), take('b2', 'background'), take('b3', 'background'), take('b4', 'background')];
    await vi.advanceTimersByTimeAsync(0);
    // Burst 4, reserve 2: only two background calls go at once.
    expect(order).toEqual(['b1', 'b2']);
    all.push(take('i1', 'interactive'), take('i2', 'interactive'), take('i3', 'interactive'));
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['b1', 'b2', 'i1', 'i2']);
    // One token per 2 s: the clerk's third call comes before the queued background work.
    await vi.advanceTimersByTimeAsync(2_000);
    expect(order).toEqual(['b1', 'b2', 'i1', 'i2', 'i3']);
    await vi.advanceTimersByTimeAsync(60_000);
    await Promise.all(all);
    expect(order.slice(5)).toEqual(['b3', 'b4']);
  });

  it("serves a departed guest's deletes (prompt) after the clerk and before sweeps, always leaving the clerk a token", async () => {
    vi.useFakeTimers();
    // Defaults: burst 5, 25/min (one token per 2.4 s), background keeps 4, prompt keeps 1.
    const limiter = createLimiter({ now: () => performance.now() });
    const order: string[] = [];
    const take = (label: string, p: 'interactive' | 'prompt' | 'background') => limiter.acquire(p).then(() => order.push(label));
    const all = [take('b1', 'background'), take('d1', 'prompt'), take('d2', 'prompt'), take('d3', 'prompt'), take('d4', 'prompt')];
    await vi.advanceTimersByTimeAsync(0);
    // A full bucket: the sweep takes one (5 → 4), then deletes go while 1 stays free (4 → 1).
    expect(order).toEqual(['b1', 'd1', 'd2', 'd3']);
    // A guest checks in now: the card's first door goes at once, the second with the next token,
    // both ahead of the waiting delete and the sweep.
    all.push(take('card-room', 'interactive'), take('card-entrance', 'interactive'), take('b2', 'background'));
    await vi.advanceTimersByTimeAsync(0);
    expect(order.slice(4)).toEqual(['card-room']);
    await vi.advanceTimersByTimeAsync(2_400 + 10);
    expect(order.slice(4)).toEqual(['card-room', 'card-entrance']);
    // The last delete once a token is free again beyond the clerk's one, and before the sweep.
    await vi.advanceTimersByTimeAsync(2 * 2_400);
    expect(order.slice(6)).toEqual(['d4']);
    await vi.advanceTimersByTimeAsync(60_000);
    await Promise.all(all);
    expect(order.slice(7)).toEqual(['b2']);
    expect(limiter.stats()).toMatchObject({ waitingInteractive: 0, waitingPrompt: 0, waitingBackground: 0 });
  });

  it('with its defaults never sends more than 30 requests in any 60-second window (§8)', async () => {
    vi.useFakeTimers();
    const limiter = createLimiter({ now: () => performance.now() });
    const granted: number[] = [];
    const all = Array.from({ length: 80 }, (_, i) =>
      limiter.acquire(i % 3 === 0 ? 'background' : 'interactive').then(() => granted.push(performance.now())),
    );
    await vi.advanceTimersByTimeAsync(4 * 60_000);
    await Promise.all(all);
    expect(granted).toHaveLength(80);
    const worst = Math.max(...granted.map((t) => granted.filter((u) => u >= t && u < t + 60_000).length));
    expect(worst).toBeLessThanOrEqual(30);
    expect(worst).toBeGreaterThanOrEqual(25);
  });

  it('holds everyone during a 429 pause and is a no-op when unlimited', async () => {
    vi.useFakeTimers();
    const limiter = createLimiter({ perMinute: 30, burst: 8, now: () => performance.now() });
    limiter.pauseUntil(performance.now() + 5_000);
    let done = false;
    void limiter.acquire('interactive').then(() => (done = true));
    await vi.advanceTimersByTimeAsync(4_900);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(done).toBe(true);
    const free = createLimiter({ perMinute: 0, now: () => performance.now() });
    await Promise.all(Array.from({ length: 100 }, () => free.acquire('background')));
    expect(free.stats().waitingBackground).toBe(0);
  });
});
