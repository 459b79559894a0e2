import { z } from 'zod';
import { DisplayText, WorkspaceHandle } from './common.js';

const PageUrl = z.url({ protocol: /^https?$/, error: 'must be an http or https address' }).max(2000);

export const CreateWorkspaceInput = z.object({
  handle: WorkspaceHandle,
  name: DisplayText(120),
  /** The page on the owner's site where clients enter their code; used to build share links. */
  entryUrl: PageUrl.optional(),
  /** The page on the owner's site that opens one gallery by its direct link. */
  galleryUrl: PageUrl.optional(),
});
export type CreateWorkspaceInput = z.infer<typeof CreateWorkspaceInput>;

export const WorkspacePublic = z.object({
  handle: z.string(),
  name: z.string(),
});
export type WorkspacePublic = z.infer<typeof WorkspacePublic>;
