/**
 * RFC 6238 codes (HMAC-SHA-1 over the 30-second step count, six digits), computed in the
 * browser with Web Crypto from a base32 secret: what a person's authenticator app shows.
 * `stepOffset` 1 is the next step's code (the server accepts one step either side).
 */
export async function totp(secretBase32: string, stepOffset = 0, at: Date = new Date()): Promise<string> {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of secretBase32.toUpperCase().replace(/[\s=-]/g, '')) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const key = new Uint8Array((bits.match(/.{8}/g) ?? []).map((byte) => parseInt(byte, 2)));
  const counter = new DataView(new ArrayBuffer(8));
  counter.setBigUint64(0, BigInt(Math.floor(at.getTime() / 30_000) + stepOffset));
  const hmacKey = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', hmacKey, counter.buffer));
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = new DataView(mac.buffer).getUint32(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}
