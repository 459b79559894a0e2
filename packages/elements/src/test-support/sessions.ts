import { createFoyerApi } from '@foyer/client';
import { totp } from './totp.js';

/**
 * Signs an identity with a second factor in as its browser would: password first, then the
 * authenticator's code for the challenge. `stepOffset` picks a later code when an earlier
 * one of the same step was used already.
 */
export async function signInWithSecondFactor(server: string, who: { email: string; password: string; secret: string }, stepOffset = 0): Promise<string> {
  const api = createFoyerApi({ server, getToken: () => null });
  const first = await api.identity.signIn.mutate({ email: who.email, password: who.password });
  if (!first.secondFactorRequired) return first.token;
  const signedIn = await api.identity.signInSecondFactor.mutate({ challenge: first.challenge, code: await totp(who.secret, stepOffset) });
  return signedIn.token;
}
