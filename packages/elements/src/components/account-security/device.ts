import { msg, str } from '@lit/localize';

/** Browsers by a mark in their user-agent string, most specific first (Edge and Opera also say Chrome). */
const browsers: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bEdg(A|iOS)?\//, 'Edge'],
  [/\b(OPR|Opera)\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\b(Firefox|FxiOS)\//, 'Firefox'],
  [/(Chrome|CriOS)\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
];

const systems: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bWindows\b/, 'Windows'],
  [/\bAndroid\b/, 'Android'],
  [/\biPad\b/, 'iPadOS'],
  [/\b(iPhone|iPod)\b/, 'iOS'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
];

/**
 * A session's browser and system as a person recognises them ("Firefox on Windows"), read from
 * the user-agent string the server kept when the session began.
 */
export function describeDevice(userAgent: string | null): string {
  if (!userAgent) return msg('An unknown device');
  const browser = browsers.find(([mark]) => mark.test(userAgent))?.[1];
  const system = systems.find(([mark]) => mark.test(userAgent))?.[1];
  if (browser && system) return msg(str`${browser} on ${system}`);
  if (browser) return browser;
  if (system) return msg(str`A browser on ${system}`);
  return msg('A program other than a browser');
}
