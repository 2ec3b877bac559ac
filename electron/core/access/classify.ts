import { msg, type Message } from '../../../shared/messages';
import { isSifelyError, type SifelyError } from '../sifely/errors';

/**
 * How the outbox treats a failed attempt. `unclear` failures (the request may have been carried
 * out: connection lost, timeout, proxy 5xx) make the next attempt look on the lock first.
 */
export type Verdict =
  | { kind: 'retry'; unclear: boolean; message: Message; minDelayMs?: number }
  | { kind: 'give-up'; message: Message }
  | { kind: 'fallback'; message: Message };

const AUTH_PAUSE_MS = 60_000;

export function classifyFailure(e: unknown): Verdict {
  if (!isSifelyError(e)) return { kind: 'retry', unclear: true, message: msg('access.unexpectedCloud') };
  const err: SifelyError = e;
  const message = err.staffMsg;
  if (err.unclear) return { kind: 'retry', unclear: true, message };
  switch (err.kind) {
    case 'network':
    case 'timeout':
      return { kind: 'retry', unclear: true, message };
    case 'throttled':
    case 'gateway-busy':
      return { kind: 'retry', unclear: false, message };
    case 'lock-offline':
    case 'no-gateway':
      return { kind: 'fallback', message };
    case 'auth':
    case 'billing':
      // Never drop work because of an account problem: wait for the manager to fix it.
      return { kind: 'retry', unclear: false, message, minDelayMs: AUTH_PAUSE_MS };
    case 'storage-full':
    case 'duplicate':
    case 'invalid':
    case 'not-found':
      return { kind: 'give-up', message };
    case 'unknown':
      return err.retryable || err.code >= 500 || err.code === 0
        ? { kind: 'retry', unclear: err.code >= 500 || err.code === 0, message }
        : { kind: 'give-up', message };
  }
}

export const isNotFound = (e: unknown): boolean => isSifelyError(e) && e.kind === 'not-found';
