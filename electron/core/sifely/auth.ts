import { msg } from '../../../shared/messages';
import { createLogger } from '../log';
import { SifelyError } from './errors';
import { md5Hex } from './md5';
import type { Transport } from './transport';

const log = createLogger('sifely-auth');

/**
 * Both authentication generations of §3:
 *  - 'openapi' (default, §3.1): JSON login → long-lived `sk-` key sent raw in `Authorization`;
 *    re-login once on 401; on 402 stop and report (billing) — no call reaches the cloud until the
 *    block has aged or `login()` is called again.
 *  - 'legacy' (§3.2, §3.5): query-parameter login → JWT sent as `Bearer`; refreshed through
 *    `/system/smart/oauthToken` 5 minutes before expiry; a failed refresh falls back to a full login.
 */
export type AuthGeneration = 'openapi' | 'legacy';

export interface AuthOptions {
  generation?: AuthGeneration;
  account: string;
  /** Plaintext password; only its MD5 leaves this process (§3.1, §14 #6). */
  password: string;
  /** Legacy only: the partner `client_id` given by Sifely (§3.2). */
  clientId?: string;
  /** How long a 402 stops all calls before the desk tries again by itself. Default 10 minutes. */
  billingRecheckMs?: number;
}

export interface LoginInfo {
  generation: AuthGeneration;
  clientId?: string;
  plan?: string;
  subscriptionStatus?: string;
  lockNum?: number;
  /** Legacy tokens only. */
  expiresAt?: number;
}

interface Token {
  value: string;
  refreshToken?: string;
  expiresAt: number;
}

const REFRESH_MARGIN_MS = 5 * 60_000;
/** §3.5: clients default a legacy token's lifetime to 3600 or 7200 s when `expires_in` is missing. */
export const DEFAULT_LEGACY_LIFETIME_S = 3600;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const num = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
};
const obj = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {});

/** §3.6: raw for `sk-` keys, `Bearer` for anything else (kumarai's rule). */
export const authorizationFor = (token: string): string => (token.startsWith('sk-') ? token : `Bearer ${token}`);

