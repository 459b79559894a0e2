import { PasswordRules } from './password-policies.js';
import { z } from 'zod';
import { DisplayText, Email, Id, InWorkspace, WorkspaceHandle } from './common.js';
import { ContactAddress, ContactRegistryFields } from './contact-registry-fields.js';
import { Password } from './identities.js';
import { SignInResult } from './second-factor.js';

/**
 * The status of a contact's account:
 * - `unregistered`: invited, no account yet — or its login identities were deleted;
 * - `not-active`: the account exists, the activation link was not followed;
 * - `active`: the contact may sign in, submit jobs and watch them;
 * - `deactivated`: the account exists but may not be used.
 */
export const ContactStatus = z.enum(['unregistered', 'not-active', 'active', 'deactivated']);
export type ContactStatus = z.infer<typeof ContactStatus>;

/** What can be done to a contact; the server lists the ones its status allows on every row. */
export const ContactAction = z.enum(['delete-identities', 'delete', 'send-activation', 'activate', 'deactivate', 'backup']);
export type ContactAction = z.infer<typeof ContactAction>;

export const ContactSortColumn = z.enum(['name', 'email', 'company', 'status', 'invitationSent', 'termsAcceptedAt']);
export type ContactSortColumn = z.infer<typeof ContactSortColumn>;

/**
 * - `customer`: a print shop's customer, who signs in to submit jobs;
 * - `notification-only`: a hosting contact who only receives the categories they chose;
 * - `sub-account`: a hosting contact who also signs in, with hand-picked permissions.
 */
export const ContactKind = z.enum(['customer', 'notification-only', 'sub-account']);
export type ContactKind = z.infer<typeof ContactKind>;

/** The email categories a hosting contact subscribes to, each on or off. */
export const NotificationCategory = z.enum(['general', 'product', 'domain', 'invoice', 'support', 'affiliate']);
export type NotificationCategory = z.infer<typeof NotificationCategory>;

/** A company name is optional; an empty one means none. */
const Company = DisplayText(200);
/** Permission names are checked against the workspace's catalog by the server. */
const PermissionName = z.string().max(100, { error: 'must be at most 100 characters' });

export const ContactRow = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  company: z.string().nullable(),
  status: ContactStatus,
  invitationSent: z.boolean(),
  /** When the workspace's current terms were accepted; null until then, and again after new terms. */
  termsAcceptedAt: z.string().nullable(),
  createdAt: z.string(),
  /** The actions the server allows in this status; it refuses the others anyway. */
  actions: z.array(ContactAction),
});
export type ContactRow = z.infer<typeof ContactRow>;

export const JobStatus = z.enum(['new', 'incoming', 'preflight', 'printing', 'finishing', 'completed']);
export type JobStatus = z.infer<typeof JobStatus>;

export const JobSummary = z.object({ id: z.string(), name: z.string(), status: JobStatus });
export type JobSummary = z.infer<typeof JobSummary>;

export const ContactDetail = ContactRow.extend({
  kind: ContactKind,
  /** Hand-picked permissions of a sub-account; empty for others. */
  permissions: z.array(z.string()),
  notifications: z.array(NotificationCategory),
  jobs: z.array(JobSummary),
  /** In international form (`+3612345678`); null until it is filled in, as each part of the address. */
  phone: z.string().nullable(),
  address: ContactAddress,
});
export type ContactDetail = z.infer<typeof ContactDetail>;

export const ContactSort = z.object({
  column: ContactSortColumn,
  direction: z.enum(['asc', 'desc']).default('asc'),
});
export type ContactSort = z.infer<typeof ContactSort>;

export const ListContactsInput = InWorkspace.extend({
  sort: ContactSort.default({ column: 'name', direction: 'asc' }),
  status: z.array(ContactStatus).max(4).optional(),
  invitationSent: z.boolean().optional(),
  search: z.string().trim().max(200, { error: 'must be at most 200 characters' }).optional(),
  /** The `nextCursor` of the previous page; only valid with the same sort. */
  after: z.string().max(1000, { error: 'must be at most 1000 characters' }).optional(),
  limit: z.number().int().min(1).max(200).default(100),
});
export type ListContactsInput = z.input<typeof ListContactsInput>;

