/**
 * How an identity belongs to a workspace: its owner, a member of its team, one of its
 * contacts (a client with a login), an agency acting through a grant, or an API user whose
 * key a back-end uses.
 */
export type MembershipKind = 'owner' | 'member' | 'contact' | 'agency' | 'api';
