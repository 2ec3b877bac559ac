import { createLogger } from '../log';
import { decodeSifelyResponse } from './envelope';
import { SifelyError } from './errors';
import { md5Hex } from './md5';
import type { AddCardParams, CardInfo, LockListItem, Page } from './types';

const log = createLogger('sifely');

export const SIFELY_PRODUCTION_URL = 'https://cus-openapi.sifely.com';

export interface SifelyClientOptions {
  /** Default: the current Open API production host (§2). */
  baseUrl?: string;
  account: string;
  /** Plaintext password; only its MD5 leaves this process (§3.1). */
  password: string;
  timeoutMs?: number;
}

type Params = Record<string, string | number | undefined>;

/**
 * The desk's conversation with the Sifely cloud (Open API key generation, §3.1). Parameters
 * travel in the query string for GET and POST alike, with no body (§4), and every attempt carries
 * a fresh `date` (§4: a stale one is refused).
 */
export function createSifelyClient(options: SifelyClientOptions) {
  const baseUrl = (options.baseUrl ?? SIFELY_PRODUCTION_URL).replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;
  let apiKey: string | null = null;

  async function send(method: 'GET' | 'POST', path: string, init: RequestInit & { query?: Params }): Promise<unknown> {
    const url = new URL(baseUrl + path);
    for (const [k, v] of Object.entries(init.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    let res: Response;
    try {
      res = await fetch(url, { ...init, method, signal: AbortSignal.timeout(timeoutMs) });
    } catch (e) {
      const timedOut = e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');
      throw timedOut
        ? new SifelyError('timeout', 0, 'The lock cloud did not answer in time.', `${method} ${path}`)
        : new SifelyError('network', 0, 'The lock cloud cannot be reached. Check the internet connection.', String(e));
    }
    const decoded = decodeSifelyResponse(res.status, await res.text());
    if (!decoded.ok) {
      log.warn(`${method} ${path} failed`, { kind: decoded.error.kind, code: decoded.error.code, detail: decoded.error.detail });
      throw decoded.error;
    }
    return decoded.payload;
  }

  async function login(): Promise<string> {
    const payload = await send('POST', '/system/smart/login', {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ account: options.account, password: md5Hex(options.password) }),
    });
    const token = (payload as { clientToken?: unknown } | null)?.clientToken;
    if (typeof token !== 'string' || token.length === 0)
      throw new SifelyError('auth', 0, 'The Sifely account was not accepted.', 'login answered without clientToken');
    apiKey = token;
    return token;
  }

  /** A `/v3` call with the raw `sk-` key (§3.6); re-login once on 401 (§3.7). */
  async function call(method: 'GET' | 'POST', path: string, params: Params): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      const key = apiKey ?? (await login());
      try {
        return await send(method, path, { headers: { Authorization: key }, query: { ...params, date: Date.now() } });
      } catch (e) {
        if (attempt === 0 && e instanceof SifelyError && e.kind === 'auth') {
          apiKey = null;
          continue;
        }
        throw e;
      }
    }
  }

  return {
    login,

    async listLocks(pageNo = 1, pageSize = 100): Promise<Page<LockListItem>> {
      return (await call('POST', '/v3/lock/list', { pageNo, pageSize })) as Page<LockListItem>;
    },

    async listCards(lockId: number, pageNo = 1, pageSize = 100): Promise<Page<CardInfo>> {
      return (await call('GET', '/v3/identityCard/list', { lockId, pageNo, pageSize })) as Page<CardInfo>;
    },

    /** Assigns a card through the gateway (`addType` 2) so the lock itself learns it (§10.25). */
    async addCard(p: AddCardParams): Promise<{ cardId: number }> {
      const payload = (await call('POST', '/v3/identityCard/add', { ...p, addType: 2 })) as { cardId?: unknown };
      if (typeof payload.cardId !== 'number') throw new SifelyError('unknown', 0, 'The lock cloud gave no card id.', JSON.stringify(payload));
      return { cardId: payload.cardId };
    },

    /** Deletes a card on the lock through the gateway (`deleteType` 2, §10.26). */
    async deleteCard(lockId: number, cardId: number): Promise<void> {
      await call('POST', '/v3/identityCard/delete', { lockId, cardId, deleteType: 2 });
    },
  };
}
export type SifelyClient = ReturnType<typeof createSifelyClient>;