/** `now` is monotonic: token lifetimes and the billing pause are waits, not dates. */
export function createAuth(transport: Transport, o: AuthOptions, now: () => number) {
  const generation = o.generation ?? 'openapi';
  const billingRecheckMs = o.billingRecheckMs ?? 10 * 60_000;
  let token: Token | null = null;
  let info: LoginInfo | null = null;
  let inFlight: Promise<Token> | null = null;
  let billingBlock: { error: SifelyError; until: number } | null = null;

  const badLogin = (detail: string): SifelyError =>
    new SifelyError('auth', 0, msg('sifely.accountNotAccepted'), detail, { retryable: false });

  async function loginOpenApi(): Promise<Token> {
    const payload = obj(
      await transport({
        method: 'POST',
        path: '/system/smart/login',
        json: { account: o.account, password: md5Hex(o.password) },
        idempotent: true,
        withDate: false,
      }),
    );
    return openApiToken(payload, 'login');
  }

  /** §3.1 / §14 #3: the documented answer is wrapped (already unwrapped by the decoder); production may send it flat. */
  function openApiToken(payload: Record<string, unknown>, what: string): Token {
    const key = str(payload['clientToken']);
    if (!key) throw badLogin(`${what} answered without clientToken`);
    // A roll-token answer may carry fewer fields than the login: keep what is already known.
    info = {
      generation,
      clientId: str(payload['clientId']) ?? info?.clientId,
      plan: str(payload['plan']) ?? info?.plan,
      subscriptionStatus: str(payload['subscriptionStatus']) ?? info?.subscriptionStatus,
      lockNum: num(payload['lockNum']) ?? info?.lockNum,
    };
    return { value: key, expiresAt: Number.POSITIVE_INFINITY };
  }

  async function loginLegacy(): Promise<Token> {
    if (!o.clientId) throw badLogin('legacy login needs the Sifely client_id');
    const payload = obj(
      await transport({
        method: 'POST',
        path: '/system/smart/login',
        query: { client_id: o.clientId, username: o.account, password: md5Hex(o.password) },
        idempotent: true,
        withDate: false,
      }),
    );
    return legacyToken(payload, 'login');
  }

  /**
   * Login answers `token`/`refreshToken` (§3.2); `oauthToken` answers `access_token`/`refresh_token`
   * with `token`/`refreshToken` as the fallback (§3.5, §14 #4). Each call reads its own names first.
   * `expires_in` is seconds as a string or a number (§10.4); when missing, the shorter of the two
   * defaults clients use (3600 s) so the desk refreshes early rather than late.
   */
  function legacyToken(payload: Record<string, unknown>, what: 'login' | 'refresh'): Token {
    const names = what === 'login' ? (['token', 'access_token'] as const) : (['access_token', 'token'] as const);
    const refreshNames = what === 'login' ? (['refreshToken', 'refresh_token'] as const) : (['refresh_token', 'refreshToken'] as const);
    const value = str(payload[names[0]]) ?? str(payload[names[1]]);
    if (!value) throw badLogin(`${what} answered without a token`);
    const seconds = num(payload['expires_in']) ?? DEFAULT_LEGACY_LIFETIME_S;
    const t: Token = {
      value,
      refreshToken: str(payload[refreshNames[0]]) ?? str(payload[refreshNames[1]]),
      expiresAt: now() + seconds * 1000,
    };
    info = { generation, clientId: o.clientId, expiresAt: t.expiresAt };
    return t;
  }

  async function refreshLegacy(current: Token): Promise<Token> {
    if (current.refreshToken && o.clientId) {
      try {
        const payload = obj(
          await transport({
            method: 'POST',
            path: '/system/smart/oauthToken',
            query: { client_id: o.clientId, grant_type: 'refresh_token', refresh_token: current.refreshToken },
            idempotent: true,
            withDate: false,
          }),
        );
        const next = legacyToken(payload, 'refresh');
        next.refreshToken ??= current.refreshToken;
        return next;
      } catch (e) {
        log.warn('token refresh failed; signing in again', e);
      }
    }
    return loginLegacy();
  }

  function obtain(refreshFrom: Token | null): Promise<Token> {
    inFlight ??= (async () => {
      try {
        const t = refreshFrom ? await refreshLegacy(refreshFrom) : generation === 'legacy' ? await loginLegacy() : await loginOpenApi();
        token = t;
        return t;
      } catch (e) {
        noteFailure(e);
        throw e;
      } finally {
        inFlight = null;
      }
    })();
    return inFlight;
  }

  function noteFailure(e: unknown): void {
    if (e instanceof SifelyError && e.kind === 'billing') billingBlock = { error: e, until: now() + billingRecheckMs };
  }

  /**
   * §10.5: `POST /client/roll-token` with the current key issues a new `sk-` key and kills the old
   * one at once. The answer is assumed to carry the login fields (§10.1), wrapped or flat. Never
   * resent: if the answer is lost the old key is dead anyway, so the key is forgotten and the next
   * call signs in again (the login returns the current key).
   */
  async function rollKey(): Promise<LoginInfo> {
    if (generation !== 'openapi')
      throw new SifelyError('invalid', 0, msg('sifely.onlyOpenApiRotates'), 'roll-token needs the Open API generation', {
        retryable: false,
      });
    const current = token ?? (await obtain(null));
    try {
      const payload = obj(
        await transport({
          method: 'POST',
          path: '/client/roll-token',
          authorization: authorizationFor(current.value),
          idempotent: false,
          withDate: false,
        }),
      );
      token = openApiToken(payload, 'roll-token');
      return info!;
    } catch (e) {
      if (e instanceof SifelyError && e.unclear) token = null;
      throw e;
    }
  }

  return {
    generation,
    rollKey,
    /** The `Authorization` value for the next `/v3` call, logging in or refreshing as needed. */
    async authorization(): Promise<string> {
      if (billingBlock && now() < billingBlock.until) throw billingBlock.error;
      let t = token;
      if (!t) t = await obtain(null);
      else if (t.expiresAt - REFRESH_MARGIN_MS <= now()) t = await obtain(t);
      return authorizationFor(t.value);
    },
    /** The credential was refused (HTTP 401 / body 401 / 10003/10004): forget it. */
    invalidate(rejected: string): void {
      if (token && authorizationFor(token.value) === rejected) token = null;
    },
    noteFailure,
    /** Explicit sign-in (setup wizard, or after the manager fixed the plan): clears a billing stop. */
    async login(): Promise<LoginInfo> {
      billingBlock = null;
      token = null;
      await obtain(null);
      return info!;
    },
    info: (): LoginInfo | null => info,
  };
}
export type SifelyAuth = ReturnType<typeof createAuth>;
