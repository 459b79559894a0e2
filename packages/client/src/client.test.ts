import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootServer, createApp, createIdentity } from '@foyer/server';
import { createFoyerApi, describeError, serverUrl, SessionStore, uploadItem } from './index.js';

/** The client against a real server over real HTTP, as a host back-end in Node would use it. */
describe('the typed client', () => {
  let http: Server;
  let server: Awaited<ReturnType<typeof bootServer>>;
  let base: string;
  let blobDir: string;

  beforeAll(async () => {
    blobDir = await mkdtemp(join(tmpdir(), 'foyer-client-'));
    server = await bootServer({ database: { kind: 'pglite' }, blobDir });
    http = await new Promise((resolve) => {
      const s = createApp(server, { allowedOrigins: '*', log: () => {} }).listen(0, '127.0.0.1', () => resolve(s));
    });
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}/api`;
  });
  afterAll(async () => {
    await new Promise((resolve) => http.close(resolve));
    await server.close();
    await rm(blobDir, { recursive: true, force: true });
  });

  it('signs in, sends the token it holds with every call, and uploads a file', async () => {
    const session = new SessionStore();
    const api = createFoyerApi({ server: base, getToken: () => session.token });
    await createIdentity(server.db, new Date(), { email: 'owner@example.com', password: 'correct horse battery' });
    const signedUp = await api.identity.signIn.mutate({ email: 'owner@example.com', password: 'correct horse battery' });
    if (signedUp.secondFactorRequired) throw new Error('expected a session');
    session.set(signedUp.token);
    await api.workspaces.create.mutate({ handle: 'client-test', name: 'Client test' });
    const gallery = await api.galleries.create.mutate({ workspace: 'client-test', title: 'Wedding' });
    // Four bytes every JPEG begins with, then a greeting: the server checks only that a JPEG starts like one.
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new TextEncoder().encode('hello')]);
    const file = Object.assign(new Blob([bytes], { type: 'image/jpeg' }), { name: 'hello.jpg' });
    const item = await uploadItem({ server: base, workspace: 'client-test', galleryId: gallery.id, token: signedUp.token }, file);
    expect(item).toMatchObject({ name: 'hello.jpg', size: 9, mediaType: 'image/jpeg' });
    const served = await fetch(serverUrl(base, item.url));
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(bytes);

    session.set(null);
    await expect(api.galleries.list.query({ workspace: 'client-test' })).rejects.toSatisfy((error) => describeError(error).code === 'NOT_SIGNED_IN');
  });

  it('describes a refusal by its code and names each refused field', async () => {
    const api = createFoyerApi({ server: base, getToken: () => null });
    const error = await api.identity.signUp.mutate({ email: 'not an email', password: 'short' }).catch((e: unknown) => e);
    const info = describeError(error);
    expect(info.code).toBe('INVALID_INPUT');
    expect(info.fieldErrors).toEqual({ email: 'must be a valid email address', password: 'must be at least 10 characters' });
  });

  it('asks the server in the language it is given, read at each call', async () => {
    let language: string | null = 'de-AT';
    const api = createFoyerApi({ server: base, getToken: () => null, getLanguage: () => language });
    const german = describeError(await api.identity.signUp.mutate({ email: 'not an email', password: 'short' }).catch((e: unknown) => e));
    expect(german.code).toBe('INVALID_INPUT');
    expect(german.fieldErrors).toEqual({ email: 'muss eine gültige E-Mail-Adresse sein', password: 'muss mindestens 10 Zeichen lang sein' });
    language = 'nb';
    const refused = describeError(await api.identity.signIn.mutate({ email: 'nobody@example.com', password: 'wrong password 1' }).catch((e: unknown) => e));
    expect(refused).toMatchObject({ code: 'WRONG_CREDENTIALS', message: 'E-postadressen eller passordet er feil.' });
    language = null;
    const english = describeError(await api.identity.signIn.mutate({ email: 'nobody@example.com', password: 'wrong password 1' }).catch((e: unknown) => e));
    expect(english.message).toBe('The email or password is not correct.');
  });

  it('reports an unreachable server as a network problem', async () => {
    const api = createFoyerApi({ server: 'http://127.0.0.1:9/api', getToken: () => null });
    const error = await api.health.ping.query().catch((e: unknown) => e);
    expect(describeError(error).code).toBe('NETWORK');
  });

  it('keeps a session in the given storage under its own key, and tells listeners', () => {
    const backing = new Map<string, string>();
    const storage = { getItem: (k: string) => backing.get(k) ?? null, setItem: (k: string, v: string) => void backing.set(k, v), removeItem: (k: string) => void backing.delete(k) };
    const seen: Array<string | null> = [];
    const first = new SessionStore({ storage, key: 'foyer:a' });
    first.subscribe((t) => seen.push(t));
    first.set('token-a');
    expect(new SessionStore({ storage, key: 'foyer:a' }).token).toBe('token-a');
    expect(new SessionStore({ storage, key: 'foyer:b' }).token).toBeNull();
    first.set(null);
    expect(backing.size).toBe(0);
    expect(seen).toEqual(['token-a', null]);
  });
});
