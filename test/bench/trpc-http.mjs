// The few tRPC calls the benchmark makes outside the load runs (setting up, checking
// answers), as plain HTTP: tRPC 11, not batched, no transformer.

/** A query is a GET with the input in `?input=`; a mutation POSTs the input as the body. */
export function trpcRequest(baseUrl, kind, path, input, token) {
  const headers = token ? { authorization: `Bearer ${token}` } : {};
  if (kind === 'query') {
    const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    return { url: `${baseUrl}/api/trpc/${path}${query}`, method: 'GET', headers };
  }
  return {
    url: `${baseUrl}/api/trpc/${path}`,
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(input ?? {}),
  };
}

/** Sends one call; resolves with HTTP status and the parsed body, whatever the status. */
export async function trpcSend(baseUrl, kind, path, input, token) {
  const { url, ...init } = trpcRequest(baseUrl, kind, path, input, token);
  const response = await fetch(url, init);
  return { status: response.status, body: await response.json() };
}

/** Sends one call that must succeed; returns its data. */
export async function trpcCall(baseUrl, kind, path, input, token) {
  const { status, body } = await trpcSend(baseUrl, kind, path, input, token);
  if (status !== 200 || !body.result) throw new Error(`${path} answered ${status}: ${JSON.stringify(body.error ?? body)}`);
  return body.result.data;
}

/**
 * An account made as the operator's tools make one, signed in through the API with its
 * password: answers the session, as identity.signIn does.
 */
export async function accountSession(baseUrl, db, input) {
  const { createIdentity } = await import('@foyer/server');
  await createIdentity(db, new Date(), input);
  return trpcCall(baseUrl, 'mutation', 'identity.signIn', { email: input.email, password: input.password });
}
