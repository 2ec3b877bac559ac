import { msg } from '../../../shared/messages';
import { cardEndpoints } from './api/cards';
import type { Call } from './api/call';
import { gatewayEndpoints } from './api/gateways';
import { lockEndpoints } from './api/locks';
import { passcodeEndpoints } from './api/passcodes';
import { recordEndpoints } from './api/records';
import { createAuth, type AuthGeneration } from './auth';
import { isStaleCredential } from './error-codes';
import { isSifelyError, SifelyError } from './errors';
import { createLimiter, type LimiterSettings } from './limiter';
import type { DeskTime } from '../time/desk-time';
import { nodeFetch, type HttpFetch } from '../net/http-fetch';
import { createTransport, DEFAULT_RETRY, type RetryPolicy } from './transport';

export const SIFELY_PRODUCTION_URL = 'https://cus-openapi.sifely.com';
export const SIFELY_LEGACY_URL = 'https://app-smart-server.sifely.com';

export interface SifelyClientOptions {
  /** A setting; default the current Open API production host (§2). */
  baseUrl?: string;
  account: string;
  /** Plaintext password; only its MD5 leaves this process (§3.1). */
  password: string;
  /** 'openapi' (default, `sk-` key) or 'legacy' (JWT + Bearer + refresh, §3.2). */
  generation?: AuthGeneration;
  /** Legacy only: the partner client_id. */
  clientId?: string;
  /** Per-attempt timeout. Default 15 s. */
  timeoutMs?: number;
  /** Client-side rate limit (§8). Default 25/min, burst 5 (never more than 30 in any minute), 2 tokens kept for interactive calls. */
  rateLimit?: LimiterSettings;
  retry?: Partial<RetryPolicy>;
  /**
   * The desk's time: the `date` parameter carries its `now()` (cloud time when the PC's clock is
   * off), every answer's `Date` header teaches it the cloud's time, and token expiry and the rate
   * limiter run on its monotonic clock.
   */
  time: DeskTime;
  /** The shell's HTTP client: Electron's net.fetch in the app; default Node's fetch (tests, preview). */
  fetch?: HttpFetch;
}

/**
 * The desk's conversation with the Sifely cloud. Parameters travel in the query string for GET
 * and POST alike (§4); every attempt carries a fresh `date`; answers of any of the three shapes
 * decode into typed results or a typed SifelyError (§5).
 */
export function createSifelyClient(options: SifelyClientOptions) {
  const { time } = options;
  const generation = options.generation ?? 'openapi';
  const baseUrl = (options.baseUrl ?? (generation === 'legacy' ? SIFELY_LEGACY_URL : SIFELY_PRODUCTION_URL)).replace(/\/+$/, '');
  // §2, §14 #2: dev-alexa is the docs' "test-envirement" that proxies to production and times out on writes.
  if (/^https?:\/\/dev-alexa\.sifely\.com(\/|:|$)/i.test(baseUrl))
    throw new SifelyError('invalid', 0, msg('sifely.testHost'), baseUrl, { retryable: false });
  const limiter = createLimiter({ now: time.monotonic, after: time.after, ...options.rateLimit });
  const transport = createTransport({
    baseUrl,
    timeoutMs: options.timeoutMs ?? 15_000,
    limiter,
    retry: { ...DEFAULT_RETRY, ...options.retry },
    time,
    fetch: options.fetch ?? nodeFetch,
  });
  const auth = createAuth(
    transport,
    { generation, account: options.account, password: options.password, clientId: options.clientId },
    time.monotonic,
  );

  const call: Call = async (method, path, params, kind, opts) => {
    for (let attempt = 0; ; attempt++) {
      const authorization = await auth.authorization();
      try {
        return await transport({ method, path, query: params, authorization, idempotent: kind === 'read', withDate: true, ...opts });
      } catch (e) {
        // A refused credential means the request was not carried out: safe to repeat once, even a write.
        if (attempt === 0 && isSifelyError(e) && isStaleCredential(e)) {
          auth.invalidate(authorization);
          continue;
        }
        auth.noteFailure(e);
        throw e;
      }
    }
  };

  return {
    baseUrl,
    /** Explicit sign-in (setup wizard); also clears a billing stop after the plan was fixed. */
    login: () => auth.login(),
    loginInfo: () => auth.info(),
    /** Rotate the Open API key (§10.5): the old key stops working at once. */
    rollApiKey: () => auth.rollKey(),
    limiterStats: () => limiter.stats(),
    ...lockEndpoints(call),
    ...gatewayEndpoints(call),
    ...passcodeEndpoints(call),
    ...cardEndpoints(call),
    ...recordEndpoints(call),
  };
}
export type SifelyClient = ReturnType<typeof createSifelyClient>;
