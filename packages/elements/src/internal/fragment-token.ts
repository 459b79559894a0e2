/**
 * The token a mailed link carries in the page address's fragment (`#master-registration=…`),
 * or '' when the address carries none. Fragments never reach a server, so the token stays in
 * the person's browser until the element sends it.
 */
export function fragmentToken(name: string): string {
  if (typeof location === 'undefined') return '';
  return new URLSearchParams(location.hash.replace(/^#/, '')).get(name)?.trim() ?? '';
}

/** Removes the token from the address once its link was used: it is of no use in the address bar or a bookmark. */
export function forgetFragmentToken(name: string): void {
  if (typeof location === 'undefined' || !fragmentToken(name)) return;
  const rest = new URLSearchParams(location.hash.replace(/^#/, ''));
  rest.delete(name);
  const hash = rest.toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`);
}
