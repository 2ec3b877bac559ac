/**
 * Wire types of the Sifely endpoints the desk uses (§15.3). Passcode digits and
 * card numbers are always strings (leading zeros and > 2^53 values matter, §10.11, §12).
 */

// ---------- envelopes (§5, §15.3) ----------
/** Shape C: the Sifely wrapper. */
export interface SifelyWrapper<T = unknown> {
  code: number;
  msg?: string;
  message?: string;
  data?: T;
}
/** Shape B: TTLock's yes/no answer (`YesOrNotDTO`). */
export interface YesOrNo {
  errcode: number;
  errmsg?: string;
  description?: string;
}
/** `ListData«X»`: a list without paging (§10.31, §10.32). */
export interface ListData<T> {
  list: T[];
}

// ---------- auth (§3, §15.3) ----------
export interface OpenApiLoginRequest {
  account: string;
  /** MD5, 32 lowercase hex characters. */
  password: string;
}
export interface OpenApiLoginData {
  /** "sk-…" */
  clientToken: string;
  /** "cli_…" */
  clientId: string;
  account?: string;
  plan?: string;
  subscriptionStatus?: string;
  lockNum?: number;
}
export interface LegacyLoginData {
  token: string;
  refreshToken: string;
  expires_in: string | number;
}
export interface OauthTokenResponse {
  access_token: string;
  refresh_token: string;
  expires_in: number | string;
  token_type?: string;
  scope?: string;
  uid?: number;
}

/** `Page«X»` (§7). */
export interface Page<T> {
  list: T[];
  pageNo: number;
  pageSize: number;
  pages: number;
  total: number;
}

/** `addType` / `changeType` / `deleteType` (§9.2): 1 cloud record only, 2 via gateway, 3 NB-IoT, 4 async Wi-Fi. */
export type WriteMode = 1 | 2 | 3 | 4;
export type OpenState = 0 | 1 | 2;
export type KeyboardPwdType = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14;
export type CustomKeyboardPwdType = 2 | 3;

/** Lock list item (§10.22) with the secrets removed (§10.18). */
export interface LockListItem {
  lockId: number;
  lockName: string;
  lockAlias?: string;
  lockMac: string;
  electricQuantity?: number;
  featureValue?: string;
  hasGateway?: 0 | 1;
  groupId?: number;
  groupName?: string;
  date?: number;
  keyboardPwdVersion?: number;
  isOnline?: 0 | 1;
}

/** Lock detail (§10.18) with `adminPwd`, `aesKeyStr`, `lockKey`, `noKeyPwd`, `deletePwd`, `lockData` removed. */
export interface LockDetail {
  lockId: number;
  lockName: string;
  lockAlias?: string;
  lockMac: string;
  electricQuantity?: number;
  featureValue?: string;
  hasGateway?: 0 | 1;
  timezoneRawOffset?: number;
  keyboardPwdVersion?: number;
  autoLockTime?: number;
  isFrozen?: number;
  modelNum?: string;
  firmwareRevision?: string;
  [field: string]: unknown;
}

/** Account ekey list item (§10.7). */
export interface KeyInfo {
  keyId?: number;
  lockId: number;
  lockName: string;
  lockAlias?: string;
  lockMac: string;
  electricQuantity?: number;
  featureValue?: string;
  groupId?: number;
  groupName?: string;
  keyRight?: number;
  keyStatus?: string;
  userType?: string;
  passageMode?: number;
  remoteEnable?: number;
  startDate?: number;
  endDate?: number;
  remarks?: string;
  hasGateway?: 0 | 1;
}

export interface PwdInfo {
  keyboardPwdId: number;
  lockId: number;
  keyboardPwd: string;
  keyboardPwdName?: string;
  keyboardPwdVersion?: number;
  /** §9.1 (`KeyboardPwdType`); a number outside 1–14 is passed through as the service sent it. */
  keyboardPwdType: number;
  startDate: number;
  endDate: number;
  sendDate?: number;
  isCustom: 0 | 1;
  status?: number;
  senderUsername?: string;
}

