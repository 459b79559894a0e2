import type { FoyerErrorInfo } from '@foyer/client';
import { fileNameOf } from '../../components/contacts-table/backup-download.js';
import type { FoyerConnection } from '../../context/foyer-context.js';

/** A transaction of a linked account, named on the master account: what a receipt is of. */
export interface ReceiptSubject {
  /** The master account's handle. */
  master: string;
  /** The linked account's handle. */
  account: string;
  transactionId: string;
  receiptNumber: string;
  customerEmail: string;
}

/** The receipt's PDF route on the server: `{api}/receipts/{master}/{account}/{transaction}`. */
export function receiptUrl(server: string, s: Pick<ReceiptSubject, 'master' | 'account' | 'transactionId'>): string {
  return `${server.replace(/\/+$/, '')}/receipts/${encodeURIComponent(s.master)}/${encodeURIComponent(s.account)}/${encodeURIComponent(s.transactionId)}`;
}

export type ReceiptFetched = { ok: true; blob: Blob; fileName: string } | { ok: false; info: FoyerErrorInfo };

/**
 * Fetches a receipt's PDF with the session's bearer token (a plain link could not carry it),
 * whole: the element then offers it to open or save. A refusal is answered as JSON
 * `{ error: { code, message } }`, as the server's other file routes answer.
 */
export async function fetchReceipt(c: FoyerConnection, s: ReceiptSubject, signal: AbortSignal): Promise<ReceiptFetched> {
  let response: Response;
  try {
    response = await fetch(receiptUrl(c.server, s), { headers: c.token ? { authorization: `Bearer ${c.token}` } : {}, signal });
  } catch {
    return { ok: false, info: { code: 'NETWORK', message: '', fieldErrors: {}, details: undefined } };
  }
  if (!response.ok) return { ok: false, info: await refusalOf(response) };
  try {
    const blob = await response.blob();
    return { ok: true, blob, fileName: fileNameOf(response.headers.get('content-disposition')) ?? `${s.receiptNumber}.pdf` };
  } catch {
    // The server cut the answer off half way: there is no whole receipt.
    return { ok: false, info: { code: 'INTERNAL', message: '', fieldErrors: {}, details: undefined } };
  }
}

async function refusalOf(response: Response): Promise<FoyerErrorInfo> {
  const info = (code: string, message: string): FoyerErrorInfo => ({ code: code as FoyerErrorInfo['code'], message, fieldErrors: {}, details: undefined });
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    if (body.error?.code) return info(body.error.code, body.error.message ?? body.error.code);
  } catch {
    // Not JSON: a proxy's page. Say what the status means.
  }
  return info(response.status === 401 ? 'NOT_SIGNED_IN' : 'INTERNAL', response.statusText);
}
