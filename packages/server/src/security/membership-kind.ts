/**
 * How an identity belongs to a workspace: its owner, a member of its team, one of its
 * contacts (a client with a login), an agency acting through a grant, an API user whose
 * key a back-end uses, or — never stored, always derived — the owner or a user of the master
 * account a seller account is linked to (`master`).
 */
export type MembershipKind = 'owner' | 'member' | 'contact' | 'agency' | 'api' | 'master';

/** A seller `account` (every workspace but one kind), or a `master` account that links seller accounts. */
export type WorkspaceKind = 'account' | 'master';
