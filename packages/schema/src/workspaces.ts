import { z } from 'zod';
import { DisplayText, Email, InWorkspace, WorkspaceHandle } from './common.js';
import { PasswordPolicyName } from './password-policies.js';
import { catalogTemplates, type CatalogTemplate } from './catalogs/index.js';
import { languages } from './languages.js';

/** The permission catalog a workspace starts from. */
export const CatalogTemplateName = z.enum(catalogTemplates as [CatalogTemplate, ...CatalogTemplate[]], {
  error: `must be one of ${catalogTemplates.join(', ')}`,
});

const PageUrl = z.url({ protocol: /^https?$/, error: 'must be an http or https address' }).max(2000);

export const CreateWorkspaceInput = z.object({
  handle: WorkspaceHandle,
  name: DisplayText(120),
  template: CatalogTemplateName.default('photography'),
  /** The page on the owner's site where clients enter their code; used to build share links. */
  entryUrl: PageUrl.optional(),
  /** The page on the owner's site that opens one gallery by its direct link. */
  galleryUrl: PageUrl.optional(),
  /** The page on the owner's site where a contact follows an activation link (`#token=…`). */
  activationUrl: PageUrl.optional(),
});
export type CreateWorkspaceInput = z.infer<typeof CreateWorkspaceInput>;

/** What the owner changes later: the name, and the pages share links and direct links point to. */
export const UpdateWorkspaceInput = InWorkspace.extend({
  name: DisplayText(120).optional(),
  entryUrl: PageUrl.nullable().optional(),
  galleryUrl: PageUrl.nullable().optional(),
  activationUrl: PageUrl.nullable().optional(),
  /** Owner only: every member and agency grant must pass a second factor, however they sign in. */
  requireSecondFactor: z.boolean().optional(),
  /** Owner only: the rules a password set for this workspace must meet. */
  passwordPolicy: PasswordPolicyName.optional(),
  /** Owner only: where a seller account's confirmations go (null: to the owner's own address). */
  accountEmail: Email.nullable().optional(),
  /** The language of the workspace's mail to people who chose none (null: the sender's, else English). */
  language: z.enum(languages).nullable().optional(),
});
export type UpdateWorkspaceInput = z.infer<typeof UpdateWorkspaceInput>;

export const WorkspaceSettings = z.object({
  handle: z.string(),
  name: z.string(),
  template: CatalogTemplateName,
  entryUrl: z.string().nullable(),
  galleryUrl: z.string().nullable(),
  activationUrl: z.string().nullable(),
  /** Every member and agency grant must pass a second factor. */
  requireSecondFactor: z.boolean(),
  passwordPolicy: PasswordPolicyName,
  accountEmail: z.string().nullable(),
  language: z.enum(languages).nullable(),
});
export type WorkspaceSettings = z.infer<typeof WorkspaceSettings>;

export const WorkspacePublic = z.object({
  handle: z.string(),
  name: z.string(),
});
export type WorkspacePublic = z.infer<typeof WorkspacePublic>;

/** A workspace's plan features (agency access comes only with the plan that includes it), set by the operator; the owner sees them. */
export const WorkspaceFeatures = z.object({ agency: z.boolean() });
export type WorkspaceFeatures = z.infer<typeof WorkspaceFeatures>;
