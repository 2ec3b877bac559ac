import { describe, expect, it } from 'vitest';
import { createLimiter, type Priority } from '../../electron/core/sifely/limiter';
import type { After } from '../../electron/core/time/clock';

/** A clock that moves only when told: the limiter's `now` and `after`, as DeskTime gives them. */
function manualClock() {
  let t = 0;
  let seq = 0;
  const timers: { due: number; seq: number; fn: () => void }[] = [];
  const after: After = (ms, fn) => {
    const timer = { due: t + Math.max(0, ms), seq: seq++, fn };
    timers.push(timer);
    return () => {
      const i = timers.indexOf(timer);
      if (i >= 0) timers.splice(i, 1);
    };
  };
  const settle = async (): Promise<void> => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return {
    now: () => t,
    after,
    settle,
    /** Moves time on by `ms`, firing each timer at its own instant. */
    async advance(ms: number): Promise<void> {
      const end = t + ms;
      for (;;) {
        await settle();
        timers.sort((a, b) => a.due - b.due || a.seq - b.seq);
        const next = timers[0];
        if (!next || next.due > end) break;
        timers.shift();
        t = next.due;
        next.fn();
      }
      t = end;
      await settle();
    },
  };
}

/** Defaults: 25/min (a token every 2.4 s), burst 5, the clerk's reserve 4 (prompt leaves 1). */
function limiterOn(clock: ReturnType<typeof manualClock>) {
  const limiter = createLimiter({ now: clock.now, after: clock.after });
  const granted: { label: string; at: number }[] = [];
  const take = (label: string, p: Priority): Promise<void> =>
    limiter.acquire(p).then(() => {
      granted.push({ label, at: clock.now() });
    });
  return { limiter, granted, take, labels: () => granted.map((g) => g.label) };
}

describe('limiter tiers on the desk clock: what background and lookup work may take (§8)', () => {
  it('a health refresh as long as you like never takes the clerk’s reserve: a check-in after it goes at once', async () => {
    const clock = manualClock();
    const { limiter, granted, take } = limiterOn(clock);
    // A 300-door refresh: 3 lock-list pages and 30 gateway details, all queued at once.
    const refresh = Array.from({ length: 33 }, (_, i) => take(`health ${i}`, 'background'));
    // Sampled every 100 ms of desk time through the whole refresh, the bucket never drops below
    // the clerk's 4 once background work has taken a token.
    let lowest = Infinity;
    for (let i = 0; i < 33 * 24 + 10; i++) {
      await clock.advance(100);
      lowest = Math.min(lowest, limiter.stats().tokens);
    }
    await Promise.all(refresh);
    expect(granted).toHaveLength(33);
    expect(lowest).toBeGreaterThanOrEqual(4);
    // Background only ever takes from a full bucket: one token per 2.4 s, after the first.
    expect(granted[32]!.at - granted[1]!.at).toBe(31 * 2_400);

    // The clerk checks in right behind the refresh's last request: card and code on two doors.
    const t0 = clock.now();
    const checkIn = ['card room', 'card floor', 'code room', 'code floor'].map((l) => take(l, 'interactive'));
    await clock.settle();
    await Promise.all(checkIn);
    expect(granted.slice(33).map((g) => g.at - t0)).toEqual([0, 0, 0, 0]);
  });

  it("a manager's door log (lookup) goes before queued background work but never into the clerk's reserve", async () => {
    const clock = manualClock();
    const { limiter, granted, take, labels } = limiterOn(clock);
    // A feed's automatic codes: 60 adds queued at background; the first goes from the full bucket.
    const codes = Array.from({ length: 60 }, (_, i) => take(`code ${i}`, 'background'));
    await clock.advance(0);
    expect(labels()).toEqual(['code 0']);

    // The manager opens a booking's log (its two doors' records).
    const t0 = clock.now();
    const log = [take('log room', 'lookup'), take('log floor', 'lookup')];
    await clock.settle();
    expect(limiter.stats()).toMatchObject({ waitingLookup: 2, waitingBackground: 59 });
    // Each waits only for the bucket to be full again, ahead of the 59 codes: 2.4 s each.
    await clock.advance(2 * 2_400);
    await Promise.all(log);
    expect(labels()).toEqual(['code 0', 'log room', 'log floor']);
    expect(granted.slice(1).map((g) => g.at - t0)).toEqual([2_400, 4_800]);
    // The clerk's reserve was left whole: a check-in now goes at once.
    expect(limiter.stats().tokens).toBeGreaterThanOrEqual(4);
    const t1 = clock.now();
    const checkIn = ['card room', 'card floor', 'code room', 'code floor'].map((l) => take(l, 'interactive'));
    await clock.settle();
    await Promise.all(checkIn);
    expect(granted.slice(3).map((g) => [g.label, g.at - t1])).toEqual([
      ['card room', 0],
      ['card floor', 0],
      ['code room', 0],
      ['code floor', 0],
    ]);
    // Then the codes carry on, all of them, at the full rate the clerk leaves.
    await clock.advance(60 * 2_400 + 4 * 2_400);
    await Promise.all(codes);
    expect(granted).toHaveLength(66);
    expect(limiter.stats()).toMatchObject({ waitingLookup: 0, waitingBackground: 0 });
  });

  it("a departed guest's delete (prompt) still goes before a door log", async () => {
    const clock = manualClock();
    const { take, labels } = limiterOn(clock);
    const drain = Array.from({ length: 4 }, (_, i) => take(`check-in ${i}`, 'interactive'));
    await clock.advance(0);
    const rest = [take('log', 'lookup'), take('delete', 'prompt')];
    // 1 token left: the delete needs 2 (it leaves the clerk one), the log 5.
    await clock.advance(2_400);
    expect(labels().slice(4)).toEqual(['delete']);
    await clock.advance(4 * 2_400);
    await Promise.all([...drain, ...rest]);
    expect(labels().slice(4)).toEqual(['delete', 'log']);
  });
});
