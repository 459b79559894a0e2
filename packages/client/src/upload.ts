import { describeError, type FoyerErrorInfo } from './errors.js';

export interface UploadTarget {
  server: string;
  workspace: string;
  galleryId: string;
  token: string;
}

/** Streams one file into a gallery; file bytes do not travel through tRPC. */
export async function uploadItem(
  target: UploadTarget,
  file: Blob & { name: string },
  fetchImpl: typeof fetch = fetch,
): Promise<{ id: string; name: string; size: number; mediaType: string; url: string }> {
  const base = target.server.replace(/\/+$/, '');
  const url = `${base}/uploads/${encodeURIComponent(target.workspace)}/${encodeURIComponent(target.galleryId)}?name=${encodeURIComponent(file.name)}`;
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'PUT',
      headers: { authorization: `Bearer ${target.token}`, 'content-type': file.type || 'application/octet-stream' },
      body: file,
    });
  } catch (error) {
    throw new UploadError(describeError(error));
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const e = (body as { error?: { code?: string; message?: string } }).error ?? {};
    throw new UploadError({
      code: (e.code ?? 'INTERNAL') as FoyerErrorInfo['code'],
      message: e.message ?? 'The upload failed.',
      fieldErrors: {},
      details: undefined,
    });
  }
  return body;
}

export class UploadError extends Error {
  constructor(readonly info: FoyerErrorInfo) {
    super(info.message);
  }
}
