/**
 * Every failure of a Sifely call becomes a SifelyError with a closed `kind`, the numeric code the
 * service gave (HTTP status or TTLock error number, §13), and a sentence for staff. The technical
 * detail stays in `detail` for the log.
 */
export const SIFELY_ERROR_KINDS = [
  'auth',
  'billing',
  'throttled',
  'network',
  'timeout',
  'lock-offline',
  'no-gateway',
  'gateway-busy',
  'storage-full',
  'duplicate',
  'invalid',
  'not-found',
  'unknown',
] as const;
export type SifelyErrorKind = (typeof SIFELY_ERROR_KINDS)[number];

export class SifelyError extends Error {
  override readonly name = 'SifelyError';
  constructor(
    readonly kind: SifelyErrorKind,
    /** HTTP status (≥ 400) or TTLock/Sifely business code; 0 when there was no answer. */
    readonly code: number,
    /** Plain sentence for desk staff. */
    readonly staffMessage: string,
    /** What the service said, for the log. */
    readonly detail: string = '',
  ) {
    super(`${staffMessage}${detail ? ` (${code}: ${detail})` : code ? ` (${code})` : ''}`);
  }
}

export const isSifelyError = (e: unknown): e is SifelyError => e instanceof SifelyError;

/** Business codes (§13.2) → kind and staff sentence. Codes not listed map to `unknown`. */
const BUSINESS: Record<number, [SifelyErrorKind, string]> = {
  [-1003]: ['not-found', 'This lock is no longer on the Sifely account.'],
  [-1021]: ['not-found', 'That card is no longer on the lock.'],
  [-2009]: ['not-found', 'That passcode is no longer on the lock.'],
  [-2012]: ['no-gateway', 'The lock is not connected to a gateway, so it cannot be programmed from the desk.'],
  [-2025]: ['invalid', 'The lock is frozen in the Sifely app and cannot be operated.'],
  [-3002]: ['lock-offline', 'The gateway of this lock is offline.'],
  [-3003]: ['gateway-busy', 'The gateway is busy; the desk will try again in a moment.'],
  [-4056]: ['storage-full', 'The lock is full: old cards must be removed before a new one can be added.'],
};

export function businessError(code: number, message: string): SifelyError {
  const known = BUSINESS[code];
  if (known) return new SifelyError(known[0], code, known[1], message);
  return new SifelyError('unknown', code, 'The lock cloud refused the request.', message);
}

export function httpError(status: number, body: string): SifelyError {
  if (status === 401 || status === 403)
    return new SifelyError('auth', status, 'The Sifely account was not accepted. Ask the manager to sign in again.', body);
  if (status === 402)
    return new SifelyError('billing', status, 'The Sifely subscription is not active. Ask the manager to check the plan.', body);
  if (status === 429) return new SifelyError('throttled', status, 'The lock cloud asked the desk to slow down; retrying shortly.', body);
  if (status === 404) return new SifelyError('not-found', status, 'The lock cloud does not know this request.', body);
  if (status >= 500) return new SifelyError('unknown', status, 'The lock cloud had a problem; the desk will retry.', body);
  return new SifelyError('invalid', status, 'The lock cloud rejected the request.', body);
}
