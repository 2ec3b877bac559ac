import { msg } from '../../../shared/messages';
import type { SifelyMessageKey } from '../../../shared/messages/catalog/sifely';
import { SifelyError, type SifelyErrorKind } from './errors';

/**
 * Business codes (§13.2 TTLock numbering, §13.1 Sifely wrapper codes) → kind and the catalogue key
 * of a staff sentence with the next step (shared/messages/catalog/sifely.ts, English and Spanish). Every code the desk can meet on the endpoints it uses is listed; anything
 * else maps to `unknown` with the service's own text kept in `detail` for the log.
 */
const BUSINESS: Record<number, [SifelyErrorKind, SifelyMessageKey]> = {
  1: ['unknown', 'sifely.noReason'],
  [-3]: ['invalid', 'sifely.valuesRejected'],
  [-1003]: ['not-found', 'sifely.lockNotOnAccount'],
  [-1007]: ['invalid', 'sifely.noOfflineCodeData'],
  [-1008]: ['not-found', 'sifely.ekeyGone'],
  [-1016]: ['duplicate', 'sifely.groupExists'],
  [-1018]: ['not-found', 'sifely.groupGone'],
  [-1021]: ['not-found', 'sifely.cardNotOnLock'],
  [-1027]: ['invalid', 'sifely.accountBoundElsewhere'],
  [-1026]: ['duplicate', 'sifely.offlinePeriodUsed'],
  [-2009]: ['not-found', 'sifely.passcodeNotOnLock'],
  [-2012]: ['no-gateway', 'sifely.noGateway'],
  [-2018]: ['auth', 'sifely.notLockAdmin'],
  [-2019]: ['invalid', 'sifely.ekeyToSelf'],
  [-2020]: ['invalid', 'sifely.ekeyToAdmin'],
  [-2023]: ['invalid', 'sifely.ekeyValidityFixed'],
  [-2025]: ['invalid', 'sifely.lockFrozen'],
  [-2032]: ['invalid', 'sifely.passcodeTooSimple'],
  [-3002]: ['lock-offline', 'sifely.gatewayOffline'],
  [-3003]: ['gateway-busy', 'sifely.gatewayBusy'],
  [-3006]: ['invalid', 'sifely.passcodeLength'],
  [-3007]: ['duplicate', 'sifely.passcodeExists'],
  [-3008]: ['invalid', 'sifely.passcodeNeverUsed'],
  [-3009]: ['storage-full', 'sifely.passcodeStorageFull'],
  [-3011]: ['invalid', 'sifely.lockTransferToOwner'],
  [-3016]: ['invalid', 'sifely.gatewayTransferToOwner'],
  [-3034]: ['lock-offline', 'sifely.wifiNoNetwork'],
  [-3035]: ['lock-offline', 'sifely.wifiPowerSaving'],
  [-3036]: ['lock-offline', 'sifely.lockOffline'],
  [-3037]: ['gateway-busy', 'sifely.lockBusy'],
  [-3039]: ['invalid', 'sifely.ownKeyEndsEarlier'],
  [-3046]: ['auth', 'sifely.remoteUnlockNotAllowed'],
  [-4037]: ['not-found', 'sifely.gatewayGone'],
  [-4043]: ['invalid', 'sifely.functionUnsupported'],
  [-4056]: ['storage-full', 'sifely.cardStorageFull'],
  [-4063]: ['invalid', 'sifely.removeLocksFirst'],
  [-4064]: ['not-found', 'sifely.receiverNotRegistered'],
  [-4067]: ['invalid', 'sifely.nbIotNotRegistered'],
  [-4082]: ['invalid', 'sifely.autoLockTimeInvalid'],
  10000: ['auth', 'sifely.clientIdUnknown'],
  10001: ['auth', 'sifely.clientSecretWrong'],
  10002: ['auth', 'sifely.authCodeInvalid'],
  10003: ['auth', 'sifely.signInExpired'],
  10004: ['auth', 'sifely.signInRevoked'],
  10007: ['auth', 'sifely.accountPasswordWrong'],
  10008: ['auth', 'sifely.redirectInvalid'],
  10010: ['auth', 'sifely.grantTypeUnsupported'],
  10011: ['auth', 'sifely.signInNotRenewed'],
  20002: ['auth', 'sifely.notLockAdmin'],
  30005: ['auth', 'sifely.passwordForm'],
  30006: ['throttled', 'sifely.slowDown'],
  30007: ['billing', 'sifely.allowanceUsed'],
  50504: ['billing', 'sifely.subscriptionOrDeviceLimit'],
  80000: ['invalid', 'sifely.clockSkew'],
  80002: ['invalid', 'sifely.requestUnreadable'],
  90000: ['unknown', 'sifely.cloudInternal'],
  // Sifely wrapper codes that mirror HTTP statuses (legacy answers HTTP 200 + body code, §3.2, §13.1).
  401: ['auth', 'sifely.accountNotAccepted'],
  402: ['billing', 'sifely.subscriptionInactive'],
  403: ['auth', 'sifely.accountMayNot'],
  429: ['throttled', 'sifely.slowDown'],
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
  if (known) return new SifelyError(known[0], code, msg(known[1]), message, flags);
  if (STALE_CREDENTIAL_TEXT.test(message))
    return new SifelyError('auth', code, msg('sifely.accountNotAccepted'), message, { retryable: false });
  // §10.16: some offline answers only say so in the text.
  if (/offline/i.test(message)) return new SifelyError('lock-offline', code, msg('sifely.gatewayOffline'), message, flags);
  return new SifelyError('unknown', code, msg('sifely.refused'), message, flags);
}

/** HTTP-level failures (§5 table, §13.1). `body` is the (possibly non-JSON) text. */
export function httpError(status: number, body: string): SifelyError {
  if (status === 401 || status === 403)
    return new SifelyError('auth', status, msg('sifely.accountNotAccepted'), body, { retryable: false });
  if (status === 402) return new SifelyError('billing', status, msg('sifely.subscriptionInactive'), body, { retryable: false });
  if (status === 429) return new SifelyError('throttled', status, msg('sifely.slowDown'), body);
  if (status === 404) return new SifelyError('not-found', status, msg('sifely.requestUnknown'), body, { retryable: false });
  if (status === 400) {
    // §14 #20: the no-gateway answer sometimes arrives as HTTP 400 with an English text.
    if (/not connected to any gateway/i.test(body)) return businessError(-2012, body);
    return new SifelyError('invalid', status, msg('sifely.requestRejected'), body, { retryable: false });
  }
  if (status === 500 && /Required request parameter|not supported|Failed to convert/i.test(body))
    // §4: Spring's answer to a missing parameter or a wrong method — a bug on our side, never retried.
    return new SifelyError('invalid', status, msg('sifely.requestMalformed'), body, { retryable: false });
  if (status >= 500)
    return new SifelyError('unknown', status, msg('sifely.cloudProblem'), body, {
      retryable: true,
      // 502/503/504 are proxy/gateway timeouts: the upstream may have done the work (§5, §13.1).
      unclear: status === 502 || status === 503 || status === 504,
    });
  return new SifelyError('invalid', status, msg('sifely.requestRejected'), body, { retryable: false });
}
