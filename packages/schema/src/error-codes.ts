// Error codes and their English sentences, kept free of zod so the browser bundle stays small.
// The server answers with the code; elements show their own localized sentence for it.

export const identityErrors = {
  EMAIL_TAKEN: 'An account with this email already exists. Sign in instead.',
  SIGN_UP_CLOSED: 'Accounts are not open to sign-up here. Ask for an invitation.',
  ACCOUNT_LINK_INVALID: 'This link is not valid, or it was used already. Ask for a new one.',
  ACCOUNT_LINK_EXPIRED: 'This link has expired. Ask for a new one.',
  SESSION_NOT_FOUND: 'There is no such session of yours. It may have ended already.',
  WRONG_CREDENTIALS: 'The email or password is not correct.',
  SIGN_IN_THROTTLED: 'Too many attempts. Wait a few minutes and try again.',
  NOT_SIGNED_IN: 'Sign in to continue.',
  SESSION_EXPIRED: 'Your session has ended. Sign in again.',
} as const;

export const workspaceErrors = {
  HANDLE_TAKEN: 'This handle is already used by another workspace. Choose another one.',
  WORKSPACE_NOT_FOUND: 'There is no workspace with this handle.',
  NOT_A_MEMBER: 'You are not a member of this workspace.',
  FORBIDDEN: 'Your role in this workspace does not allow this.',
  OWNER_ONLY: 'Only the owner of this workspace can do this.',
  MEMBERSHIP_DISABLED: 'Your access to this workspace has been disabled. Ask its owner to enable it again.',
} as const;

export const galleryErrors = {
  GALLERY_NOT_FOUND: 'This gallery does not exist in this workspace.',
  PARENT_NOT_FOUND: 'The chosen parent gallery does not exist in this workspace.',
  MOVE_INTO_OWN_SUBTREE: 'A gallery cannot be moved into one of its own sub-galleries.',
  HAS_SUBGALLERIES: 'This gallery still has sub-galleries. Move or delete them first.',
  ITEM_NOT_FOUND: 'This item does not exist in this workspace.',
  COVER_NOT_IN_GALLERY: 'The cover must be one of this gallery’s own items.',
  WRONG_GALLERY_PASSWORD: 'The password is not correct.',
  GALLERY_PASSWORD_REQUIRED: 'This gallery is protected by a password.',
  UPLOAD_TOO_LARGE: 'The file is larger than the upload limit.',
  NOT_A_PICTURE: 'The file is not the picture it says it is: its content is not of its type.',
  UPLOAD_TOO_SLOW: 'The upload was too slow and was stopped. Check your connection and try again.',
  UPLOAD_CANCELLED: 'This upload was cancelled, so its file was not added.',
  UPLOAD_KEY_USED: 'Another upload already used this key. Send each file with a key of its own.',
} as const;

export const accessErrors = {
  ACCESS_NOT_FOUND: 'This client access does not exist in this workspace.',
  CODE_TAKEN: 'Another client access in this workspace already uses this code.',
  DOWNLOADS_NOT_ALLOWED: 'This access does not allow downloads.',
  PREVIEW_CANNOT_MARK: 'A preview shows the client’s view; it cannot mark favourites for the client.',
  CODE_MISMATCH: 'This is not the current code of this access. Rotate the code to get a new one.',
  CODE_NOT_KEPT: 'This code was set before codes were kept readable, so it cannot be shown. Rotate the code to get one you can show again.',
  NO_EMAIL: 'This access has no email address. Add one first.',
  GALLERIES_NOT_FOUND: 'One of the chosen galleries does not exist in this workspace.',
  // One answer for unknown, disabled and expired codes: the answer must not tell them apart.
  INVALID_CODE: 'This access code is not valid. Check it, or ask for a new one.',
  CODE_THROTTLED: 'Too many attempts. Wait a few minutes and try again.',
  NOT_IN_ACCESS: 'This gallery is not part of your access.',
} as const;

