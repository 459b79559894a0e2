import type { ServerDeps } from '../../context.js';
import { createContextInner } from '../../context.js';
import { FoyerError } from '../../errors.js';
import { appRouter } from '../../router.js';
import { createCallerFactory } from '../../trpc.js';
import { recoveryCodeHash, sealPurpose } from '../../areas/second-factor/service.js';
import { setFeature } from '../../areas/workspaces/features.js';
import { replaceRecoveryCodes } from '../../areas/second-factor/queries.js';
import { seal } from '../../security/sealed.js';
import { base32Decode, otpauthUrl } from '../../security/totp.js';
import { agencyDemoWorkspaces, demoAgency, demoAgencyWithoutSecondFactor } from './demo-agency-plan.js';
import { seedAccount } from './seed-accounts.js';

export interface DemoAgencyFacts {
  /** The client workspaces, their owners and the role each granted the agency. */
  workspaces: Array<{ handle: string; name: string; template: 'email-marketing'; owner: { email: string; password: string; name: string }; agencyRole: string }>;
  /** The agency account, with what a visitor needs to pass its second factor. */
  agency: { email: string; password: string; name: string; secret: string; otpauthUrl: string; recoveryCodes: string[] };
  /** An agency without a second factor: its grant is listed but cannot be used. */
  agencyWithoutSecondFactor: { email: string; password: string; name: string; workspace: string; role: string };
}

export interface DemoAgencyOptions {
  /** The operator's plan flag: agency access for the demo's email-marketing workspaces. Default on. */
  agencyFeature?: boolean;
}

const createCaller = createCallerFactory(appRouter);
const callerFor = (deps: ServerDeps, token: string | null = null) => createCaller(createContextInner(deps, { token, source: 'demo-seed' }));
const isRefusal = (error: unknown, appCode: string) => error instanceof FoyerError && error.appCode === appCode;

/**
 * Seeds the agency demo through the server's procedures where a person would act (owners
 * sign up, create their workspaces and grant access; the agency registers), and as the
 * operator where the operator would (the plan flag). The agency's second factor is installed
 * with the known secret printed by the demo. Idempotent: what exists is left as it is.
 */
export async function seedAgencyDemo(deps: ServerDeps, options: DemoAgencyOptions = {}): Promise<DemoAgencyFacts> {
  const agencyId = await agencyAccount(deps, demoAgency);
  await installKnownSecondFactor(deps, agencyId);
  await agencyAccount(deps, demoAgencyWithoutSecondFactor);
  for (const plan of agencyDemoWorkspaces) {
    const token = await ownerWithWorkspace(deps, plan);
    await setFeature(deps, plan.handle, 'agency', options.agencyFeature ?? true);
    const owner = callerFor(deps, token);
    const grants: Array<[string, string]> = [[demoAgency.email, plan.agencyRole]];
    if (plan.handle === demoAgencyWithoutSecondFactor.workspace) grants.push([demoAgencyWithoutSecondFactor.email, demoAgencyWithoutSecondFactor.role]);
    for (const [agencyEmail, role] of grants) {
      await owner.agencyGrants.grant({ workspace: plan.handle, agencyEmail, role: { template: role } }).catch((error: unknown) => {
        // Seeded before, or the operator has the feature off: either way nothing to add.
        if (!isRefusal(error, 'ALREADY_IN_WORKSPACE') && !isRefusal(error, 'AGENCY_FEATURE_OFF')) throw error;
      });
    }
    await owner.identity.signOut();
  }
  return {
    workspaces: agencyDemoWorkspaces.map((w) => ({ handle: w.handle, name: w.name, template: 'email-marketing', owner: { ...w.owner }, agencyRole: w.agencyRole })),
    agency: {
      email: demoAgency.email,
      password: demoAgency.password,
      name: demoAgency.name,
      secret: demoAgency.secret,
      otpauthUrl: otpauthUrl(base32Decode(demoAgency.secret), demoAgency.email, 'Foyer demo'),
      recoveryCodes: [...demoAgency.recoveryCodes],
    },
    agencyWithoutSecondFactor: { ...demoAgencyWithoutSecondFactor },
  };
}

async function agencyAccount(deps: ServerDeps, account: { email: string; password: string; name: string }): Promise<string> {
  return seedAccount(deps, { ...account, agency: true });
}

/** The owner's session, after creating the account and the workspace where that was not done yet. */
async function ownerWithWorkspace(deps: ServerDeps, plan: (typeof agencyDemoWorkspaces)[number]): Promise<string> {
  await seedAccount(deps, plan.owner);
  const result = await callerFor(deps).identity.signIn({ email: plan.owner.email, password: plan.owner.password });
  if (result.secondFactorRequired) throw new Error(`the demo owner ${plan.owner.email} unexpectedly has a second factor`);
  const token = result.token;
  await callerFor(deps, token)
    .workspaces.create({ handle: plan.handle, name: plan.name, template: 'email-marketing' })
    .catch((error: unknown) => {
      if (!isRefusal(error, 'HANDLE_TAKEN')) throw error;
    });
  return token;
}

/**
 * The agency's second factor with the demo's known secret and recovery codes, sealed and
 * hashed exactly as identity.secondFactor.confirm keeps them. Only once: a visitor who used a
 * recovery code has used it.
 */
async function installKnownSecondFactor(deps: ServerDeps, identityId: string): Promise<void> {
  const row = await deps.db('identities').select('totp_enabled_at').where({ id: identityId }).first();
  if (row.totp_enabled_at) return;
  const now = deps.clock.now();
  await deps.db.transaction(async (trx) => {
    await trx('identities')
      .where({ id: identityId })
      .update({ totp_secret: seal(deps.secret, sealPurpose, base32Decode(demoAgency.secret)), totp_enabled_at: now, totp_last_step: null });
    const hashes = demoAgency.recoveryCodes.map((code) => recoveryCodeHash(deps, identityId, code.replace('-', '')));
    await replaceRecoveryCodes(trx, identityId, hashes, now);
  });
}
