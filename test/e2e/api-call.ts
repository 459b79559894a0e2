/**
 * Calls a Foyer procedure over HTTP as a host's back-end does: a query as a GET with its input
 * in the address, a mutation as a POST, with a bearer token (a session or an API key) where
 * given. Throws with the procedure's refusal, so a walk stops where the server said no.
 */
export async function callProcedure(apiUrl: string, path: string, input: unknown, token?: string, kind: 'query' | 'mutation' = 'mutation') {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const url = `${apiUrl}/trpc/${path}`;
  const response =
    kind === 'query' ? await fetch(`${url}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers }) : await fetch(url, { method: 'POST', headers, body: JSON.stringify(input) });
  const body = (await response.json()) as { result?: { data: unknown }; error?: { message: string } };
  if (!response.ok) throw new Error(`${path}: ${response.status} ${body.error?.message}`);
  return body.result!.data as Record<string, unknown>;
}
