import { isIP, isIPv4 } from 'node:net';

/**
 * Which proxies in front of the server are trusted to say who the client is, in the forms
 * Express's `trust proxy` setting takes: how many hops, or the proxies' addresses and subnets.
 */
export type TrustProxy = number | string[];

/** proxy-addr's names for whole ranges, which Express's `trust proxy` accepts in a list. */
const namedRanges = new Set(['loopback', 'linklocal', 'uniquelocal']);

const trustsEveryone =
  'FOYER_TRUST_PROXY must not trust every proxy: Express would then take the left-most X-Forwarded-For address, which the client writes, and anyone could pick their own source and escape every per-source limit. Set the number of proxies in front of the server (e.g. 1), or their addresses (e.g. 10.0.0.1, 192.168.0.0/16, loopback).';

/**
 * FOYER_TRUST_PROXY as Express's `trust proxy` value: `1` (one proxy in front), or
 * `10.0.0.1, 192.168.0.0/16, loopback`. Unset or empty trusts none. `true` and `all` are
 * refused, and so is anything Express would misread, naming the entry it could not read.
 */
export function parseTrustProxy(text: string | undefined): TrustProxy | undefined {
  const value = text?.trim() ?? '';
  if (value === '') return undefined;
  if (/^(true|all|\*|yes|on)$/i.test(value)) throw new Error(trustsEveryone);
  if (/^(false|no|off|none)$/i.test(value)) throw new Error('FOYER_TRUST_PROXY: to trust no proxy, leave FOYER_TRUST_PROXY unset (or set it to 0).');
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    if (entry === '') throw new Error(`FOYER_TRUST_PROXY has an empty entry in "${value}"; separate addresses with single commas.`);
    if (!namedRanges.has(entry) && !isAddressOrSubnet(entry)) {
      throw new Error(
        `FOYER_TRUST_PROXY: "${entry}" is not an IP address, a subnet (10.0.0.0/8), or one of loopback, linklocal, uniquelocal. Give the number of proxies in front of the server, or their addresses separated by commas.`,
      );
    }
  }
  return entries;
}

function isAddressOrSubnet(entry: string): boolean {
  const [address = '', range, extra] = entry.split('/');
  if (extra !== undefined || isIP(address) === 0) return false;
  if (range === undefined) return true;
  if (/^\d+$/.test(range)) return Number(range) <= (isIPv4(address) ? 32 : 128);
  // An IPv4 subnet may be written with its netmask; proxy-addr refuses one with holes in it.
  return isIPv4(address) && isIPv4(range) && isContiguousMask(range);
}

function isContiguousMask(mask: string): boolean {
  const bits = mask.split('.').reduce((n, part) => n * 256 + Number(part), 0);
  const inverted = ~bits >>> 0;
  return (inverted & (inverted + 1)) === 0;
}
