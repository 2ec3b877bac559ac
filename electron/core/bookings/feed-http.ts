import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import type { HttpFetch } from '../net/http-fetch';
import { addressAllowed, dnsResolve, policyHost, refusedAddress, type FeedAddressPolicy, type Resolve } from './feed-address';

/**
 * The connection's own name lookup, judged by the feed address policy: the address that is
 * checked is the address that is connected to. Checking a name first and letting the HTTP client
 * resolve it again leaves a gap a DNS server can use (DNS rebinding: a public address for the
 * check, 127.0.0.1 a moment later for the request). Here the one lookup answers both, at every
 * redirect hop (each hop is a new request through this client), and one address inside refuses
 * the whole answer.
 */
export function policyLookup(policy: () => FeedAddressPolicy, resolve: Resolve): LookupFunction {
  return (hostname, options, callback) => {
    const host = policyHost(hostname);
    resolve(host).then(
      (addresses) => {
        if (addresses.length === 0 || addresses.some((a) => !addressAllowed(a, host, policy())))
          return callback(refusedAddress(host), '', 4);
        const all = addresses.map((address) => ({ address, family: isIP(address) === 6 ? 6 : 4 }));
        const wanted = options.family === 6 || options.family === 4 ? all.filter((a) => a.family === options.family) : all;
        if (wanted.length === 0)
          return callback(Object.assign(new Error(`no IPv${options.family} address for ${host}`), { code: 'ENOTFOUND' }), '', 4);
        if (options.all) return callback(null, wanted);
        callback(null, wanted[0]!.address, wanted[0]!.family);
      },
      (e: unknown) => callback(e instanceof Error ? e : new Error(String(e)), '', 4),
    );
  };
}

/** Statuses whose response has no body (the Response constructor refuses one). */
const NO_BODY = new Set([204, 205, 304]);

/**
 * A GET over Node's own http/https with the policy's lookup (no connection pooling: a kept-alive
 * socket would skip the lookup). Feeds are fetched with this in every shell, not with Chromium's
 * net.fetch: Chromium resolves names itself, where no policy can be pinned. An IP address in the
 * URL is never looked up; checkFeedAddress judges it before the request.
 */
export function policyHttpFetch(policy: () => FeedAddressPolicy, resolve: Resolve = dnsResolve): HttpFetch {
  const lookup = policyLookup(policy, resolve);
  return (input, init) =>
    new Promise<Response>((done, fail) => {
      const url = new URL(input);
      const client = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : null;
      if (!client) return fail(new TypeError(`unsupported protocol ${url.protocol}`));
      const headers = Object.fromEntries(new Headers(init?.headers).entries());
      const req = client.request(
        url,
        { method: 'GET', headers, agent: false, lookup, ...(init?.signal ? { signal: init.signal } : {}) },
        (res) => {
          const status = res.statusCode ?? 0;
          const h = new Headers();
          for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) h.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
          try {
            if (NO_BODY.has(status)) {
              res.resume();
              done(new Response(null, { status, headers: h }));
            } else done(new Response(Readable.toWeb(res) as ReadableStream<Uint8Array>, { status, headers: h }));
          } catch (e) {
            res.destroy();
            fail(e instanceof Error ? e : new Error(String(e)));
          }
        },
      );
      req.on('error', fail);
      req.end();
    });
}
