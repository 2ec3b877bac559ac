/**
 * Capped exponential back-off with jitter for outbox retries: 2 s, 4 s, 8 s … up to 5 minutes,
 * each scaled by a random factor in [0.5, 1) so a gateway that comes back is not hit by every
 * queued operation in the same second (and the ~30 requests/minute budget is not burnt at once).
 */
export interface BackoffOptions {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 2_000, capMs: 300_000 };

export function backoffDelayMs(attempts: number, options: BackoffOptions = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const exp = Math.min(options.capMs, options.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exp * (0.5 + random() * 0.5));
}
