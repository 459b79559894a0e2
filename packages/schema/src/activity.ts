import { z } from 'zod';
import { Id, InWorkspace, Instant } from './common.js';
import { MembershipKind } from './members.js';

/** Where the next page starts: opaque to callers, handed back from the previous page. */
export const ActivityCursor = z
  .string()
  .max(200, { error: 'must be at most 200 characters' })
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'must be a cursor from a previous page' });

/**
 * The activity log, newest first. `action` is a procedure's path (`members.invite`) or an
 * area (`members`: every action of it); `from` is inclusive, `to` exclusive.
 */
export const ListActivityInput = InWorkspace.extend({
  actor: Id.optional(),
  action: z
    .string()
    .max(100, { error: 'must be at most 100 characters' })
    .regex(/^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/, { error: 'must be an action such as members.invite, or an area such as members' })
    .optional(),
  from: Instant.optional(),
  to: Instant.optional(),
  after: ActivityCursor.optional(),
  limit: z.number().int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }).max(200, { error: 'must be at most 200' }).default(50),
});
export type ListActivityInput = z.input<typeof ListActivityInput>;

export const ActivityEntry = z.object({
  id: z.string(),
  at: z.string(),
  /** Who acted; null fields where the actor's identity is gone or the change came from outside (a client's code). */
  actor: z.object({
    identityId: z.string().nullable(),
    email: z.string().nullable(),
    name: z.string().nullable(),
    /** A membership kind, or `public` for a change made without signing in (a client's code). */
    kind: z.union([MembershipKind, z.literal('public')]),
  }),
  /** Through which agency or API key the change was made, if any. */
  via: z.object({
    agency: z.string().nullable(),
    apiKey: z.string().nullable(),
  }),
  /** The workspace's handle. */
  workspace: z.string(),
  action: z.string(),
  /** The ids the call named, by input field: `{ identityId: … }`, `{ galleryIds: [ … ] }`. */
  subjectIds: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type ActivityEntry = z.infer<typeof ActivityEntry>;

export const ActivityPage = z.object({
  entries: z.array(ActivityEntry),
  nextCursor: z.string().nullable(),
});
export type ActivityPage = z.infer<typeof ActivityPage>;
