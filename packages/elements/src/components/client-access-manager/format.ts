import { msg, str } from '@lit/localize';
import type { AccessScope, AccessStatus } from '@foyer/schema';

/**
 * The language of the page around an element: the nearest `lang` attribute, looking through
 * shadow roots, then the browser's language. Dates and numbers are written in it.
 */
export function pageLocale(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    const lang = withLang?.getAttribute('lang');
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang || navigator.language || 'en';
}

function safe<T>(make: () => T, fallback: () => T): T {
  try {
    return make();
  } catch {
    // An unknown language tag: fall back to the browser's own formatting.
    return fallback();
  }
}

export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  return safe(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date),
    () => date.toLocaleString(),
  );
}

export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  return safe(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date),
    () => date.toLocaleDateString(),
  );
}

export function formatNumber(value: number, locale: string): string {
  return safe(
    () => new Intl.NumberFormat(locale).format(value),
    () => String(value),
  );
}

export function lastUsed(iso: string | null, locale: string): string {
  return iso ? formatDateTime(iso, locale) : msg('Never');
}

export function statusLabel(status: AccessStatus): string {
  switch (status) {
    case 'active':
      return msg('Active');
    case 'disabled':
      return msg('Disabled');
    case 'expired':
      return msg('Expired');
  }
}

/** What the status means for the client, in one sentence. */
export function statusSentence(status: AccessStatus): string {
  switch (status) {
    case 'active':
      return msg('The code works.');
    case 'disabled':
      return msg('The code does not work until you enable the access again.');
    case 'expired':
      return msg('The code no longer works: the expiry date has passed.');
  }
}

export function scopeLabel(scope: AccessScope): string {
  return scope === 'navigation' ? msg('Follow the galleries’ navigation settings') : msg('Only galleries added by hand');
}

export function scopeSentence(scope: AccessScope): string {
  return scope === 'navigation'
    ? msg('The client also sees the sub-galleries and parent galleries that a chosen gallery’s setting “allow navigation into sub-galleries” leads to.')
    : msg('The client sees exactly the galleries you add, and no other.');
}

export function itemCount(count: number, locale: string): string {
  const n = formatNumber(count, locale);
  return count === 1 ? msg('1 item') : msg(str`${n} items`);
}

/** The value of an `<input type="date">` for an instant, in the browser's time zone. */
export function dateInputValue(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** An expiry day as an instant: the code works through the whole of that day, in the browser's time zone. */
export function endOfDay(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const end = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59, 999);
  return Number.isNaN(end.getTime()) ? null : end.toISOString();
}
