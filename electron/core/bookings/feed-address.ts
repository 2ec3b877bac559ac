import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { msg } from '../../../shared/messages';
import { ImportError } from './import-error';

/**
 * Where a booking feed may point. A feed URL is typed by staff and followed by the desk, so it
 * must not become a way into the PC's own services (loopback), the cloud metadata service
 * (169.254.169.254) or the hotel's LAN admin pages: those addresses are refused, checked on the
 * address the name resolves to, and again at every redirect. A manager may allow LAN hosts by name
 * (a NAS with the property's calendar); tests and the demo allow 127.0.0.1 the same way.
 */
export interface FeedAddressPolicy {
  /** Host names (as written in the URL, case-insensitive) allowed to be on the LAN or loopback. */
  allowHosts: readonly string[];
}

export const DEFAULT_FEED_ADDRESS_POLICY: FeedAddressPolicy = { allowHosts: [] };

/** Never, whoever allows it: link-local and the clouds' metadata services. */
const NEVER = new BlockList();
NEVER.addSubnet('169.254.0.0', 16, 'ipv4');
NEVER.addSubnet('fe80::', 10, 'ipv6');
NEVER.addAddress('100.100.100.200', 'ipv4'); // Alibaba Cloud metadata
NEVER.addAddress('fd00:ec2::254', 'ipv6'); // AWS metadata over IPv6
NEVER.addSubnet('0.0.0.0', 8, 'ipv4');
NEVER.addAddress('::', 'ipv6');

/** Not on the internet: refused unless the host is allowed by name. */
const PRIVATE = new BlockList();
PRIVATE.addSubnet('127.0.0.0', 8, 'ipv4');
PRIVATE.addAddress('::1', 'ipv6');
PRIVATE.addSubnet('10.0.0.0', 8, 'ipv4');
PRIVATE.addSubnet('172.16.0.0', 12, 'ipv4');
PRIVATE.addSubnet('192.168.0.0', 16, 'ipv4');
PRIVATE.addSubnet('100.64.0.0', 10, 'ipv4');
PRIVATE.addSubnet('fc00::', 7, 'ipv6');

function family(address: string): 'ipv4' | 'ipv6' {
  return isIP(address) === 6 ? 'ipv6' : 'ipv4';
}

/** An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged as the IPv4 address it is. */
function unmapped(address: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return m ? m[1]! : address;
}

export type Resolve = (host: string) => Promise<string[]>;
const dnsResolve: Resolve = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/**
 * Throws an ImportError (a sentence for the feed's status line) unless `url` is http(s) and every
 * address its host resolves to may be fetched under `policy`.
 */
export async function checkFeedAddress(url: string, policy: FeedAddressPolicy, resolve: Resolve = dnsResolve): Promise<void> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ImportError(msg('bookings.feed.badAddress'));
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new ImportError(msg('bookings.feed.badAddress'));
  const host = u.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const allowed = policy.allowHosts.some((h) => h.toLowerCase() === host);
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch {
    // This PC cannot resolve the name itself: behind a hotel's proxy only the proxy can, and
    // the request then leaves through it. The HTTP client says why if it fails too.
    return;
  }
  for (const raw of addresses) {
    const a = unmapped(raw);
    const f = family(a);
    if (NEVER.check(a, f) || (!allowed && PRIVATE.check(a, f))) throw new ImportError(msg('bookings.feed.refusedAddress', { host }));
  }
}