export interface AddPasscodeParams {
  lockId: number;
  keyboardPwd: string;
  keyboardPwdName?: string;
  /** Default 3 (period), as Sifely recommends for stays (§9.1, §14 #15). */
  keyboardPwdType?: CustomKeyboardPwdType;
  startDate: number;
  /** Always sent (§14 #16); 0 only with type 2. */
  endDate: number;
  /** Default 2: pushed to the lock through the gateway (§9.2). */
  addType?: WriteMode;
}

/** §10.11 answer; one client saw `keyboardPwd` echoed as null. */
export interface PwdAddResult {
  keyboardPwdId: number;
  keyboardPwd?: string | null;
}

export interface ChangePasscodeParams {
  lockId: number;
  /** The Sifely page types it as a numeric string (§10.12). */
  keyboardPwdId: number | string;
  keyboardPwdName?: string;
  newKeyboardPwd?: string;
  /** Send both dates or neither (§10.12). */
  startDate?: number;
  endDate?: number;
  changeType?: WriteMode;
}

export interface OfflinePasscodeParams {
  lockId: number;
  keyboardPwdType: KeyboardPwdType;
  keyboardPwdName?: string;
  /** Whole hour; the client truncates to be safe (§10.10). */
  startDate: number;
  endDate?: number;
  /** Older TTLock required 4; the live Sifely client omits it, so it is sent only when given. */
  keyboardPwdVersion?: 4;
}
/** §15.3 name. */
export type GetOfflinePasscodeParams = OfflinePasscodeParams;

export interface DeletePasscodeParams {
  lockId: number;
  keyboardPwdId: number;
  deleteType: WriteMode;
}

export interface OfflinePasscode {
  keyboardPwd: string;
  keyboardPwdId: number;
  /** The effective window after whole-hour truncation (what the slip must show). */
  startDate: number;
  endDate: number;
}

export interface CardInfo {
  cardId: number;
  lockId: number;
  cardNumber: string;
  cardName?: string;
  startDate: number;
  endDate: number;
  createDate?: number;
  status?: number;
  senderUsername?: string;
  cardType?: number;
  cyclicConfig?: { weekDay: number; startTime: number; endTime: number }[];
}

export interface AddCardParams {
  lockId: number;
  cardNumber: string;
  cardName?: string;
  startDate: number;
  endDate: number;
  /** Default 2: written to the lock through the gateway (§10.25). */
  addType?: WriteMode;
  /** [TT newer] 1 normal, 4 cyclic; sent only when given. */
  cardType?: 1 | 4;
  /** JSON string of weekly windows, with `cardType` 4 (§10.24). */
  cyclicConfig?: string;
  /**
   * The reader profile says this reader prints the UID bytes in the other order: use
   * `/v3/identityCard/addForReversedCardNumber`, which reverses the 4 bytes before storing (§12).
   */
  reversed?: boolean;
}

export interface ChangeCardPeriodParams {
  lockId: number;
  cardId: number;
  startDate: number;
  endDate: number;
  /** For the delete + re-add fallback when `/v3/identityCard/changePeriod` is not offered (§10.26). */
  cardNumber: string;
  cardName?: string;
  reversed?: boolean;
}

export interface GatewayOfLock {
  gatewayId: number;
  gatewayMac: string;
  gatewayName: string;
  rssi?: number;
  rssiUpdateDate?: number;
}

export interface GatewayDetail {
  gatewayId: number;
  gatewayMac: string;
  gatewayName: string;
  gatewayVersion?: number;
  networkName?: string;
  networkMac?: string;
  lockNum?: number;
  isOnline?: 0 | 1;
}

export interface LockOfGateway {
  lockId: number;
  lockMac: string;
  lockName: string;
  lockAlias?: string;
  rssi?: number;
  updateDate?: number;
}

export interface RecordInfo {
  recordId?: number;
  lockId: number;
  recordType: number;
  recordTypeFromLock?: number;
  success: 0 | 1;
  username?: string;
  keyboardPwd?: string;
  lockDate: number;
  serverDate: number;
  electricQuantity?: number;
}

export interface RecordQuery {
  startDate?: number;
  endDate?: number;
  recordType?: number;
}

/** Webhook body (§11.1): numbers may come as strings; `records` is a JSON string (or an array, §11.3). */
export interface WebhookBody {
  notifyType: string | number;
  lockId: string | number;
  lockMac?: string;
  admin?: string;
  records: string | (RecordInfo & { lockMac?: string })[];
}
