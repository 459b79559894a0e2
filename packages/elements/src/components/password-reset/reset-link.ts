import type { FoyerApi } from '@foyer/client';

/** What the server says of a mailed reset link that still works: whose password, and its rules. */
export type ResetLink = Awaited<ReturnType<FoyerApi['identity']['describePasswordReset']['query']>>;
