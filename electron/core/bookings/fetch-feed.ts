import { MAX_IMPORT_BYTES } from '../../../shared/domain/booking-import';
import { msg } from '../../../shared/messages';
import { nodeFetch, type HttpFetch } from '../net/http-fetch';
import { checkFeedAddress, DEFAULT_FEED_ADDRESS_POLICY, type FeedAddressPolicy, type Resolve } from './feed-address';
import { ImportError } from './import-error';

/** Redirects followed, each to an address checked again (feed-address.ts). */
const MAX_REDIRECTS = 5;

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: MAX_IMPORT_BYTES };

/**
 * GETs a feed's ICS with a deadline and a size cap enforced while streaming (a server that lies
 * about Content-Length, or sends forever, is cut off), and turns every failure into a sentence
 * for the feed's status line.
 */
export async function fetchFeedText(
  url: string,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
  httpFetch: HttpFetch = nodeFetch,
  policy: FeedAddressPolicy = DEFAULT_FEED_ADDRESS_POLICY,
  resolve?: Resolve,
): Promise<string> {
  let res: Response;
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let at = url;
  for (let hop = 0; ; hop++) {
    // Every hop's address is checked before it is asked: a redirect must not lead inside.
    await checkFeedAddress(at, policy, resolve);
    try {
      res = await httpFetch(at, { signal, redirect: 'manual', headers: { accept: 'text/calendar, */*;q=0.5' } });
    } catch (e) {
      // The connection's own lookup refused the address (feed-http.ts): that sentence, as is.
      if (e instanceof ImportError) throw e;
      if (signal.aborted) throw new ImportError(msg('bookings.feed.noAnswer', { seconds: Math.round(limits.timeoutMs / 1000) }));
      const cause = e instanceof Error && e.cause instanceof Error ? e.cause.message : e instanceof Error ? e.message : String(e);
      throw new ImportError(msg('bookings.feed.unreachable', { cause }));
    }
    const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
    if (location === null) break;
    await res.body?.cancel();
    if (hop >= MAX_REDIRECTS) throw new ImportError(msg('bookings.feed.tooManyRedirects'));
    at = new URL(location, at).toString();
  }
  if (!res.ok) {
    await res.body?.cancel();
    // The number only: the server's status text is English ("Not Found") and would sit inside a Spanish sentence.
    throw new ImportError(msg('bookings.feed.httpStatus', { status: res.status }));
  }
  const declared = Number(res.headers.get('content-length') ?? NaN);
  const tooBig = (): ImportError => new ImportError(msg('bookings.feed.tooBig', { max: limits.maxBytes / (1024 * 1024) }));
  if (declared > limits.maxBytes) {
    await res.body?.cancel();
    throw tooBig();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const reader = res.body?.getReader();
    for (;;) {
      if (!reader) break;
      // The core is compiled without DOM types, where Node's fetch body reads as untyped chunks.
      const chunk = (await reader.read()) as { done: true; value?: undefined } | { done: false; value: Uint8Array };
      if (chunk.done) break;
      const { value } = chunk;
      total += value.length;
      if (total > limits.maxBytes) {
        await reader.cancel();
        throw tooBig();
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof ImportError) throw e;
    if (signal.aborted) throw new ImportError(msg('bookings.feed.timeout', { seconds: Math.round(limits.timeoutMs / 1000) }));
    throw new ImportError(msg('bookings.feed.brokeOff', { cause: e instanceof Error ? e.message : String(e) }));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ImportError(msg('bookings.feed.notUtf8'));
  }
}
