import { createHash } from 'node:crypto';

/** A weak entity tag for a kept answer's key: a digest, so the tag tells nothing of what the key holds. */
export function entityTag(key: string): string {
  return `W/"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`;
}

/** Whether an If-None-Match header names this tag (a list, or `*`); weak comparison, as for a GET. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}