export const ContactsPage = z.object({
  rows: z.array(ContactRow),
  nextCursor: z.string().nullable(),
  /** How many contacts the filters and the search match, across every page. */
  total: z.number(),
  /**
   * False when a search matched more than `contactSearchCountCap` contacts: then more than
   * `total` match. Counting every match of a short search would cost more than the page.
   */
  totalExact: z.boolean(),
  /**
   * What the member asking may do beyond each row's actions: add contacts, and edit a
   * contact's name, email, company, phone and address. The server refuses the same calls to anyone else.
   */
  may: z.object({ add: z.boolean(), edit: z.boolean() }),
  /**
   * What the add and edit form and the columns follow: the kinds of contact the workspace's
   * catalog keeps, the permissions a sub-account may be given (in the catalog's order, with its
   * labels and groups; empty without sub-accounts), whether the workspace has terms, and the
   * password rules.
   */
  setup: z.object({
    kinds: z.array(ContactKind),
    subAccountPermissions: z.array(z.object({ name: z.string(), label: z.string(), group: z.string() })),
    hasTerms: z.boolean(),
    /** The rules a password the primary user sets for a sub-account must meet (the workspace's policy). */
    passwordRules: PasswordRules,
  }),
});

export const contactSearchCountCap = 10_000;
export type ContactsPage = z.infer<typeof ContactsPage>;

export const ContactRef = InWorkspace.extend({ contactId: Id });
export type ContactRef = z.infer<typeof ContactRef>;

export const CreateContactInput = InWorkspace.extend({
  name: DisplayText(120),
  email: Email,
  company: Company.optional(),
  kind: ContactKind.optional(),
  permissions: z.array(PermissionName).max(100).optional(),
  notifications: z.array(NotificationCategory).max(6).optional(),
  /**
   * A sub-account's password, set by the primary user: the contact is Active at once, with no
   * activation link. Refused when the email already has a login, whose holder keeps their own.
   */
  password: Password.optional(),
  ...ContactRegistryFields.shape,
});
export type CreateContactInput = z.input<typeof CreateContactInput>;

export const UpdateContactInput = ContactRef.extend({
  name: DisplayText(120).optional(),
  email: Email.optional(),
  company: Company.nullable().optional(),
  /**
   * A hosting contact becomes a sub-account that signs in, or notification-only again (its
   * login goes, as with Delete identities). The primary user's to change, as adding is.
   */
  kind: ContactKind.optional(),
  permissions: z.array(PermissionName).max(100).optional(),
  notifications: z.array(NotificationCategory).max(6).optional(),
  /** A password for a sub-account without a login yet, as when adding one: it is Active at once. */
  password: Password.optional(),
  /** Phone and address: each left out stays as it is, an empty one is cleared. */
  ...ContactRegistryFields.shape,
});
export type UpdateContactInput = z.input<typeof UpdateContactInput>;

const ContactIds = z.array(Id).min(1, { error: 'must name at least one contact' }).max(500, { error: 'must name at most 500 contacts' });

/** A refusal for one contact of a bulk action, while the others go through. */
export const ContactRefusal = z.object({ code: z.string(), message: z.string() });
export type ContactRefusal = z.infer<typeof ContactRefusal>;

export const ActivationRequestInput = InWorkspace.extend({
  contactIds: ContactIds,
  /** `mailto`: a prefilled message to review in one's own mail program; `server`: sent by the server. */
  send: z.enum(['mailto', 'server']),
});
export type ActivationRequestInput = z.input<typeof ActivationRequestInput>;

export const ActivationRequestResult = z.object({
  results: z.array(
    z.object({
      contactId: z.string(),
      mailto: z.string().optional(),
      sent: z.boolean().optional(),
      refused: ContactRefusal.optional(),
    }),
  ),
});
export type ActivationRequestResult = z.infer<typeof ActivationRequestResult>;

export const DeactivateContactsInput = InWorkspace.extend({ contactIds: ContactIds });
export type DeactivateContactsInput = z.input<typeof DeactivateContactsInput>;

export const DeactivateContactsResult = z.object({
  results: z.array(z.object({ contactId: z.string(), row: ContactRow.optional(), refused: ContactRefusal.optional() })),
});
export type DeactivateContactsResult = z.infer<typeof DeactivateContactsResult>;

export const DeletionPreview = z.object({
  /** Jobs in New, Incoming or Completed that go with the contact. */
  jobsToDelete: z.number(),
  /** Jobs in processing that keep the contact from being deleted. */
  blockingJobs: z.array(JobSummary),
});
export type DeletionPreview = z.infer<typeof DeletionPreview>;

export const DeleteContactResult = z.object({ deletedJobs: z.number() });
export type DeleteContactResult = z.infer<typeof DeleteContactResult>;

