/**
 * What a person would see cut off in an element: anything that sticks out past the edges of
 * the box it is given, and text clipped inside its own box (a label cut to "Owne", a header
 * whose words do not fit). Looks into nested shadow roots; skips what is not shown and
 * the one-pixel boxes of text kept for screen readers only.
 */
export function cutOff(host: Element, box: { left: number; right: number }, options: { shortened?: string } = {}): string[] {
  const found: string[] = [];
  for (const el of shownElements(host)) {
    // Free text the element shortens on purpose, with an ellipsis, where it is given.
    if (options.shortened && el.matches(options.shortened)) continue;
    const r = el.getBoundingClientRect();
    if (r.width <= 2 || r.height <= 2) continue;
    if (r.right > box.right + 1 || r.left < box.left - 1) {
      found.push(`${describe(el)} spans ${Math.round(r.left)}–${Math.round(r.right)}, outside ${Math.round(box.left)}–${Math.round(box.right)}`);
      continue;
    }
    const style = getComputedStyle(el);
    const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
    if (clips && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
      found.push(`${describe(el)} is clipped: ${el.scrollWidth}px of content in ${el.clientWidth}px`);
    }
  }
  return found;
}

function* shownElements(host: Element): Generator<HTMLElement> {
  const root = host.shadowRoot;
  if (!root) return;
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.closest('.visually-hidden') || el.matches('slot, style, template')) continue;
    if (el.checkVisibility && !el.checkVisibility()) continue;
    yield el;
    if (el.shadowRoot) yield* shownElements(el);
  }
}

function describe(el: Element): string {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  const part = el.getAttribute('part');
  return `<${el.localName}${el.id ? `#${el.id}` : ''}${part ? ` part="${part}"` : ''}>${text ? ` "${text}"` : ''}`;
}
