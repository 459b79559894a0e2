import type { Item } from '@foyer/schema';

/** What a picture is called where a person reads it: its title, else its file name without the extension. */
export function pictureCaption(item: Pick<Item, 'name' | 'title'>): string {
  if (item.title) return item.title;
  const dot = item.name.lastIndexOf('.');
  return dot > 0 ? item.name.slice(0, dot) : item.name;
}
