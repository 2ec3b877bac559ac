/** A capped exponential back-off: the first wait, then doubled per retry, never above the cap. */
export interface BackoffOptions {
  baseMs: number;
  capMs: number;
}

/**
 * The wait before retry number `retry` (1 = the first): baseMs, 2 × baseMs, 4 × baseMs … up to
 * capMs. Given `random`, the wait is scaled by a factor in [0.5, 1), so operations that failed
 * together (a gateway that comes back, a cloud that recovers) do not all retry in the same second.
 */
export function backoffDelayMs(retry: number, options: BackoffOptions, random?: () => number): number {
  const exp = Math.min(options.capMs, options.baseMs * 2 ** Math.max(0, retry - 1));
  return random ? Math.round(exp * (0.5 + random() * 0.5)) : exp;
}
