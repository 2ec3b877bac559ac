import { isSifelyError, type SifelyError } from '../sifely/errors';

/**
 * How the outbox treats a failed attempt. `unclear` failures (the request may have been carried
 * out: connection lost, timeout, proxy 5xx) make the next attempt look on the lock first.
 */
export type Verdict =
  | { kind: 'retry'; unclear: boolean; message: string; minDelayMs?: number }
  | { kind: 'give-up'; message: string }
  | { kind: 'fallback'; message: string };

const AUTH_PAUSE_MS = 60_000;

export function classifyFailure(e: unknown): Verdict {
  if (!isSifelyError(e)) return { kind: 'retry', unclear: true, message: 'Unexpected error talking to the lock cloud; retrying.' };
  const err: SifelyError = e;
  if (err.unclear) return { kind: 'retry', unclear: true, message: err.staffMessage };
  switch (err.kind) {
    case 'network':
    case 'timeout':
      return { kind: 'retry', unclear: true, message: err.staffMessage };
    case 'throttled':
    case 'gateway-busy':
      return { kind: 'retry', unclear: false, message: err.staffMessage };
    case 'lock-offline':
    case 'no-gateway':
      return { kind: 'fallback', message: err.staffMessage };
    case 'auth':
    case 'billing':
      // Never drop work because of an account problem: wait for the manager to fix it.
      return { kind: 'retry', unclear: false, message: err.staffMessage, minDelayMs: AUTH_PAUSE_MS };
    case 'storage-full':
    case 'duplicate':
    case 'invalid':
    case 'not-found':
      return { kind: 'give-up', message: err.staffMessage };
    case 'unknown':
      return err.retryable || err.code >= 500 || err.code === 0
        ? { kind: 'retry', unclear: err.code >= 500 || err.code === 0, message: err.staffMessage }
        : { kind: 'give-up', message: err.staffMessage };
  }
}

export const isNotFound = (e: unknown): boolean => isSifelyError(e) && e.kind === 'not-found';
