import { describe, expect, it } from 'vitest';
import { parseTrustProxy } from './trust-proxy.js';

describe('FOYER_TRUST_PROXY', () => {
  it('trusts no proxy when unset or empty', () => {
    expect(parseTrustProxy(undefined)).toBeUndefined();
    expect(parseTrustProxy('')).toBeUndefined();
    expect(parseTrustProxy('  ')).toBeUndefined();
  });

  it('reads a number as that many proxies in front of the server', () => {
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy(' 2 ')).toBe(2);
    expect(parseTrustProxy('0')).toBe(0);
  });

  it('reads a comma-separated list of addresses, subnets and named ranges', () => {
    expect(parseTrustProxy('10.0.0.1, 192.168.0.0/16')).toEqual(['10.0.0.1', '192.168.0.0/16']);
    expect(parseTrustProxy('loopback,uniquelocal , linklocal')).toEqual(['loopback', 'uniquelocal', 'linklocal']);
    expect(parseTrustProxy('fd00::/8, ::1, 10.0.0.0/255.0.0.0')).toEqual(['fd00::/8', '::1', '10.0.0.0/255.0.0.0']);
  });

  it('refuses to trust every proxy, saying why', () => {
    for (const all of ['true', 'TRUE', 'all', '*', 'yes']) {
      expect(() => parseTrustProxy(all), all).toThrow(/left-most X-Forwarded-For address.*the client writes/);
    }
  });

  it('refuses what is neither a count nor a list of addresses, naming the part it could not read', () => {
    expect(() => parseTrustProxy('proxy.example')).toThrow(/"proxy\.example" is not an IP address/);
    expect(() => parseTrustProxy('10.0.0.1, nonsense')).toThrow(/"nonsense"/);
    expect(() => parseTrustProxy('10.0.0.0/33')).toThrow(/"10\.0\.0\.0\/33"/);
    expect(() => parseTrustProxy('10.0.0.0/255.0.255.0')).toThrow(/"10\.0\.0\.0\/255\.0\.255\.0"/);
    expect(() => parseTrustProxy('-1')).toThrow(/"-1"/);
    expect(() => parseTrustProxy('1.5')).toThrow(/"1\.5"/);
    expect(() => parseTrustProxy('false')).toThrow(/leave FOYER_TRUST_PROXY unset/);
    expect(() => parseTrustProxy('10.0.0.1,,10.0.0.2')).toThrow(/empty entry/);
  });
});
