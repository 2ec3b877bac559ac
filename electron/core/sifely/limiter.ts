/**
 * Client-side rate limiter (§8: about 30 requests/minute; one client self-throttles to 25/min) as a
 * token bucket with four queues. Defaults 25/min with a burst of 5, so no 60-second window ever
 * holds more than 5 + 25 = 30 requests (a burst of 8 on top of 30/min could send 38 in the first
 * minute). Four tiers, served in this order (docs/product.md "Rush hour": clerk-facing calls
 * never queue behind sweeps or verification):
 * - 'interactive': a clerk is waiting (issuing a card or code). Takes any token.
 * - 'prompt': must land soon but nobody stands at the desk for it (a departed guest's deletes).
 *   It leaves a small reserve, so a check-in arriving just after a check-out still goes at once.
 * - 'lookup': someone is waiting for a read that changes nothing on a lock (a door's log). Served
 *   before queued background work, so a manager's door log does not wait behind a feed's automatic
 *   codes (up to 28 s in bench/hotel-day.bench.ts) or the night's lists, but it leaves the full
 *   clerk reserve: it waits about the refill of a bucket the clerk emptied (12 s).
 * - 'background': sweeps, verification, re-sends, automatic codes, the health refresh. Leaves the
 *   full clerk reserve: it only ever takes a token from a full bucket.
 */
import { realAfter, type After } from '../time/clock';

export type Priority = 'interactive' | 'prompt' | 'lookup' | 'background';

export interface LimiterOptions {
  /** Sustained requests per minute. 0 or Infinity: no limit. Default 25. */
  perMinute?: number;
  /** Tokens that may be spent at once after a quiet period. Default 5. */
  burst?: number;
  /**
   * Tokens lookup and background calls must leave for interactive ones. Default 4: a whole check-in (a card
   * and a code on a room door and the entrance: 4 writes) goes out at once even right after a
   * sweep, and background work still gets the full rate whenever the clerk is idle.
   */
  reserveForInteractive?: number;
  /**
   * Tokens 'prompt' calls must leave for interactive ones. Default 1: a quiet desk's check-out
   * (4 deletes) still goes out at once from a full bucket, and a guest checking in right behind it
   * gets a token straight away and the next within 2.4 s. A reserve of 2 would make every
   * 4-credential check-out wait 2.4 s for its fourth delete, for little gain to the clerk (the
   * rush-hour bench in the README compares both).
   */
  reserveForInteractiveOverPrompt?: number;
  /** A monotonic clock (DeskTime.monotonic): a wall-clock jump must not empty or freeze the bucket. */
  now: () => number;
  /** Waits on that same clock (DeskTime.after); the machine's timers when absent. */
  after?: After;
}

/** What a caller may tune; the clock always comes from the client's DeskTime. */
export type LimiterSettings = Omit<LimiterOptions, 'now'>;

export interface LimiterStats {
  tokens: number;
  waitingInteractive: number;
  waitingPrompt: number;
  waitingLookup: number;
  waitingBackground: number;
  pausedUntil: number;
}

export interface Limiter {
  acquire(priority: Priority): Promise<void>;
  /** 429 back-off: nobody gets a token before `untilMs` (§8). */
  pauseUntil(untilMs: number): void;
  stats(): LimiterStats;
}

export const DEFAULT_PER_MINUTE = 25;
export const DEFAULT_BURST = 5;
export const DEFAULT_RESERVE = 4;
export const DEFAULT_PROMPT_RESERVE = 1;

export function createLimiter(options: LimiterOptions): Limiter {
  const perMinute = options.perMinute ?? DEFAULT_PER_MINUTE;
  const unlimited = !perMinute || !Number.isFinite(perMinute);
  const burst = Math.max(1, options.burst ?? DEFAULT_BURST);
  const reserve = Math.min(burst - 1, Math.max(0, options.reserveForInteractive ?? DEFAULT_RESERVE));
  const promptReserve = Math.min(reserve, Math.max(0, options.reserveForInteractiveOverPrompt ?? DEFAULT_PROMPT_RESERVE));
  const now = options.now;
  const msPerToken = unlimited ? 0 : 60_000 / perMinute;
  let tokens = burst;
  let refilledAt = now();
  let pausedUntil = 0;
  const queues: Record<Priority, (() => void)[]> = { interactive: [], prompt: [], lookup: [], background: [] };
  const after = options.after ?? realAfter;
  let cancelTimer: (() => void) | null = null;

  function refill(): void {
    const t = now();
    if (unlimited) return;
    tokens = Math.min(burst, tokens + (t - refilledAt) / msPerToken);
    refilledAt = t;
  }

  function pump(): void {
    refill();
    const t = now();
    if (t < pausedUntil) return schedule(pausedUntil - t);
    // Each tier may spend a token only while its reserve stays free, and only when every tier
    // above it has nobody waiting.
    const tiers: [Priority, number][] = [
      ['interactive', 0],
      ['prompt', promptReserve],
      ['lookup', reserve],
      ['background', reserve],
    ];
    for (const [tier, keep] of tiers) {
      while (queues[tier].length > 0 && (unlimited || tokens >= 1 + keep)) {
        if (!unlimited) tokens -= 1;
        queues[tier].shift()!();
      }
      if (queues[tier].length > 0) return schedule((1 + keep - tokens) * msPerToken);
    }
  }

  function schedule(ms: number): void {
    cancelTimer?.();
    cancelTimer = after(Math.max(1, Math.ceil(ms)), () => {
      cancelTimer = null;
      pump();
    });
  }

  return {
    acquire(priority) {
      return new Promise<void>((resolve) => {
        queues[priority].push(resolve);
        pump();
      });
    },
    pauseUntil(untilMs) {
      pausedUntil = Math.max(pausedUntil, untilMs);
    },
    stats() {
      refill();
      return {
        tokens,
        waitingInteractive: queues.interactive.length,
        waitingPrompt: queues.prompt.length,
        waitingLookup: queues.lookup.length,
        waitingBackground: queues.background.length,
        pausedUntil,
      };
    },
  };
}
