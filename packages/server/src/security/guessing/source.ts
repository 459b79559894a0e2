import { isIPv6 } from 'node:net';

/**
 * The source a guess is counted against. One IPv6 host usually holds a whole /64 and can
 * choose any address in it, so IPv6 sources are counted by their /64; an IPv4 address written
 * as IPv6 (`::ffff:203.0.113.7`) is the IPv4 address.
 */
export function guessSource(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const middle = address.includes('::') ? Array(8 - left.length - right.length).fill('0') : [];
  return [...left, ...middle, ...right].map((part) => part.toLowerCase().replace(/^0+(?=.)/, ''));
}
