import type { Knex } from 'knex';

/** An identity's second factor as stored: sealed secrets and the last accepted step, never returned to anyone. */
export interface StoredSecondFactor {
  id: string;
  email: string;
  password_hash: string;
  totp_secret: Buffer | null;
  totp_enabled_at: Date | null;
  totp_last_step: string | null;
  totp_pending_secret: Buffer | null;
  totp_pending_at: Date | null;
}

export function storedSecondFactor(db: Knex, identityId: string, lock = false): Promise<StoredSecondFactor | undefined> {
  const query = db('identities')
    .select('id', 'email', 'password_hash', 'totp_secret', 'totp_enabled_at', 'totp_last_step', 'totp_pending_secret', 'totp_pending_at')
    .where({ id: identityId })
    .first();
  return lock ? query.forUpdate() : query;
}

export async function recoveryCodesLeft(db: Knex, identityId: string): Promise<number> {
  const row = await db('recovery_codes').where({ identity_id: identityId }).whereNull('used_at').count<{ count: string | number }[]>({ count: '*' }).first();
  return Number(row?.count ?? 0);
}

export async function replaceRecoveryCodes(db: Knex, identityId: string, hashes: Buffer[], now: Date): Promise<void> {
  await db('recovery_codes').where({ identity_id: identityId }).delete();
  await db('recovery_codes').insert(hashes.map((code_hash) => ({ identity_id: identityId, code_hash, created_at: now })));
}

/** Marks one unused recovery code used; true when there was one to use. */
export async function useRecoveryCode(db: Knex, identityId: string, hash: Buffer, now: Date): Promise<boolean> {
  const used = await db('recovery_codes').where({ identity_id: identityId, code_hash: hash }).whereNull('used_at').update({ used_at: now }, ['identity_id']);
  return used.length === 1;
}

/** Accepts a time step only if it is later than the last one accepted: a code works once, also under a race. */
export async function acceptStep(db: Knex, identityId: string, step: bigint): Promise<boolean> {
  const updated = await db('identities')
    .where({ id: identityId })
    .andWhere((q) => q.whereNull('totp_last_step').orWhere('totp_last_step', '<', step.toString()))
    .update({ totp_last_step: step.toString() }, ['id']);
  return updated.length === 1;
}

/** The identity's email and password hash, for asking the password again. */
export async function passwordOf(db: Knex, identityId: string): Promise<{ email: string; password_hash: string | null } | undefined> {
  return db('identities').select('email', 'password_hash').where({ id: identityId }).first();
}

/** Holds a new sealed secret pending until a code from it is confirmed; the identity's email. */
export async function storePendingSecret(db: Knex, identityId: string, sealed: Buffer, now: Date): Promise<string> {
  const rows = await db('identities').where({ id: identityId }).update({ totp_pending_secret: sealed, totp_pending_at: now }).returning(['email']);
  return rows[0]!.email;
}

/** Puts the pending secret in force, if it is still the one pending; false when another setup replaced it. */
export async function enablePendingSecret(trx: Knex.Transaction, identityId: string, pending: Buffer, step: bigint, now: Date): Promise<boolean> {
  const swapped = await trx('identities')
    .where({ id: identityId, totp_pending_secret: pending })
    .update({ totp_secret: pending, totp_enabled_at: now, totp_last_step: step.toString(), totp_pending_secret: null, totp_pending_at: null }, ['id']);
  return swapped.length === 1;
}

/** The session has just passed the second factor. */
export async function markSessionPassed(trx: Knex.Transaction, sessionId: string, now: Date): Promise<void> {
  await trx('sessions').where({ id: sessionId }).update({ second_factor_at: now });
}

/** Removes the identity's second factor and recovery codes; none of its sessions counts as having passed one. */
export async function removeSecondFactor(trx: Knex.Transaction, identityId: string): Promise<void> {
  await trx('identities').where({ id: identityId }).update({ totp_secret: null, totp_enabled_at: null, totp_last_step: null, totp_pending_secret: null, totp_pending_at: null });
  await trx('recovery_codes').where({ identity_id: identityId }).delete();
  await trx('sessions').where({ identity_id: identityId }).update({ second_factor_at: null });
}
