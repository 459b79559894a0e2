import { describe, expect, it } from 'vitest';
import { guessSource } from './source.js';

describe('the source a guess is counted against', () => {
  it('is an IPv4 address as it is', () => {
    expect(guessSource('203.0.113.7')).toBe('203.0.113.7');
    expect(guessSource('203.0.113.8')).not.toBe(guessSource('203.0.113.7'));
  });

  it('is the same for every IPv6 address in one /64, since one host can pick any of them', () => {
    const one = guessSource('2001:db8:1:2:3:4:5:6');
    expect(guessSource('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe(one);
    expect(guessSource('2001:db8:1:2::1')).toBe(one);
    // The same /64 written with leading zeros and capitals.
    expect(guessSource('2001:0DB8:0001:0002::abcd')).toBe(one);
  });

  it('differs between two IPv6 /64s, even neighbouring ones', () => {
    expect(guessSource('2001:db8:1:3::1')).not.toBe(guessSource('2001:db8:1:2::1'));
    expect(guessSource('2001:db8::1')).not.toBe(guessSource('2001:db8:0:1::1'));
  });

  it('is the IPv4 address for an IPv4 address written as IPv6', () => {
    expect(guessSource('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(guessSource('::FFFF:203.0.113.7')).toBe('203.0.113.7');
    // Not folded into one /64 with every other mapped address.
    expect(guessSource('::ffff:203.0.113.8')).not.toBe(guessSource('::ffff:203.0.113.7'));
  });

  it('stays "unknown" where the server could not tell the address', () => {
    expect(guessSource('unknown')).toBe('unknown');
  });
});
