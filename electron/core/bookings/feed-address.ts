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
  /** Host names (as written in the URL, case-insensitive) allowed to be on the LAN or loopback (DeskConfig.feedAllowHosts: tests, the demo). */
  allowHosts: readonly string[];
  /** The one LAN host a manager allowed in setup (DeskSettings.feedLanHost): the LAN, never this PC's loopback. */
  lanHost?: string | null;
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

/** This PC's own services: refused unless the host is allowed by name in DeskConfig. */
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** Not on the internet: refused unless the host is allowed by name (the manager's LAN host too). */
const PRIVATE = new BlockList();
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
export const dnsResolve: Resolve = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** The bare host of a URL as the policy names hosts: lower case, without IPv6 brackets. */
export const policyHost = (hostname: string): string => hostname.replace(/^\[|\]$/g, '').toLowerCase();

/** Whether `host` (policyHost) may be fetched from `address`, one of the addresses it resolved to. */
export function addressAllowed(address: string, host: string, policy: FeedAddressPolicy): boolean {
  const a = unmapped(address);
  const f = family(a);
  if (NEVER.check(a, f)) return false;
  if (policy.allowHosts.some((h) => h.toLowerCase() === host)) return true;
  if (LOOPBACK.check(a, f)) return false;
  if (!PRIVATE.check(a, f)) return true;
  return !!policy.lanHost && policy.lanHost.toLowerCase() === host;
}

export const refusedAddress = (host: string): ImportError => new ImportError(msg('bookings.feed.refusedAddress', { host }));

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
  const host = policyHost(u.hostname);
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch {
    // This PC cannot resolve the name: nothing to judge yet. The connection itself resolves it
    // again through the same policy (feed-http.ts) and fails there if it still cannot.
    return;
  }
  for (const a of addresses) if (!addressAllowed(a, host, policy)) throw refusedAddress(host);
}
