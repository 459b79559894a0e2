import { describe, expect, it } from 'vitest';
import { CompleteActivationInput, CreateContactInput, UpdateContactInput } from './index.js';

const base = { workspace: 'host-1', name: 'Books', email: 'books@example.com' };
const link = { workspace: 'host-1', token: 'a'.repeat(43) };

describe('contact schemas', () => {
  it('takes a sub-account’s password when it is added or made one, under the password’s own length rules', () => {
    expect(CreateContactInput.parse({ ...base, kind: 'sub-account', password: 'long enough 1' }).password).toBe('long enough 1');
    expect(UpdateContactInput.parse({ workspace: 'host-1', contactId: '00000000-0000-4000-8000-000000000000', password: 'long enough 1' }).password).toBe('long enough 1');
    const short = CreateContactInput.safeParse({ ...base, password: 'short' });
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]).toMatchObject({ path: ['password'], message: 'must be at least 10 characters' });
  });

  it('leaves accepting terms out of an activation for the server to ask where the workspace has terms, and never takes a refusal', () => {
    expect(CompleteActivationInput.parse({ ...link, password: 'long enough 1' }).acceptTerms).toBeUndefined();
    expect(CompleteActivationInput.parse({ ...link, acceptTerms: true }).acceptTerms).toBe(true);
    const refused = CompleteActivationInput.safeParse({ ...link, acceptTerms: false });
    expect(refused.error?.issues[0]).toMatchObject({ path: ['acceptTerms'], message: 'the terms of service must be accepted' });
  });
});