/** The link's token, as it arrives in the activation page's address (`#token=…`). */
export const ActivationToken = z
  .string()
  .trim()
  .min(20, { error: 'is not a valid activation link' })
  .max(100, { error: 'is not a valid activation link' })
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'is not a valid activation link' });

export const DescribeActivationInput = z.object({ workspace: WorkspaceHandle, token: ActivationToken });
export type DescribeActivationInput = z.infer<typeof DescribeActivationInput>;

export const TermsDocument = z.object({
  version: z.number(),
  title: z.string(),
  text: z.string(),
  publishedAt: z.string(),
});
export type TermsDocument = z.infer<typeof TermsDocument>;

/**
 * What an activation link's page shows. A used link tells nothing but that: whoever holds an
 * old link learns no name, email or shop from it. `hasAccount`: the email already has a login,
 * so the person signs in (with its second factor) instead of choosing a password.
 */
export const ActivationDescription = z.discriminatedUnion('state', [
  z.object({ state: z.literal('used') }),
  z.object({
    state: z.enum(['valid', 'expired']),
    name: z.string(),
    email: z.string(),
    workspaceName: z.string(),
    /** The terms to accept; null while the workspace has published none. */
    terms: TermsDocument.nullable(),
    hasAccount: z.boolean(),
    /** The rules the new password must meet (the workspace's password policy). */
    passwordRules: PasswordRules,
  }),
]);
export type ActivationDescription = z.infer<typeof ActivationDescription>;

/**
 * `password` creates the login; a person who has one already signs in first and sends none.
 * `acceptTerms` is needed while the workspace has terms; the server refuses it missing then.
 */
export const CompleteActivationInput = DescribeActivationInput.extend({
  password: Password.optional(),
  acceptTerms: z.literal(true, { error: 'the terms of service must be accepted' }).optional(),
});
export type CompleteActivationInput = z.input<typeof CompleteActivationInput>;

/** Signed in at once, or — for a login that has a second factor — a challenge for identity.signInSecondFactor. */
export const ActivationCompleted = SignInResult;

/** What a signed-in contact sees of their own account, and whether the current terms await acceptance. */
export const ContactSelf = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  company: z.string().nullable(),
  status: ContactStatus,
  termsAcceptedAt: z.string().nullable(),
  /** True while the workspace has terms this contact has not accepted: show them before anything else. */
  termsAcceptanceDue: z.boolean(),
  terms: TermsDocument.nullable(),
});
export type ContactSelf = z.infer<typeof ContactSelf>;

export const AcceptTermsInput = InWorkspace.extend({ version: z.number().int().min(1) });
export type AcceptTermsInput = z.infer<typeof AcceptTermsInput>;

export const UploadTermsInput = InWorkspace.extend({
  title: DisplayText(200),
  /** The terms themselves, as plain text (line breaks kept). */
  text: z.string().trim().min(1, { error: 'must not be empty' }).max(200_000, { error: 'must be at most 200000 characters' }),
});
export type UploadTermsInput = z.input<typeof UploadTermsInput>;

/** One published version of the terms, as the terms' page lists it. */
export const TermsVersionSummary = z.object({
  version: z.number(),
  title: z.string(),
  publishedAt: z.string(),
  /** The name (or email) of whoever published it; null once that login is gone. */
  publishedBy: z.string().nullable(),
  /** How many contacts accepted this version, while it was current. */
  acceptedBy: z.number(),
});
export type TermsVersionSummary = z.infer<typeof TermsVersionSummary>;

/** The most versions `terms.versions` lists, newest first. */
export const termsVersionsListed = 100;

/** What the terms' page shows: the current terms, every version (newest first), and the contacts a new version resets. */
export const TermsOverview = z.object({
  current: TermsDocument.nullable(),
  versions: z.array(TermsVersionSummary),
  contacts: z.object({
    /** Every contact of the workspace: each is asked to accept a new version. */
    total: z.number(),
    /** Contacts holding an acceptance of the current version now: a new version clears theirs. */
    accepted: z.number(),
  }),
});
export type TermsOverview = z.infer<typeof TermsOverview>;

export const NotifyInput = InWorkspace.extend({
  category: NotificationCategory,
  subject: DisplayText(200),
  text: z.string().trim().min(1, { error: 'must not be empty' }).max(20_000, { error: 'must be at most 20000 characters' }),
});
export type NotifyInput = z.input<typeof NotifyInput>;

export const NotifyResult = z.object({ sentTo: z.number() });
export type NotifyResult = z.infer<typeof NotifyResult>;
