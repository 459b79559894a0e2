export { Id, WorkspaceHandle, InWorkspace, Email, DisplayText, NoteText, Instant, Ok } from './common.js';
export { WithoutNulCharacters, nulCharacterPaths, nulCharacterMessage } from './nul-characters.js';
export {
  Password,
  SignUpInput,
  SignInInput,
  IdentitySummary,
  SignedIn,
  Me,
} from './identities.js';
export {
  LinkRequested,
  AccountLinkInput,
  RequestPasswordResetInput,
  ChangePasswordInput,
  OwnSession,
  EndSessionInput,
  SessionsEnded,
  SetLanguageInput,
  LanguageSet,
} from './own-account.js';
export {
  CatalogTemplateName,
  CreateWorkspaceInput,
  UpdateWorkspaceInput,
  WorkspaceSettings,
  WorkspacePublic,
  WorkspaceFeatures,
} from './workspaces.js';
export {
  CurrentPassword,
  TotpCode,
  RecoveryCode,
  BeginSecondFactorInput,
  SecondFactorEnrolment,
  ConfirmSecondFactorInput,
  RecoveryCodes,
  DisableSecondFactorInput,
  RegenerateRecoveryCodesInput,
  SecondFactorStatus,
  SecondFactorChallenge,
  SignInResult,
  SignInSecondFactorInput,
} from './second-factor.js';
export {
  GrantRoleChoice,
  RegisterAgencyInput,
  GrantAgencyInput,
  AgencyGrantRef,
  ChangeAgencyRoleInput,
  AgencyGrant,
  AccountKind,
  AccountEntry,
  AccountList,
  ChangeEmailInput,
} from './agency.js';
export {
  GalleryPassword,
  CreateGalleryInput,
  UpdateGalleryInput,
  MoveGalleryInput,
  GalleryRef,
  UnlockGalleryInput,
  ItemRef,
  CancelUploadInput,
  UpdateItemInput,
  Gallery,
  Item,
  ItemMediaType,
  ItemName,
} from './galleries.js';
export {
  AccessCode,
  normalizeAccessCode,
  AccessScope,
  CreateAccessInput,
  AccessRef,
  UpdateAccessInput,
  SetAccessDisabledInput,
  RotateCodeInput,
  AccessGalleriesInput,
  AddAccessGalleriesInput,
  AddedGalleries,
  GalleryMail,
  ExpiryReminderDays,
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
  ClientItem,
  ClientGalleryView,
  SetFavouriteInput,
  AccessSelection,
} from './accesses.js';
export { GalleryCard, Overview, GalleryView, PublicGalleryInfo } from './overview.js';
export { catalogs, catalogTemplates } from './catalogs/index.js';
export type { Catalog, CatalogTemplate, Permission } from './catalogs/index.js';
export type { CatalogShape, ContactsDefinition, PermissionDefinition, RoleDefinition, OwnerOnlyArea } from './catalogs/shape.js';
export { photographyCatalog } from './catalogs/photography.js';
export { emailMarketingCatalog } from './catalogs/email-marketing.js';
export { hostingCatalog } from './catalogs/hosting.js';
export { marketplaceCatalog } from './catalogs/marketplace.js';
export { printShopCatalog } from './catalogs/print-shop.js';
export { expandPermissions, effectivePermissions, allPermissions, permissionsBeyond, impliedBy, keyOnlyPermissions, grantsOnlyKeyAccess } from './permissions.js';
export { errorMessages } from './errors.js';
export { localizedErrorMessages, errorMessageIn } from './error-messages/index.js';
export type { ErrorSentences } from './error-messages/index.js';
export { languages, fallbackLanguage, languageOf, preferredLanguage, firstLanguage } from './languages.js';
export type { Language } from './languages.js';
export {
  ContactStatus,
  ContactAction,
  ContactSortColumn,
  ContactKind,
  NotificationCategory,
  ContactRow,
  JobStatus,
  JobSummary,
  ContactDetail,
  ContactSort,
  ListContactsInput,
  ContactsPage,
  contactSearchCountCap,
  ContactRef,
  CreateContactInput,
  UpdateContactInput,
  ContactRefusal,
  ActivationRequestInput,
  ActivationRequestResult,
  DeactivateContactsInput,
  DeactivateContactsResult,
  DeletionPreview,
  DeleteContactResult,
  ActivationToken,
  DescribeActivationInput,
  TermsDocument,
  ActivationDescription,
  CompleteActivationInput,
  ActivationCompleted,
  ContactSelf,
  AcceptTermsInput,
  UploadTermsInput,
  TermsVersionSummary,
  TermsOverview,
  termsVersionsListed,
  NotifyInput,
  NotifyResult,
} from './contacts.js';
export {
  PhoneNumber,
  CountryCode,
  ContactRegistryFields,
  ContactAddress,
  RegistrantField,
  RegistrantsInput,
  Registrant,
  IncompleteRegistrant,
  registrantsListed,
  RegistrantsAnswer,
} from './contact-registry-fields.js';
export { countryCodes } from './country-codes.js';
export { Job, JobRef, CreateJobInput, ListJobsInput, SetJobStatusInput, JobFileSlot, JobFileName } from './jobs.js';
export {
  identityErrors,
  workspaceErrors,
  galleryErrors,
  accessErrors,
  contactErrors,
  secondFactorErrors,
  agencyErrors,
  teamErrors,
  marketplaceErrors,
  ticketErrors,
  transactionErrors,
  reportErrors,
} from './error-codes.js';
export type { ErrorCode } from './errors.js';
export {
  PermissionName,
  TemplateRoleKey,
  RoleChoice,
  RoleSummary,
  TemplateRole,
  CustomRole,
  RoleHolder,
  roleHoldersNamed,
  RolesList,
  CreateRoleInput,
  RoleRef,
  UpdateRoleInput,
} from './roles.js';
export {
  MembershipKind,
  InvitationState,
  Invitation,
  ApiKeySummary,
  MemberActions,
  Member,
  InviteMemberInput,
  InvitationRef,
  MemberRef,
  ChangeMemberRoleInput,
  SetMemberDisabledInput,
  OneTimeToken,
  InvitationTokenInput,
  InvitationDescription,
  AcceptInvitationInput,
  ResetPasswordInput,
  MailSent,
} from './members.js';
export { ApiKey, CreateApiUserInput, ApiUser, ApiUserWithKey, IssuedApiKey } from './api-users.js';
export { MyPermissions, CheckPermissionInput, PermissionCheck } from './permission-checks.js';
export { ActivityCursor, ListActivityInput, ActivityEntry, ActivityPage } from './activity.js';
// The rules straight from their zod-free module, so an element importing them bundles no zod.
export { minimumPasswordLength, passwordPolicies, combinedRules, passwordRuleStatus, unmetPasswordRules } from './password-rules.js';
export type { PasswordRule, PasswordRuleKind, RuleStatus } from './password-rules.js';
export { PasswordPolicyName, PasswordRules } from './password-policies.js';
export * from './marketplace/index.js';
