/* Ingest read: which resolved addresses a URL fetch may connect to — public unicast only (no SSRF). */

import ipaddr from 'ipaddr.js';

/** IPv6 global unicast; anything outside it (IPv4-compatible ::/96, unassigned space) is not a public host. */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/**
 * Why `address` (an IP literal, as dns.lookup returns it) must not be fetched, or null when it may.
 * IPv4-mapped IPv6 (`::ffff:127.0.0.1`) is judged as the IPv4 address it wraps; every range ipaddr.js
 * does not call 'unicast' is refused: loopback, private, link-local (169.254.169.254, the cloud
 * metadata address, included), unique-local, carrier-grade NAT, unspecified, broadcast, multicast,
 * reserved, documentation, 6to4/Teredo/NAT64 (they can wrap a private IPv4).
 */
export function refusedAddressReason(address: string): string | null {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
  } catch {
    return `${address} is not an IP address`;
  }
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const range = parsed.range();
  if (range !== 'unicast') return `${address} is a ${describeRange(range)} address`;
  if (parsed.kind() === 'ipv6' && !parsed.match(GLOBAL_UNICAST_V6)) return `${address} is not a global unicast IPv6 address`;
  return null;
}

function describeRange(range: string): string {
  const names: Record<string, string> = {
    loopback: 'loopback',
    private: 'private',
    linkLocal: 'link-local (or cloud metadata)',
    uniqueLocal: 'unique-local',
    carrierGradeNat: 'carrier-grade NAT',
    unspecified: 'unspecified',
    multicast: 'multicast',
    broadcast: 'broadcast',
    reserved: 'reserved',
  };
  return names[range] ?? `non-public (${range})`;
}
