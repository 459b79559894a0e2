import type { SignedIn } from '@foyer/schema';
import type { TestServer } from './databases.js';
import { generateSync } from 'otplib';

/**
 * The code an authenticator app with this secret shows at the server's current time (or
 * `offsetMs` from it), made by otplib, an implementation independent of the server's.
 */
export function codeFor(server: TestServer, secret: string, offsetMs = 0): string {
  return generateSync({ secret, epoch: Math.floor((server.clock.now().getTime() + offsetMs) / 1000) });
}

/**
 * Turns the second factor on for a signed-in identity, as a person would: begin with the
 * password, confirm with a code. Moves the clock one step on, so the next code is a fresh one.
 */
export async function enrolSecondFactor(server: TestServer, token: string, password: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  const caller = server.caller(token);
  const { secret } = await caller.identity.secondFactor.begin({ password });
  const { recoveryCodes } = await caller.identity.secondFactor.confirm({ code: codeFor(server, secret) });
  server.clock.advance(30_000);
  return { secret, recoveryCodes };
}

/** Both steps of signing in with a second factor; moves the clock one step on afterwards. */
export async function signInWithCode(server: TestServer, email: string, password: string, secret: string): Promise<SignedIn> {
  const first = await server.caller().identity.signIn({ email, password });
  if (!first.secondFactorRequired) throw new Error(`${email} has no second factor`);
  const signedIn = await server.caller().identity.signInSecondFactor({ challenge: first.challenge, code: codeFor(server, secret) });
  server.clock.advance(30_000);
  return signedIn;
}

/** Signs in with the password only, for an identity without a second factor. */
export async function signInWithPassword(server: TestServer, email: string, password: string): Promise<SignedIn> {
  const result = await server.caller().identity.signIn({ email, password });
  if (result.secondFactorRequired) throw new Error(`${email} has a second factor`);
  return result;
}
