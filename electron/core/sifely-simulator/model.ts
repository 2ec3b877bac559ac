/** Records of the simulated cloud (§15.1 "State"). */

export interface SimAccount {
  account: string;
  passwordMd5: string;
  /** Open API key (§3.1). */
  apiKey: string;
  clientId: string;
  plan: string;
  /** false → every `/v3` call answers HTTP 402 with body code 50504 (§3.1, §13.1). */
  planActive: boolean;
}

export interface SimGateway {
  gatewayId: number;
  gatewayName: string;
  gatewayMac: string;
  /** 1 G1, 2 G2, 3 G3 wired, 4 G4 cellular (§9.3). */
  gatewayVersion: number;
  networkName: string;
  online: boolean;
  /** Fault injection: offline from this sim time (and back at `offlineUntil`, if set). */
  offlineFrom?: number;
  offlineUntil?: number;
  /** Bound locks → rssi (dBm). */
  locks: Map<number, number>;
}

export interface SimLock {
  lockId: number;
  lockName: string;
  lockAlias: string;
  lockMac: string;
  electricQuantity: number;
  featureValue: string;
  timezoneRawOffset: number;
  keyboardPwdVersion: 4;
  isFrozen: boolean;
  /** Remote unlock allowed (§10.16; `remoteEnable` 1). */
  remoteEnable: boolean;
  /** false → offline codes answer -1007 (§10.10). */
  hasOfflineData: boolean;
  /** 0 locked, 1 unlocked, 2 unknown (§10.21). */
  openState: 0 | 1 | 2;
  admin: string;
  groupId: number;
  date: number;
  /** Secrets the real detail carries (§10.18): the client must strip them. */
  noKeyPwd: string;
  adminPwd: string;
  aesKeyStr: string;
  lockKey: string;
  lockData: string;
  /** Bound to at least one gateway. Setting it binds a new gateway or unbinds all. */
  hasGateway: boolean;
  /** Some bound gateway is online now. Setting it switches every bound gateway. */
  gatewayOnline: boolean;
}

/** What the physical lock holds for a credential; null = not on the lock (§9.2). */
export interface LockCopy {
  secret: string;
  startDate: number;
  endDate: number;
}

export interface SimPasscode {
  keyboardPwdId: number;
  lockId: number;
  keyboardPwd: string;
  keyboardPwdName: string;
  keyboardPwdType: number;
  startDate: number;
  endDate: number;
  isCustom: 0 | 1;
  createDate: number;
  sendDate?: number;
  senderUsername: string;
  /** Listed by the cloud (false after any delete). */
  inCloud: boolean;
  lock: LockCopy | null;
  /** Lock-side use, for the offline 24-hour and one-time rules (§9.1). */
  firstUsedAt?: number;
  uses: number;
}

export interface SimCard {
  cardId: number;
  lockId: number;
  cardNumber: string;
  cardName: string;
  startDate: number;
  endDate: number;
  createDate: number;
  senderUsername: string;
  inCloud: boolean;
  lock: LockCopy | null;
}

/** An electronic key sent to another account (§10.8, §10.19). */
export interface SimKey {
  keyId: number;
  lockId: number;
  username: string;
  keyName: string;
  startDate: number;
  endDate: number;
  /** 1 authorised admin, 0 ordinary (§9.3). */
  keyRight: 0 | 1;
  remoteEnable: 1 | 2;
  remarks: string;
  senderUsername: string;
  date: number;
}

/** A fingerprint enrolled on a lock (§10.27); only the admin surface adds them. */
export interface SimFingerprint {
  fingerprintId: number;
  lockId: number;
  fingerprintNumber: string;
  fingerprintName: string;
  startDate: number;
  endDate: number;
  createDate: number;
}

export interface SimRecord {
  recordId: number;
  lockId: number;
  recordType: number;
  recordTypeFromLock: number;
  success: 0 | 1;
  username: string;
  keyboardPwd: string;
  lockDate: number;
  serverDate: number;
  electricQuantity: number;
}

/** Behaviour switches for the documented variants (§15.1). */
export interface SimSettings {
  /** Wrap detail / open state / records in `{code:200,msg,data}` (§14 #27). */
  wrappedReads: boolean;
  /** How "no gateway" is answered: `-2012` in the wrapper, or HTTP 400 with the English text (§14 #20). */
  noGatewayStyle: 'code' | 'http400';
  /** Business errors as shape C `{code,msg}` (default) or shape B `{errcode,errmsg}` (§15.1). */
  businessErrorStyle: 'wrapper' | 'errcode';
  /** Share of gateway operations answered -3003 (0 = never). */
  gatewayBusyRate: number;
  /** Gen-1 login answers the token fields at the top level (§14 #3). */
  unwrappedLogin: boolean;
  /** A stale `date`: shape B errcode 80000, or HTTP 500 (§4). */
  staleDateStyle: 'errcode' | 'http500';
  /** Answer with an HTTP `Date` header on the cloud's clock (any web server does); off to test a desk that cannot learn the time. */
  dateHeader: boolean;
  /** Server-side limit per credential and minute; 0 = off (§8). */
  rateLimitPerMinute: number;
  /** Offer `/v3/identityCard/changePeriod` (not in Sifely's navigation, §10.33); off → 404. */
  cardChangePeriod: boolean;
  legacyTokenTtlSec: number;
  customPasscodeCapacity: number;
  cardCapacity: number;
}

export const DEFAULT_SETTINGS: SimSettings = {
  wrappedReads: false,
  noGatewayStyle: 'code',
  businessErrorStyle: 'wrapper',
  gatewayBusyRate: 0,
  unwrappedLogin: false,
  staleDateStyle: 'errcode',
  dateHeader: true,
  rateLimitPerMinute: 0,
  cardChangePeriod: false,
  legacyTokenTtlSec: 31_536_000,
  customPasscodeCapacity: 200,
  cardCapacity: 1000,
};
