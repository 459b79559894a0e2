// The requests Foyer's own client sends (@foyer/client, as the elements use it), captured off
// the wire so a benchmark loads the server with exactly those: the path the elements take, not
// one written by hand beside it.
import { createFoyerApi } from '@foyer/client';

/**
 * Makes the calls through @foyer/client against the server and answers each request it sent,
 * in autocannon's form, with the status the server gave it: `calls(api)` is run to the end,
 * so every answer has been read and checked by the caller's own code.
 */
export async function capturedRequests(baseUrl, token, calls) {
  const sent = [];
  const api = createFoyerApi({
    server: `${baseUrl}/api`,
    getToken: () => token,
    fetch: async (url, init) => {
      const headers = Object.fromEntries(new Headers(init?.headers).entries());
      const response = await fetch(url, init);
      sent.push({ url: String(url), method: init?.method ?? 'GET', headers, body: init?.body == null ? undefined : String(init.body), status: response.status });
      return response;
    },
  });
  const results = await calls(api);
  return { sent, results };
}

/** The one request a call sent, refusing a capture that sent more or fewer. */
export function onlyRequest(captured) {
  if (captured.length !== 1) throw new Error(`expected one request, the client sent ${captured.length}`);
  const { status, ...request } = captured[0];
  return { ...request, expectStatus: status };
}
