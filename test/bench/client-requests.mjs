// The requests Foyer's own client sends (@foyer/client, as the elements use it), captured off
// the wire so a benchmark loads the server with exactly those: the path the elements take, not
// one written by hand beside it. The client talks to a recording relay in front of the server,
// so the capture holds every header as it arrived, also those fetch adds on its own
// (Accept-Encoding, as a browser sends it).
import { once } from 'node:events';
import { createServer, request as forward } from 'node:http';
import { createFoyerApi } from '@foyer/client';

/** Headers autocannon writes itself for each request it sends. */
const perConnection = new Set(['host', 'connection', 'content-length', 'keep-alive', 'transfer-encoding']);

/** A relay to the server that notes each request it passes on, with the status it was answered. */
async function recordingRelay(baseUrl) {
  const target = new URL(baseUrl);
  const sent = [];
  const relay = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = Buffer.concat(chunks);
    const upstream = forward({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } }, (answer) => {
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !perConnection.has(name)));
      sent.push({ url: `${baseUrl}${req.url}`, method: req.method, headers, body: body.length ? body.toString('utf8') : undefined, status: answer.statusCode });
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    });
    upstream.end(body);
  });
  relay.listen(0, '127.0.0.1');
  await once(relay, 'listening');
  return {
    url: `http://127.0.0.1:${relay.address().port}`,
    sent,
    close() {
      relay.closeAllConnections();
      return new Promise((resolve) => relay.close(resolve));
    },
  };
}

/**
 * Makes the calls through @foyer/client against the server and answers each request it sent,
 * in autocannon's form, with the status the server gave it: `calls(api)` is run to the end,
 * so every answer has been read and checked by the caller's own code.
 */
export async function capturedRequests(baseUrl, token, calls) {
  const relay = await recordingRelay(baseUrl);
  try {
    const api = createFoyerApi({ server: `${relay.url}/api`, getToken: () => token });
    const results = await calls(api);
    return { sent: relay.sent, results };
  } finally {
    await relay.close();
  }
}

/** The one request a call sent, refusing a capture that sent more or fewer. */
export function onlyRequest(captured) {
  if (captured.length !== 1) throw new Error(`expected one request, the client sent ${captured.length}`);
  const { status, ...request } = captured[0];
  return { ...request, expectStatus: status };
}
