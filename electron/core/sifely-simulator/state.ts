import { randomBytes } from 'node:crypto';
import { evaluateCard, evaluatePasscode, type Credential } from './lock-truth';
import {
  DEFAULT_SETTINGS,
  type SimAccount,
  type SimCard,
  type SimFingerprint,
  type SimGateway,
  type SimKey,
  type SimLock,
  type SimPasscode,
  type SimRecord,
  type SimSettings,
} from './model';
import { seededRandom } from './rules';

export type { SimAccount, SimCard, SimFingerprint, SimGateway, SimKey, SimLock, SimPasscode, SimRecord, SimSettings } from './model';

/**
 * The simulated Sifely cloud and the locks behind it. Each credential has a cloud side (`inCloud`,
 * what the lists show) and a lock side (`lock`, what the door does): `addType`/`deleteType` 1 only
 * touch the cloud side (§9.2), and `canOpen` only believes the lock side.
 */

export interface SeedLock {
  lockAlias: string;
  hasGateway?: boolean;
  gatewayOnline?: boolean;
  /** Bind to this existing gateway instead of a new one. */
  gatewayId?: number;
  electricQuantity?: number;
  timezoneRawOffset?: number;
  remoteEnable?: boolean;
}

export interface LegacyToken {
  account: string;
  expiresAt: number;
}

const hex = (bytes: number): string => randomBytes(bytes).toString('hex');
const macOf = (): string => hex(6).toUpperCase().match(/../g)!.join(':');

