import type { FoyerErrorInfo } from '@foyer/client';
import { fileNameOf } from '../contacts-table/backup-download.js';

/** A report's CSV, fetched with the session's bearer token, to be saved under the server's file name. */
export interface CsvFile {
  blob: Blob;
  fileName: string;
}

/**
 * Fetches the CSV at `url` (see csvUrl). A refusal comes back as the server's file routes say
 * it, `{ error: { code, message } }`, and is thrown as the FoyerErrorInfo the element words; a
 * network failure as `NETWORK`.
 */
export async function downloadCsv(url: string, token: string | null, fallbackName: string, signal: AbortSignal): Promise<CsvFile> {
  let response: Response;
  try {
    response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw refusal('NETWORK', '');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw refusal(body?.error?.code ?? (response.status === 401 ? 'NOT_SIGNED_IN' : 'INTERNAL'), body?.error?.message ?? response.statusText);
  }
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition')) ?? fallbackName };
}

function refusal(code: string, message: string): FoyerErrorInfo {
  return { code: code as FoyerErrorInfo['code'], message, fieldErrors: {}, details: undefined };
}
