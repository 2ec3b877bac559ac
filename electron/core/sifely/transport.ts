import { msg } from '../../../shared/messages';
import { backoffDelayMs } from '../time/backoff';
import { createLogger } from '../log';
import type { HttpFetch } from '../net/http-fetch';
import { decodeSifelyResponse } from './envelope';
import { SifelyError } from './errors';
import type { DeskTime } from '../time/desk-time';
import type { Limiter, Priority } from './limiter';

const log = createLogger('sifely');

export type Params = Record<string, string | number | undefined>;

export interface CallOptions {
  /** 'interactive' (a clerk is waiting, default), 'prompt' (revocations) or 'background' (sweeps, verification). */
  priority?: Priority;
  /** Per-call timeout; default the client's. */
  timeoutMs?: number;
}

export interface RequestSpec extends CallOptions {
  method: 'GET' | 'POST';
  path: string;
  query?: Params;
  /** JSON body: only the Open API login uses one (§4). */
  json?: unknown;
  authorization?: string;
  /**
   * Safe to repeat: reads, logins. A non-idempotent write is never resent after an unclear
   * failure; the error carries `unclear: true` so the outbox looks on the lock first.
   */
  idempotent: boolean;
  /** Add a fresh `date` (epoch ms) to every attempt (§4). */
  withDate: boolean;
}

export interface RetryPolicy {
  /** Attempts for idempotent calls on network/timeout/5xx/busy failures. Default 2: one retry (§5, §15.3). */
  readAttempts: number;
  /** Extra attempts for a write refused as "gateway busy" (-3003), a clear refusal (§10.16). Default 1. */
  busyRetries: number;
  /** Delay before retrying a busy gateway. Default 2000 ms. */
  busyDelayMs: number;
  /** Attempts after HTTP 429 (the request was refused, so writes too). Default 4. */
  throttleAttempts: number;
  /** First back-off step; doubled per attempt, capped at `backoffMaxMs`. Default 750 ms (§5: one retry after ~750 ms). */
  backoffBaseMs: number;
  backoffMaxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  readAttempts: 2,
  busyRetries: 1,
  busyDelayMs: 2000,
  throttleAttempts: 4,
  backoffBaseMs: 750,
  backoffMaxMs: 16_000,
};

export interface TransportOptions {
  baseUrl: string;
  timeoutMs: number;
  limiter: Limiter;
  retry: RetryPolicy;
  /** `date` comes from its now(); each answer's `Date` header teaches it the cloud's time. */
  time: DeskTime;
  /** The shell's HTTP client (net/http-fetch.ts). */
  fetch: HttpFetch;
}

export type Transport = (spec: RequestSpec) => Promise<unknown>;

/** Errors raised before the request left this machine: it certainly did not happen. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ERR_INVALID_URL']);

/** "`date` must be within 5 minutes of server time" (§4, §13). */
const CLOCK_REFUSED = 80000;

