/** One tRPC call over real HTTP, as a browser or a back-end sends it (no batching). */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  body: any;
}

export async function trpcHttp(
  base: string,
  type: 'query' | 'mutation',
  path: string,
  input: unknown,
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<HttpAnswer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const url = `${base}/trpc/${path}`;
  const response =
    type === 'query'
      ? await fetch(`${url}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers })
      : await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(input) });
  const text = await response.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: kept as text for the assertion to show.
  }
  return { status: response.status, headers: response.headers, body };
}

/** The application error code of a refused call, or undefined for a success. */
export const appCodeOf = (answer: HttpAnswer): string | undefined => answer.body?.error?.data?.appCode;
