/**
 * Fetches a contact's backup ZIP with the session's bearer token and reports every chunk as it
 * arrives, so the element can show how far the download is. The server streams the archive as
 * it writes it, so its length is usually unknown: progress is in bytes received.
 */
export interface BackupProgress {
  received: number;
  /** The full size, when the server announced it. */
  total: number | null;
}

export interface BackupFile {
  blob: Blob;
  fileName: string;
}

/** A refusal answered as JSON `{ error: { code, message } }`, like the server's other file routes. */
export class BackupRefusal extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export interface BackupRequest {
  /** The server's base address, ending in `/api`. */
  server: string;
  workspace: string;
  contactId: string;
  token: string | null;
  /** Used when the server's file name cannot be read (a header the browser hides cross-origin). */
  fallbackName: string;
  signal: AbortSignal;
  onProgress: (progress: BackupProgress) => void;
}

export function backupUrl(server: string, workspace: string, contactId: string): string {
  return `${server.replace(/\/+$/, '')}/contacts/${encodeURIComponent(workspace)}/${encodeURIComponent(contactId)}/backup`;
}

export async function downloadBackup(request: BackupRequest): Promise<BackupFile> {
  const response = await fetch(backupUrl(request.server, request.workspace, request.contactId), {
    headers: request.token ? { authorization: `Bearer ${request.token}` } : {},
    signal: request.signal,
  });
  if (!response.ok) throw await refusalOf(response);
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const chunks: Uint8Array[] = [];
  let received = 0;
  request.onProgress({ received, total });
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      request.onProgress({ received, total });
    }
  }
  const type = response.headers.get('content-type') ?? 'application/zip';
  const fileName = fileNameOf(response.headers.get('content-disposition')) ?? request.fallbackName;
  return { blob: new Blob(chunks as BlobPart[], { type }), fileName };
}

async function refusalOf(response: Response): Promise<BackupRefusal> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    if (body.error?.code) return new BackupRefusal(body.error.code, body.error.message ?? body.error.code, response.status);
  } catch {
    // Not JSON: a proxy's page. Say what the status means.
  }
  return new BackupRefusal(response.status === 401 ? 'NOT_SIGNED_IN' : 'INTERNAL', response.statusText, response.status);
}

/**
 * The file name a `Content-Disposition` header names: `filename*=UTF-8''…` (RFC 6266 / 5987)
 * first, then a plain or quoted `filename=`. Path parts and control characters are dropped,
 * so the name cannot point anywhere but at a file.
 */
export function fileNameOf(header: string | null): string | null {
  if (!header) return null;
  let name: string | null = null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[2]) {
    try {
      name = decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''));
    } catch {
      name = null;
    }
  }
  if (!name) {
    const plain = /filename\s*=\s*(?:"((?:\\.|[^"\\])*)"|([^;\s]+))/i.exec(header);
    name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2] ?? null;
  }
  if (!name) return null;
  const base =
    name
      .split(/[\\/]/)
      .pop()
      ?.replace(/\p{Cc}/gu, '')
      .trim() ?? '';
  return base && base !== '.' && base !== '..' ? base : null;
}
