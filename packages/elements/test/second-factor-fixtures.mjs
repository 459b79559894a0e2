// A person who signs in with a second factor, set up as they would set it up: through the
// server's own procedures, confirmed with a code from an authenticator (otplib). Each call makes
// a new account.
import { createContextInner } from '@foyer/server';
import { createCaller, signedUp, totpCode, unique } from './fixture-support.mjs';

/**
 * A person whose account has a second factor: confirmed with the previous step's code, so the
 * current code is still fresh for a test's sign-in.
 */
async function secondFactor({ deps }) {
  const n = unique();
  const email = `two-step-${n}@example.com`;
  const password = 'correct horse battery';
  const anon = createCaller(createContextInner(deps, { source: `fixture-${n}` }));
  const { token } = await signedUp(deps, anon, { email, password, name: 'Tove Twostep' });
  const person = createCaller(createContextInner(deps, { token, source: `fixture-${n}` }));
  const { secret } = await person.identity.secondFactor.begin({ password });
  await person.identity.secondFactor.confirm({ code: totpCode(secret, -1) });
  return { email, password, name: 'Tove Twostep', secret };
}

export const secondFactorFixtures = {
  'second-factor': secondFactor,
};
