export { Id, WorkspaceHandle, InWorkspace, Email, DisplayText, NoteText, Instant, Ok } from './common.js';
export {
  Password,
  SignUpInput,
  SignInInput,
  MembershipRole,
  IdentitySummary,
  SignedIn,
  Me,
} from './identities.js';
export { CreateWorkspaceInput, UpdateWorkspaceInput, WorkspaceSettings, WorkspacePublic } from './workspaces.js';
export {
  GalleryPassword,
  CreateGalleryInput,
  UpdateGalleryInput,
  MoveGalleryInput,
  GalleryRef,
  ItemRef,
  Gallery,
  Item,
  ItemMediaType,
  ItemName,
} from './galleries.js';
export {
  AccessCode,
  AccessScope,
  CreateAccessInput,
  AccessRef,
  UpdateAccessInput,
  SetAccessDisabledInput,
  RotateCodeInput,
  AccessGalleriesInput,
  SendAccessInput,
  AccessStatus,
  Access,
  AccessWithCode,
  ReachedGallery,
  AccessDetail,
  AccessInvitation,
  SendResult,
  ClientSignInInput,
  ClientSession,
} from './accesses.js';
export { GalleryCard, Overview, GalleryView, PublicGalleryInfo } from './overview.js';
export { photographyCatalog } from './catalogs/photography.js';
export type { PhotographyPermission } from './catalogs/photography.js';
export { expandPermissions } from './permissions.js';
export type { Permission } from './permissions.js';
export { errorMessages } from './errors.js';
export { identityErrors, workspaceErrors, galleryErrors, accessErrors } from './error-codes.js';
export type { ErrorCode } from './errors.js';
