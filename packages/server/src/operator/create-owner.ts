import { CreateWorkspaceInput, Email, Password } from '@foyer/schema';
import { appRouter } from '../router.js';
import { createCallerFactory } from '../trpc.js';
import { createContextInner, type ServerDeps } from '../context.js';
import { createIdentity } from '../areas/identity/sign-up.js';
import { startIdentitySession } from '../security/sessions.js';

const createCaller = createCallerFactory(appRouter);

export interface NewOwner {
  email: string;
  password: string;
  name?: string;
  workspace: { handle: string; name: string; template?: string };
}

/**
 * The operator's way to the first account of a server whose sign-up is closed (`foyer
 * create-owner`): an owner and their workspace, made with the same rules as any other. The
 * workspace is created through its procedure, as its owner would create it.
 */
export async function createOwner(deps: ServerDeps, input: NewOwner): Promise<{ identityId: string; handle: string }> {
  const email = Email.parse(input.email);
  const password = Password.parse(input.password);
  const workspace = CreateWorkspaceInput.parse(input.workspace);
  if (await deps.db('identities').whereRaw('lower(email) = ?', [email]).first('id')) throw new Error(`foyer: ${email} already has an account; sign in with it instead`);
  if (await deps.db('workspaces').where({ handle: workspace.handle }).first('id')) throw new Error(`foyer: the handle ${workspace.handle} is taken`);
  const identity = await createIdentity(deps.db, deps.clock.now(), { email, password, name: input.name ?? null });
  const ctx = createContextInner(deps, { source: 'operator' });
  const { token } = await startIdentitySession(ctx, identity.id);
  try {
    await createCaller(createContextInner(deps, { token, source: 'operator' })).workspaces.create(workspace);
  } finally {
    // The operator's tool signs nobody in: the owner signs in themselves.
    await deps.db('sessions').where({ identity_id: identity.id }).delete();
  }
  return { identityId: identity.id, handle: workspace.handle };
}