export const contactErrors = {
  CONTACT_NOT_FOUND: 'This contact does not exist in this workspace.',
  CONTACT_EMAIL_TAKEN: 'Another contact of this workspace already has this email address.',
  DELETE_IDENTITIES_NEEDS_ACTIVE: 'Only an active contact’s login identities can be deleted.',
  ACTIVATE_NEEDS_NOT_ACTIVE: 'Only a contact whose account is not active yet can be activated.',
  DEACTIVATE_NEEDS_ACTIVE: 'Only an active contact can be deactivated.',
  ACTIVATION_NOT_NEEDED: 'This contact has already activated the account; an activation request is only for contacts who have not.',
  CONTACT_HAS_ACTIVE_JOBS: 'This contact has jobs in processing. Nothing was deleted; wait until those jobs are completed.',
  NOTIFICATION_ONLY_CONTACT: 'This contact only receives notifications and has no login.',
  PERMISSION_NOT_IN_CATALOG: 'One of the chosen permissions does not exist in this workspace.',
  CONTACTS_OWNER_ONLY: 'Only the account’s primary user can add contacts.',
  ACTIVATION_LINK_INVALID: 'This activation link is not valid. Ask for a new activation request.',
  ACTIVATION_LINK_EXPIRED: 'This activation link has expired. Ask for a new activation request.',
  ACTIVATION_LINK_USED: 'This activation link was already used. Sign in, or ask for a new activation request.',
  ACTIVATION_NEEDS_SIGN_IN: 'An account with this email already exists. Sign in with it, then activate with the same link.',
  ACTIVATION_WRONG_ACCOUNT: 'This activation link is for another email address. Sign out, then sign in as the address it was sent to.',
  NOT_A_CONTACT: 'You are not a contact of this workspace.',
  TERMS_NOT_CURRENT: 'These are not the current terms of service. Read the current terms and accept them.',
  TERMS_NOT_ACCEPTED: 'Accept the current terms of service first.',
  JOB_NOT_FOUND: 'This job does not exist in this workspace.',
  JOB_FILE_MISSING: 'This job has no such file.',
  JOB_FILE_TYPE: 'The input must be a PDF, the model a JSON file.',
  JOB_LOCKED: 'This job is already being processed; its files can no longer be changed.',
  CONTACT_KIND_NOT_AVAILABLE: 'This kind of contact is not available in this workspace.',
  CONTACT_NOT_ACTIVE: 'Your account in this workspace is not active. Ask the shop to activate it.',
  CURSOR_INVALID: 'The page position is not valid for this sort. Start again from the first page.',
} as const;

export const secondFactorErrors = {
  WRONG_PASSWORD: 'The password is not correct.',
  WRONG_SECOND_FACTOR_CODE: 'This code is not correct, or it has been used already. Wait for the next code and try again.',
  SECOND_FACTOR_THROTTLED: 'Too many wrong codes. Wait a few minutes and try again.',
  OWN_PASSWORD_FIRST: 'Someone else chose this login’s password. Choose your own first, from a reset link sent to your email, then turn on the second factor.',
  SECOND_FACTOR_NOT_BEGUN: 'Start setting up the second factor first: a new secret is needed.',
  SECOND_FACTOR_NOT_ON: 'The second factor is not turned on for this account.',
  CHALLENGE_EXPIRED: 'This sign-in has expired or was completed already. Sign in again with your email and password.',
  SECOND_FACTOR_REQUIRED: 'This workspace requires a second factor. Sign in again and enter the code from your authenticator app.',
  SECOND_FACTOR_NOT_SET_UP: 'Turn on a second factor (an authenticator app) for your account first, then sign in again with it.',
  SECOND_FACTOR_NEEDED_FIRST: 'Turn on your own second factor and sign in with it before you require one of everyone.',
} as const;

export const agencyErrors = {
  AGENCY_FEATURE_OFF: 'Agency access is not part of this workspace’s plan.',
  NOT_AN_AGENCY_ACCOUNT: 'There is no agency account with this email. The agency registers one first, with an email used for nothing else.',
  AGENCY_ACCOUNT_ONLY_FOR_GRANTS: 'An agency account only reaches workspaces that grant it access: it cannot own a workspace or be a member or contact.',
  AGENCY_EMAIL_IN_USE: 'This email is already used by another account. An agency account needs an email used for nothing else.',
  ALREADY_IN_WORKSPACE: 'This account already has access to this workspace. Change its role instead.',
  AGENCY_GRANT_NOT_FOUND: 'This agency has no access to this workspace.',
  AGENCY_ROLE_API_ONLY: 'An agency works signed in and never holds an API key, so a role with API access alone would give it nothing. Choose a role with permissions it can use.',
  ROLE_NOT_FOUND: 'This role does not exist in this workspace.',
} as const;

