import type { HttpFetch } from '../core/net/http-fetch';

/**
 * Electron's `net.fetch` (Chromium's network stack: the Windows proxy settings, PAC/WPAD, proxy
 * authentication and the Windows certificate store) as the core's HttpFetch. No 'electron' import:
 * index.ts passes `net.fetch` in, Vitest passes a fake.
 *
 * One difference matters to the core: Node's fetch fails with `TypeError('fetch failed')` whose
 * `cause.code` is an errno (ECONNREFUSED…), and the Sifely transport reads that code to know a
 * write certainly did not leave this PC (then it may be resent; otherwise the outbox looks on the
 * lock first). net.fetch fails with `Error('net::ERR_CONNECTION_REFUSED')` instead. The errors
 * that prove nothing was sent are translated to the errno the transport knows; every other
 * net:: error keeps its own name as the code, which the transport treats as "may have been sent"
 * (the safe side). Aborts and time-outs pass through untouched (their `name` is what counts).
 */
const NOT_SENT_NET_ERRORS: Readonly<Record<string, string>> = {
  ERR_CONNECTION_REFUSED: 'ECONNREFUSED',
  ERR_NAME_NOT_RESOLVED: 'ENOTFOUND',
  ERR_NAME_RESOLUTION_FAILED: 'EAI_AGAIN',
  ERR_INTERNET_DISCONNECTED: 'ENETUNREACH',
  ERR_ADDRESS_UNREACHABLE: 'EHOSTUNREACH',
  // The proxy itself refused or could not be reached: the request never got to Sifely.
  ERR_PROXY_CONNECTION_FAILED: 'ECONNREFUSED',
  ERR_TUNNEL_CONNECTION_FAILED: 'ECONNREFUSED',
};

export function asNodeFetchError(e: unknown): unknown {
  if (!(e instanceof Error) || e.name === 'AbortError' || e.name === 'TimeoutError') return e;
  const net = /net::(ERR_[A-Z0-9_]+)/.exec(e.message)?.[1];
  if (!net) return e;
  const cause = Object.assign(new Error(e.message), { code: NOT_SENT_NET_ERRORS[net] ?? net });
  return new TypeError('fetch failed', { cause });
}

export function electronHttpFetch(netFetch: (input: string, init?: RequestInit) => Promise<Response>): HttpFetch {
  return async (input, init) => {
    try {
      return await netFetch(input, init);
    } catch (e) {
      throw asNodeFetchError(e);
    }
  };
}
