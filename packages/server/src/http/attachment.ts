/** `Content-Disposition` for a download: an ASCII fallback and the exact name (RFC 6266, RFC 5987). */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** "<title>.zip" (a contact's name, a gallery's title), without what a file system refuses in a name. */
export function zipFileName(title: string, fallback: string): string {
  const base =
    title
      .replace(/[\p{Cc}/\\:*?"<>|]/gu, '_')
      .trim()
      .slice(0, 100) || fallback;
  return `${base}.zip`;
}