export const teamErrors = {
  ROLE_NOT_FOUND: 'This role does not exist in this workspace.',
  TEMPLATE_ROLE_NOT_FOUND: 'The workspace’s template has no role with this key.',
  ROLE_NAME_TAKEN: 'Another role in this workspace already has this name. Choose another one.',
  ROLE_IN_USE: 'Members or open invitations still hold this role. Give them another role first.',
  // The server adds the names it refused to the sentence.
  UNKNOWN_PERMISSIONS: 'These permissions are not in this workspace’s catalog:',
  BEYOND_OWN_PERMISSIONS: 'You can only grant permissions you hold yourself. Not yours:',
  MEMBER_NOT_FOUND: 'This person is not a member of this workspace.',
  MEMBER_OUTRANKS_YOU: 'This member holds permissions you do not hold, so you cannot change or remove them.',
  OWNER_UNTOUCHABLE: 'The owner’s membership cannot be changed or removed.',
  NOT_YOURSELF: 'You cannot change or remove your own membership. Ask the owner or another manager.',
  ALREADY_MEMBER: 'This person is already a member of this workspace.',
  INVITATION_PENDING: 'An invitation to this email is already open. Resend it instead.',
  INVITATION_NOT_FOUND: 'This invitation link is not valid. It may have been replaced by a newer one: open the latest invitation email, or ask for the invitation to be sent again.',
  INVITATION_EXPIRED: 'This invitation has expired. Ask the person who invited you to send it again: the new email holds a fresh link.',
  INVITATION_USED: 'This invitation has already been accepted. Sign in with the invited email address.',
  INVITATION_REVOKED: 'This invitation was withdrawn. Ask the person who invited you whether you should still join.',
  INVITATION_WRONG_ACCOUNT: 'This invitation is for another email address. Sign out, then open the link again and sign in as the invited address.',
  INVITATION_NEEDS_SIGN_IN: 'An account with this email already exists. Sign in with it, then open the link again to accept.',
  PASSWORD_REQUIRED: 'Choose a password to create your account.',
  RESET_LINK_INVALID: 'This password reset link is not valid or has already been used. Ask for a new one.',
  RESET_LINK_EXPIRED: 'This password reset link has expired. Ask for a new one.',
  API_USER_NO_PASSWORD: 'API users have no password: they work with their API key only.',
  RESET_BELONGS_ELSEWHERE: 'This person’s login is used outside this workspace too, so only they can reset its password. End their sessions here and ask them to reset it themselves.',
  API_USER_NO_INTERFACE: 'This user works through the API only: call with its API key.',
  API_KEY_INVALID: 'This API key is not valid. It may have been rotated or revoked.',
  API_KEY_NEEDS_WORKSPACE: 'An API key works only with calls that name its workspace.',
  API_READ_REQUIRED: 'This API key may not read through the API: its user needs the API read permission.',
  API_WRITE_REQUIRED: 'This API key may not make changes through the API: its user needs the API read/write permission.',
  API_ACCESS_REQUIRED: 'This API key may not be used: its user needs the API access permission.',
  NO_API_KEY: 'This member has no API key.',
  INVALID_CURSOR: 'This page cursor is not valid. Start again from the first page.',
} as const;

export const marketplaceErrors = {
  PASSWORD_POLICY: 'The password does not meet the password rules:',
  NOT_A_SELLER_ACCOUNT: 'This workspace is not a seller account.',
  NOT_A_MASTER_ACCOUNT: 'This workspace is not a master account.',
  SELLER_SIGN_IN_WRONG: 'The nickname or the password is not correct.',
  SELLER_SECOND_FACTOR_REQUIRED: 'This account’s owner has a second factor: enter the code from the authenticator app as well.',
  ACCOUNT_ALREADY_LINKED: 'This account is already linked to a master account. Remove it there first.',
  ACCOUNT_LINKED_HERE: 'This account is already linked to this master account.',
  MASTER_LINK_INVALID: 'This confirmation link is not valid or has already been used. Start again: a new link will be sent.',
  MASTER_LINK_EXPIRED: 'This confirmation link has expired. Start again: a new link will be sent.',
  ACCOUNT_NOT_LINKED: 'This account is not linked to this master account.',
  ACCOUNTS_NOT_LINKED: 'These accounts are not linked to this master account:',
  PRODUCT_NOT_FOUND: 'This account has no product with this code. Save the product first.',
  RECEIPT_TAKEN: 'This account already has a sale with this receipt number.',
  RECEIPT_NOT_FOUND: 'This account has no sale with this receipt number.',
  NOT_RECURRING: 'Only a recurring product is rebilled or cancelled.',
  SALE_PRODUCT_DIFFERS: 'A refund, chargeback, rebill or cancellation is of the product of its sale.',
  CURRENCY_DIFFERS: 'A refund, chargeback or rebill is in the currency of its sale.',
} as const;

export const transactionErrors = {
  // One answer for a transaction that does not exist, one of an account the caller does not work
  // in, and one an Orders/Tickets user may not see (no ticket): what exists is not to be probed.
  TRANSACTION_NOT_FOUND: 'There is no such transaction in the accounts you work in.',
} as const;

export const ticketErrors = {
  // One answer for a ticket that does not exist and one in an account the caller does not work in.
  TICKET_NOT_FOUND: 'There is no such ticket in the accounts you work in.',
  TICKET_ALREADY_CLOSED: 'This ticket is closed already.',
  TICKET_NOT_CLOSED: 'Only a closed ticket can be reopened.',
  TICKET_CLOSED: 'This ticket is closed. Reopen it first.',
  TICKET_TYPE_UNCHANGED: 'The ticket has this type already.',
  TICKET_EMAIL_UNCHANGED: 'The ticket has this customer email already.',
  CANCELLATION_NEEDS_RECURRING: 'A cancellation is only for a sale of a recurring product.',
  TICKET_HAS_NO_SALE: 'This ticket belongs to no sale, so there is nothing to refund.',
  // The server adds what is left to refund (`remaining`, in minor units, and `currency`) to the details.
  REFUND_EXCEEDS_SALE: 'The refund is more than what is left of the sale after its refunds so far.',
} as const;

export const reportErrors = {
  // The owner is not a third party, nor is anyone who is not a user of this master account.
  THIRD_PARTY_NOT_FOUND: 'This master account has no such third-party user.',
} as const;
