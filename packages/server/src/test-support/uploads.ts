import { request, type ClientRequest } from 'node:http';

export interface Upload {
  request: ClientRequest;
  /** The answer, or null when none came in time. */
  answer(ms: number): Promise<{ status: number; body: any } | null>;
}

/** An upload whose body the test sends by hand, piece by piece, as a slow or failing client does. */
export function startUpload(url: string, headers: Record<string, string>): Upload {
  const req = request(url, { method: 'PUT', headers: { ...headers, 'transfer-encoding': 'chunked' } });
  const answered = new Promise<{ status: number; body: any }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: text ? JSON.parse(text) : null }));
    });
    req.on('error', reject);
  });
  // The server may close the connection while a piece is still on its way.
  answered.catch(() => {});
  return {
    request: req,
    answer: (ms) => Promise.race([answered, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]),
  };
}