function causeCode(e: unknown): string {
  const cause = (e as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' ? cause.code : '';
}

export function createTransport(o: TransportOptions): Transport {
  const backoff = (retry: number): number => backoffDelayMs(retry, { baseMs: o.retry.backoffBaseMs, capMs: o.retry.backoffMaxMs });
  const { time } = o;
  const sleep = time.sleep;
  /**
   * The cloud refused our `date` (80000) and its answers carry no `Date` header to correct it by:
   * `date` is optional (§4), so it is left out until an answer tells the cloud's time.
   */
  let dateUnknown = false;

  /** Every answer's `Date` header is the cloud's clock: the desk learns its PC's offset from it. */
  function learnTime(dateHeader: string | null, sentAt: number, answeredAt: number): boolean {
    const at = dateHeader ? Date.parse(dateHeader) : NaN;
    if (Number.isNaN(at)) return false;
    time.observeCloud(at, sentAt, answeredAt);
    dateUnknown = false;
    return true;
  }

  async function attempt(spec: RequestSpec): Promise<unknown> {
    const url = o.baseUrl + spec.path + queryString({ ...spec.query, ...(spec.withDate && !dateUnknown ? { date: time.now() } : {}) });
    const headers: Record<string, string> = {};
    if (spec.authorization) headers['Authorization'] = spec.authorization;
    if (spec.json !== undefined) headers['Content-Type'] = 'application/json';
    const what = `${spec.method} ${spec.path}`;
    const timeoutMs = spec.timeoutMs ?? o.timeoutMs;
    let status: number;
    let text: string;
    let retryAfter: string | null;
    let learned: boolean;
    const sentAt = time.monotonic();
    try {
      const res = await o.fetch(url, {
        method: spec.method,
        headers,
        body: spec.json === undefined ? undefined : JSON.stringify(spec.json),
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = res.status;
      learned = learnTime(res.headers.get('date'), sentAt, time.monotonic());
      retryAfter = res.headers.get('retry-after');
      text = await res.text();
    } catch (e) {
      const timedOut = e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');
      if (timedOut)
        throw new SifelyError('timeout', 0, msg('sifely.timeout'), `${what} after ${timeoutMs} ms`, { unclear: !spec.idempotent });
      const code = causeCode(e);
      throw new SifelyError('network', 0, msg('sifely.unreachable'), `${what}: ${code || String(e)}`, {
        unclear: !spec.idempotent && !NOT_SENT.has(code),
      });
    }
    const decoded = decodeSifelyResponse(status, text);
    if (decoded.ok) return decoded.payload;
    let error = decoded.error;
    if (error.code === CLOCK_REFUSED && !learned) dateUnknown = true;
    if (error.kind === 'throttled' && retryAfter) error.retryAfterMs = parseRetryAfter(retryAfter, time.cloudNow() ?? time.now());
    // A write answered with a transient 5xx may have been carried out upstream.
    if (!spec.idempotent && status >= 500 && error.retryable) error = error.asUnclear();
    throw error;
  }

  return async function request(spec) {
    const priority = spec.priority ?? 'interactive';
    let failures = 0;
    let throttles = 0;
    let busy = 0;
    let clockRetried = false;
    for (;;) {
      await o.limiter.acquire(priority);
      try {
        return await attempt(spec);
      } catch (e) {
        if (!(e instanceof SifelyError)) throw e;
        const what = `${spec.method} ${spec.path}`;
        if (e.kind === 'throttled' && e.code === 429 && ++throttles < o.retry.throttleAttempts) {
          const wait = e.retryAfterMs ?? backoff(throttles);
          log.warn(`${what}: throttled (429), backing off ${wait} ms`);
          o.limiter.pauseUntil(time.monotonic() + wait);
          continue;
        }
        // A refused `date` (80000) means nothing was done, so even a write is safe to send once
        // more: its answer has corrected the desk's time, or the next attempt leaves `date` out.
        if (e.code === CLOCK_REFUSED && spec.withDate && !clockRetried) {
          clockRetried = true;
          log.warn(`${what}: the cloud refused our clock (80000); sending again on the cloud's time`);
          continue;
        }
        if (spec.idempotent && e.retryable && ++failures < o.retry.readAttempts) {
          const wait = e.kind === 'gateway-busy' ? o.retry.busyDelayMs : backoff(failures);
          log.warn(`${what}: ${e.kind} (${e.code}), retrying in ${wait} ms`);
          await sleep(wait);
          continue;
        }
        if (!spec.idempotent && e.kind === 'gateway-busy' && !e.unclear && busy++ < o.retry.busyRetries) {
          log.warn(`${what}: gateway busy, retrying in ${o.retry.busyDelayMs} ms`);
          await sleep(o.retry.busyDelayMs);
          continue;
        }
        log.warn(`${what} failed`, { kind: e.kind, code: e.code, unclear: e.unclear, detail: e.detail });
        throw e;
      }
    }
  };
}

/**
 * Every parameter in the query string (§4), percent-encoded with `encodeURIComponent` so a space
 * is `%20` (never `+`) and `#`, `&`, accents survive any server's decoder.
 */
export function queryString(params: Params): string {
  const parts = Object.entries(params)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/** An HTTP date in Retry-After is the cloud's clock, so it is measured against the cloud's time. */
function parseRetryAfter(v: string, cloudNowMs: number): number | undefined {
  const s = Number(v);
  if (Number.isFinite(s)) return Math.max(0, s * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - cloudNowMs);
}

/** A thrown error that is not a SifelyError (a bug) is reported as such rather than swallowed. */
export const unexpected = (what: string, payload: unknown): SifelyError =>
  new SifelyError('unknown', 0, msg('sifely.answerNotUnderstood'), `${what}: ${JSON.stringify(payload)?.slice(0, 300)}`);
