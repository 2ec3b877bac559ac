/**
 * Client-side rate limiter (§8: about 30 requests/minute; one client self-throttles to 25/min) as a
 * token bucket with two queues. Defaults 25/min with a burst of 5, so no 60-second window ever holds
 * more than 5 + 25 = 30 requests (a burst of 8 on top of 30/min could send 38 in the first minute). Clerk-facing calls ('interactive') are always served first, and
 * background work (sweeps, verification) may only take a token while a reserve stays free
 * for the clerk, so a clerk never queues behind a sweep (product.md, rush-hour target).
 */
export type Priority = 'interactive' | 'background';

export interface LimiterOptions {
  /** Sustained requests per minute. 0 or Infinity: no limit. Default 25. */
  perMinute?: number;
  /** Tokens that may be spent at once after a quiet period. Default 5. */
  burst?: number;
  /**
   * Tokens background calls must leave for interactive ones. Default 4: a whole check-in (a card
   * and a code on a room door and the entrance: 4 writes) goes out at once even right after a
   * sweep, and background work still gets the full rate whenever the clerk is idle.
   */
  reserveForInteractive?: number;
  now?: () => number;
}

export interface LimiterStats {
  tokens: number;
  waitingInteractive: number;
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

export function createLimiter(options: LimiterOptions = {}): Limiter {
  const perMinute = options.perMinute ?? DEFAULT_PER_MINUTE;
  const unlimited = !perMinute || !Number.isFinite(perMinute);
  const burst = Math.max(1, options.burst ?? DEFAULT_BURST);
  const reserve = Math.min(burst - 1, Math.max(0, options.reserveForInteractive ?? DEFAULT_RESERVE));
  const now = options.now ?? Date.now;
  const msPerToken = unlimited ? 0 : 60_000 / perMinute;
  let tokens = burst;
  let refilledAt = now();
  let pausedUntil = 0;
  const queues: Record<Priority, (() => void)[]> = { interactive: [], background: [] };
  let timer: ReturnType<typeof setTimeout> | null = null;

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
    while (queues.interactive.length > 0 && (unlimited || tokens >= 1)) {
      if (!unlimited) tokens -= 1;
      queues.interactive.shift()!();
    }
    while (queues.interactive.length === 0 && queues.background.length > 0 && (unlimited || tokens >= 1 + reserve)) {
      if (!unlimited) tokens -= 1;
      queues.background.shift()!();
    }
    if (queues.interactive.length > 0) schedule((1 - tokens) * msPerToken);
    else if (queues.background.length > 0) schedule((1 + reserve - tokens) * msPerToken);
  }

  function schedule(ms: number): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(
      () => {
        timer = null;
        pump();
      },
      Math.max(1, Math.ceil(ms)),
    );
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
      return { tokens, waitingInteractive: queues.interactive.length, waitingBackground: queues.background.length, pausedUntil };
    },
  };
}
