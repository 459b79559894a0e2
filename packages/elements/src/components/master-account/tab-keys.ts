/**
 * Where a key moves the focus in a row of tabs (the ARIA tabs pattern): the arrow keys to the
 * next or previous tab, wrapping at either end, Home to the first, End to the last. In a
 * right-to-left page the arrows follow what the eye sees. Any other key moves nothing: null.
 */
export function tabIndexAfter(key: string, current: number, count: number, rtl = false): number | null {
  if (count === 0) return null;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return (current + 1) % count;
    case backward:
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
