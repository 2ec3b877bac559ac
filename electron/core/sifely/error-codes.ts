import { SifelyError, type SifelyErrorKind } from './errors';

/**
 * Business codes (§13.2 TTLock numbering, §13.1 Sifely wrapper codes) → kind and a staff sentence
 * with the next step. Every code the desk can meet on the endpoints it uses is listed; anything
 * else maps to `unknown` with the service's own text kept in `detail` for the log.
 */
const BUSINESS: Record<number, [SifelyErrorKind, string]> = {
  1: ['unknown', 'The lock cloud answered "no" without a reason. Try again; if it repeats, check the lock in the Sifely app.'],
  [-3]: ['invalid', 'The lock cloud rejected the dates or values sent. Check the stay dates and try again.'],
  [-1003]: ['not-found', 'This lock is no longer on the Sifely account. Check the room-to-lock setup.'],
  [-1007]: ['invalid', 'This lock has no offline-code data in the cloud. Open the lock once in the Sifely app to re-sync it.'],
  [-1008]: ['not-found', 'That electronic key no longer exists.'],
  [-1016]: ['duplicate', 'A lock group with that name already exists on the Sifely account.'],
  [-1018]: ['not-found', 'That lock group no longer exists on the Sifely account.'],
  [-1021]: ['not-found', 'That card is no longer on the lock.'],
  [-1027]: ['invalid', 'That account is bound elsewhere and cannot receive an electronic key.'],
  [-1026]: ['duplicate', 'An offline code for this exact period was issued and deleted before. Pick a different start hour.'],
  [-2009]: ['not-found', 'That passcode is no longer on the lock.'],
  [-2012]: ['no-gateway', 'The lock is not connected to a gateway, so it cannot be programmed from the desk. Use an offline code instead.'],
  [-2018]: ['auth', 'The Sifely account is not an administrator of this lock.'],
  [-2019]: ['invalid', 'An electronic key cannot be sent to the account that sends it.'],
  [-2020]: ['invalid', 'An electronic key cannot be sent to the lock administrator.'],
  [-2023]: ['invalid', 'The validity of this electronic key cannot be changed now.'],
  [-2025]: ['invalid', 'The lock is frozen in the Sifely app and cannot be operated. Unfreeze it in the app.'],
  [-2032]: ['invalid', 'That passcode is too simple (repeated or consecutive digits). Choose another.'],
  [-3002]: ['lock-offline', 'The gateway of this lock is offline. Check its power and network, or use an offline code.'],
  [-3003]: ['gateway-busy', 'The gateway is busy; the desk will try again in a moment.'],
  [-3006]: ['invalid', 'A passcode must have 4 to 9 digits.'],
  [-3007]: ['duplicate', 'That passcode already exists on this lock. Choose another.'],
  [-3008]: ['invalid', 'This passcode has never been used on the lock and cannot be changed. Delete it and create a new one.'],
  [-3009]: ['storage-full', 'The lock has no room for more passcodes. Remove old codes first.'],
  [-3011]: ['invalid', 'A lock cannot be transferred to the account that already owns it.'],
  [-3016]: ['invalid', 'A gateway cannot be transferred to the account that already owns it.'],
  [-3034]: ['lock-offline', 'The Wi-Fi lock has no network configured.'],
  [-3035]: ['lock-offline', 'The Wi-Fi lock is in power-saving mode and cannot be reached now.'],
  [-3036]: ['lock-offline', 'The lock is offline. Check its power and network.'],
  [-3037]: ['gateway-busy', 'The lock is busy; the desk will try again in a moment.'],
  [-3039]: ['invalid', 'The account\'s own key on this lock ends before the period chosen. Choose a shorter period.'],
  [-3046]: ['auth', 'Remote unlock is not allowed for this account on this lock. Enable it in the Sifely app.'],
  [-4037]: ['not-found', 'That gateway no longer exists on the Sifely account.'],
  [-4043]: ['invalid', 'This lock does not support that function, or it is switched off in the Sifely app.'],
  [-4056]: ['storage-full', 'The lock is full: old cards must be removed before a new one can be added.'],
  [-4063]: ['invalid', 'Every lock must be removed or transferred from this account first.'],
  [-4064]: ['not-found', 'The receiving account is not registered with Sifely.'],
  [-4067]: ['invalid', 'The NB-IoT lock is not registered with its network.'],
  [-4082]: ['invalid', 'The auto-lock time is not valid for this lock.'],
  10000: ['auth', 'The Sifely client id is not known. Ask the manager to check the Sifely setup.'],
  10001: ['auth', 'The Sifely client id or secret is wrong. Ask the manager to check the Sifely setup.'],
  10002: ['auth', 'The Sifely authorization code is invalid or has expired. Ask the manager to sign in again.'],
  10003: ['auth', 'The Sifely sign-in has expired. The desk will sign in again.'],
  10004: ['auth', 'The Sifely sign-in was revoked. The desk will sign in again.'],
  10007: ['auth', 'The Sifely account or password is wrong. Ask the manager to sign in again.'],
  10008: ['auth', 'The Sifely redirect address is not valid. Ask the manager to check the Sifely setup.'],
  10010: ['auth', 'The Sifely sign-in used a grant type the service does not support. Ask the manager to check the Sifely setup.'],
  10011: ['auth', 'The Sifely sign-in could not be renewed. The desk will sign in again.'],
  20002: ['auth', 'The Sifely account is not an administrator of this lock.'],
  30005: ['auth', 'The Sifely password was not sent in the expected form.'],
  30006: ['throttled', 'The lock cloud asked the desk to slow down; retrying shortly.'],
  30007: ['billing', 'The monthly Sifely API allowance is used up. Ask the manager to check the plan.'],
  50504: ['billing', 'The Sifely subscription is not active or its device limit is reached. Ask the manager to check the plan.'],
  80000: ['invalid', 'The computer clock differs from the lock cloud by more than 5 minutes. Check the date and time settings.'],
  80002: ['invalid', 'The lock cloud could not read the request.'],
  90000: ['unknown', 'The lock cloud had an internal problem; the desk will retry.'],
  // Sifely wrapper codes that mirror HTTP statuses (legacy answers HTTP 200 + body code, §3.2, §13.1).
  401: ['auth', 'The Sifely account was not accepted. Ask the manager to sign in again.'],
  402: ['billing', 'The Sifely subscription is not active. Ask the manager to check the plan.'],
  403: ['auth', 'The Sifely account may not do this.'],
  429: ['throttled', 'The lock cloud asked the desk to slow down; retrying shortly.'],
};