/** `now` is the cloud's clock: lock-side time, `date` freshness and the `Date` header all follow it. */
export function createSimState(now: () => number, seed = 1) {
  let nextId = 100_000;
  const accounts = new Map<string, SimAccount>();
  const locks = new Map<number, SimLock>();
  const gateways = new Map<number, SimGateway>();
  const passcodes = new Map<number, SimPasscode>();
  const cards = new Map<number, SimCard>();
  const records: SimRecord[] = [];
  const ekeys = new Map<number, SimKey>();
  const fingerprints = new Map<number, SimFingerprint>();
  /** Lock groups (§10.23): groupId → name. */
  const groups = new Map<number, string>();
  /** Offline codes ever issued: key lock|type|start|end → id; `deleted` drives -1026 (§10.10). */
  const offlineIssued = new Map<string, { keyboardPwdId: number; deleted: boolean }>();
  const legacyTokens = new Map<string, LegacyToken>();
  const refreshTokens = new Map<string, string>();
  /** authorization_code flow (§3.4): code → account, single use, 10 minutes. */
  const authCodes = new Map<string, { account: string; expiresAt: number }>();
  const settings: SimSettings = { ...DEFAULT_SETTINGS };
  const recordListeners = new Set<(r: SimRecord, lock: SimLock) => void>();
  let random = seededRandom(seed);

  const id = (): number => ++nextId;

  const gatewayIsOnline = (g: SimGateway, at = now()): boolean =>
    g.online && !(g.offlineFrom !== undefined && at >= g.offlineFrom && (g.offlineUntil === undefined || at < g.offlineUntil));
  const gatewaysOf = (lockId: number): SimGateway[] => [...gateways.values()].filter((g) => g.locks.has(lockId));

  function addGateway(name: string, online = true): SimGateway {
    const g: SimGateway = {
      gatewayId: id(),
      gatewayName: name,
      gatewayMac: macOf(),
      gatewayVersion: 2,
      networkName: 'FrontDesk-WiFi',
      online,
      locks: new Map(),
    };
    gateways.set(g.gatewayId, g);
    return g;
  }

  function addLock(admin: string, s: SeedLock): SimLock {
    const lockId = id();
    const lock: SimLock = {
      lockId,
      lockName: `S2_${lockId.toString(16)}`,
      lockAlias: s.lockAlias,
      lockMac: macOf(),
      electricQuantity: s.electricQuantity ?? 90,
      featureValue: '6C4CD1F3',
      timezoneRawOffset: s.timezoneRawOffset ?? 0,
      keyboardPwdVersion: 4,
      isFrozen: false,
      remoteEnable: s.remoteEnable ?? true,
      hasOfflineData: true,
      openState: 0,
      admin,
      groupId: 0,
      date: now(),
      noKeyPwd: String(1_000_000 + (lockId % 8_999_999)),
      adminPwd: Buffer.from(hex(4)).toString('base64'),
      aesKeyStr: hex(16).match(/../g)!.join(','),
      lockKey: Buffer.from(hex(8)).toString('base64'),
      lockData: Buffer.from(hex(24)).toString('base64'),
      get hasGateway() {
        return gatewaysOf(lockId).length > 0;
      },
      set hasGateway(v: boolean) {
        if (v && gatewaysOf(lockId).length === 0) addGateway(`Gateway ${s.lockAlias}`).locks.set(lockId, -60);
        if (!v) for (const g of gatewaysOf(lockId)) g.locks.delete(lockId);
      },
      get gatewayOnline() {
        return gatewaysOf(lockId).some((g) => gatewayIsOnline(g));
      },
      set gatewayOnline(v: boolean) {
        for (const g of gatewaysOf(lockId)) {
          g.online = v;
          delete g.offlineFrom;
          delete g.offlineUntil;
        }
      },
    };
    locks.set(lockId, lock);
    if (s.gatewayId !== undefined) gateways.get(s.gatewayId)?.locks.set(lockId, -60);
    else if (s.hasGateway ?? true) addGateway(`Gateway ${s.lockAlias}`, s.gatewayOnline ?? true).locks.set(lockId, -60);
    return lock;
  }

  function addRecord(r: Omit<SimRecord, 'recordId' | 'serverDate' | 'electricQuantity'>): SimRecord {
    const lock = locks.get(r.lockId)!;
    const rec: SimRecord = { ...r, recordId: id(), serverDate: now(), electricQuantity: lock.electricQuantity };
    records.push(rec);
    for (const l of recordListeners) l(rec, lock);
    return rec;
  }

  const state = {
    now,
    accounts,
    locks,
    gateways,
    passcodes,
    cards,
    records,
    ekeys,
    fingerprints,
    groups,
    offlineIssued,
    legacyTokens,
    refreshTokens,
    authCodes,
    settings,
    id,
    random: (): number => random(),
    gatewaysOf,
    gatewayIsOnline,
    addGateway,
    addLock,
    addRecord,
    onRecord(listener: (r: SimRecord, lock: SimLock) => void): () => void {
      recordListeners.add(listener);
      return () => recordListeners.delete(listener);
    },

    reset(): void {
      for (const m of [
        accounts,
        locks,
        gateways,
        passcodes,
        cards,
        offlineIssued,
        legacyTokens,
        refreshTokens,
        authCodes,
        ekeys,
        fingerprints,
        groups,
      ])
        m.clear();
      records.length = 0;
      Object.assign(settings, DEFAULT_SETTINGS);
      nextId = 100_000;
      random = seededRandom(seed);
    },

    addAccount(account: string, passwordMd5: string, extra: Partial<Pick<SimAccount, 'plan' | 'planActive'>> = {}): SimAccount {
      const a: SimAccount = {
        account,
        passwordMd5,
        apiKey: `sk-${hex(16)}`,
        clientId: `cli_${hex(6)}`,
        plan: 'STARTER',
        planActive: true,
        ...extra,
      };
      accounts.set(account, a);
      return a;
    },

    /** §10.5: a new `sk-` key for the same account and client id; the old key dies at once. */
    rotateKey(a: SimAccount): SimAccount {
      a.apiKey = `sk-${hex(16)}`;
      return a;
    },

    issueAuthCode(account: string): string {
      const code = hex(12);
      authCodes.set(code, { account, expiresAt: now() + 10 * 60_000 });
      return code;
    },

    accountByKey(key: string): SimAccount | undefined {
      for (const a of accounts.values()) if (a.apiKey === key) return a;
      return undefined;
    },

    /** A legacy JWT-like token (§3.2) with its refresh token. */
    issueLegacyToken(account: string): { token: string; refreshToken: string; expiresIn: number } {
      const token = `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify({ sub: account, n: hex(4) })).toString('base64url')}.${hex(16)}`;
      const refreshToken = `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify({ rt: account, n: hex(4) })).toString('base64url')}.${hex(16)}`;
      legacyTokens.set(token, { account, expiresAt: now() + settings.legacyTokenTtlSec * 1000 });
      refreshTokens.set(refreshToken, account);
      return { token, refreshToken, expiresIn: settings.legacyTokenTtlSec };
    },

    passcodesOf: (lockId: number): SimPasscode[] => [...passcodes.values()].filter((p) => p.lockId === lockId),
    cardsOf: (lockId: number): SimCard[] =>
      [...cards.values()].filter((c) => c.lockId === lockId && c.inCloud).sort((a, b) => a.cardId - b.cardId),

    /** Schedules a gateway outage at a chosen sim time (fault injection). */
    scheduleGatewayOffline(gatewayId: number, fromMs: number, untilMs?: number): void {
      const g = gateways.get(gatewayId);
      if (!g) throw new Error(`no gateway ${gatewayId}`);
      g.offlineFrom = fromMs;
      if (untilMs === undefined) delete g.offlineUntil;
      else g.offlineUntil = untilMs;
    },

    /** Lock-side truth: what the physical lock does with this card or code at `atMs`. Read-only. */
    canOpen(lockId: number, credential: Credential, atMs: number): boolean {
      const lock = locks.get(lockId);
      if (!lock) return false;
      if ('card' in credential) return evaluateCard([...cards.values()], lockId, credential.card, atMs).ok;
      return evaluatePasscode([...passcodes.values()], lock, credential.passcode, atMs).ok;
    },
  };
  return state;
}
export type SimState = ReturnType<typeof createSimState>;
