/* The SSRF address rule as a pure function over resolved addresses (nothing is connected to). */

import { describe, expect, it } from 'vitest';
import { refusedAddressReason } from './address-rule.js';

describe('refusedAddressReason', () => {
  it.each([
    ['10.0.0.1', /private/],
    ['172.16.0.1', /private/],
    ['192.168.1.1', /private/],
    ['169.254.169.254', /link-local/],
    ['127.0.0.1', /loopback/],
    ['::1', /loopback/],
    ['fd00::1', /unique-local/],
    ['fd00:ec2::254', /unique-local/],
    ['fe80::1', /link-local/],
    ['0.0.0.0', /unspecified/],
    ['::', /unspecified/],
    ['100.64.0.1', /carrier-grade NAT/],
    ['224.0.0.1', /multicast/],
    ['ff02::1', /multicast/],
    ['255.255.255.255', /broadcast/],
    ['192.0.2.1', /reserved/],
    ['2002:a00:1::', /non-public/],
    ['::7f00:1', /not a global unicast/],
  ])('when the host resolves to %s, then it is refused', (address, why) => {
    expect(refusedAddressReason(address)).toMatch(why);
  });

  it('when an IPv4-mapped IPv6 address wraps a refused IPv4 address, then it is refused as that address', () => {
    expect(refusedAddressReason('::ffff:127.0.0.1')).toMatch(/loopback/);
    expect(refusedAddressReason('::ffff:10.1.2.3')).toMatch(/private/);
    expect(refusedAddressReason('::ffff:169.254.169.254')).toMatch(/link-local/);
  });

  it('when the address is public unicast, then it is allowed', () => {
    expect(refusedAddressReason('93.184.216.34')).toBeNull();
    expect(refusedAddressReason('2606:4700::1')).toBeNull();
    expect(refusedAddressReason('::ffff:93.184.216.34')).toBeNull();
  });

  it('when the text is not an address, then it is refused', () => {
    expect(refusedAddressReason('example.com')).toMatch(/not an IP address/);
  });
});