/** Codes for which a repeat of the same call can succeed. */
const RETRYABLE = new Set([-3003, -3037, 30006, 90000, 429]);

export const knownBusinessCodes = (): number[] => Object.keys(BUSINESS).map(Number);

/**
 * Texts real clients treat as "the credential is no longer good" whatever the code (§3.7, the
 * Hubitat driver's list): the desk signs in again once.
 */
export const STALE_CREDENTIAL_TEXT = /unable to access system resources|token expired|invalid token|unauthori[sz]ed/i;

/** Codes that mean "this credential is no longer good" (§3.7, §13): sign in again once. */
const STALE_CREDENTIAL_CODES = new Set([401, 403, 10003, 10004]);

export const isStaleCredential = (e: SifelyError): boolean =>
  e.kind === 'auth' && (STALE_CREDENTIAL_CODES.has(e.code) || STALE_CREDENTIAL_TEXT.test(e.detail));

export function businessError(code: number, message: string): SifelyError {
  const known = BUSINESS[code];
  const flags = { retryable: RETRYABLE.has(code) };
  if (known) return new SifelyError(known[0], code, known[1], message, flags);
  if (STALE_CREDENTIAL_TEXT.test(message)) return new SifelyError('auth', code, BUSINESS[401]![1], message, { retryable: false });
  // §10.16: some offline answers only say so in the text.
  if (/offline/i.test(message)) return new SifelyError('lock-offline', code, BUSINESS[-3002]![1], message, flags);
  return new SifelyError('unknown', code, 'The lock cloud refused the request. Try again; if it repeats, see the log.', message, flags);
}

/** HTTP-level failures (§5 table, §13.1). `body` is the (possibly non-JSON) text. */
export function httpError(status: number, body: string): SifelyError {
  if (status === 401 || status === 403)
    return new SifelyError('auth', status, 'The Sifely account was not accepted. Ask the manager to sign in again.', body, { retryable: false });
  if (status === 402)
    return new SifelyError('billing', status, 'The Sifely subscription is not active. Ask the manager to check the plan.', body, { retryable: false });
  if (status === 429) return new SifelyError('throttled', status, 'The lock cloud asked the desk to slow down; retrying shortly.', body);
  if (status === 404) return new SifelyError('not-found', status, 'The lock cloud does not know this request.', body, { retryable: false });
  if (status === 400) {
    // §14 #20: the no-gateway answer sometimes arrives as HTTP 400 with an English text.
    if (/not connected to any gateway/i.test(body)) return businessError(-2012, body);
    return new SifelyError('invalid', status, 'The lock cloud rejected the request.', body, { retryable: false });
  }
  if (status === 500 && /Required request parameter|not supported|Failed to convert/i.test(body))
    // §4: Spring's answer to a missing parameter or a wrong method — a bug on our side, never retried.
    return new SifelyError('invalid', status, 'The lock cloud rejected the request as malformed; see the log.', body, { retryable: false });
  if (status >= 500)
    return new SifelyError('unknown', status, 'The lock cloud had a problem; the desk will retry.', body, {
      retryable: true,
      // 502/503/504 are proxy/gateway timeouts: the upstream may have done the work (§5, §13.1).
      unclear: status === 502 || status === 503 || status === 504,
    });
  return new SifelyError('invalid', status, 'The lock cloud rejected the request.', body, { retryable: false });
}
