import { msg } from '@lit/localize';

// The activity log's sentence for each action, fetched beside the log's first page: a page that
// never shows the log never carries them.

/** A short label for every action the activity log records; an action of a newer server shows its path. */
export function actionLabel(action: string): string {
  switch (action) {
    case 'members.invite':
      return msg('Invited a team member');
    case 'members.remove':
      return msg('Removed a team member');
    case 'members.setRole':
      return msg('Changed a role');
    case 'galleries.create':
      return msg('Created a gallery');
    case 'galleries.update':
      return msg('Changed a gallery');
    case 'galleries.delete':
      return msg('Deleted a gallery');
    case 'galleries.move':
      return msg('Moved a gallery');
    case 'galleries.updateItem':
      return msg('Named a photo');
    case 'galleries.deleteItem':
      return msg('Deleted a photo');
    case 'galleries.cancelUpload':
      return msg('Cancelled an upload');
    case 'accesses.create':
      return msg('Created a client access');
    case 'accesses.update':
      return msg('Changed a client access');
    case 'accesses.setDisabled':
      return msg('Disabled or enabled a client access');
    case 'accesses.delete':
      return msg('Deleted a client access');
    case 'contacts.create':
      return msg('Added a contact');
    case 'contacts.deactivate':
      return msg('Deactivated a contact');
    case 'roles.create':
      return msg('Created a role');
    case 'jobs.create':
      return msg('Created a job');
    case 'jobs.setStatus':
      return msg('Changed a job’s status');
    case 'terms.upload':
      return msg('Uploaded terms');
    case 'agencyGrants.grant':
      return msg('Gave an agency access');
    case 'workspaces.create':
      return msg('Created the account');
    case 'galleries.upload':
      return msg('Uploaded a photo');
    case 'jobs.storeFile':
      return msg('Uploaded a job file');
    case 'activation.complete':
      return msg('Activated their account');
    case 'invitations.accept':
      return msg('Joined the team');
    case 'identity.changePassword':
      return msg('Changed their password');
    case 'identity.resetPassword':
      return msg('Reset their password');
    case 'identity.confirmEmailChange':
      return msg('Changed their email address');
    case 'identity.secondFactor.confirm':
      return msg('Turned on a second factor');
    case 'identity.secondFactor.disable':
      return msg('Turned off the second factor');
    case 'identity.secondFactor.regenerateRecoveryCodes':
      return msg('Made new recovery codes');
    case 'identity.sessions.end':
      return msg('Signed out a device');
    case 'identity.sessions.endOthers':
      return msg('Signed out every other device');
    case 'identity.signUp':
      return msg('Signed up');
    case 'identity.confirmSignUp':
      return msg('Confirmed their sign-up');
    case 'identity.signIn':
      return msg('Signed in');
    case 'identity.signInSecondFactor':
      return msg('Signed in with the second factor');
    case 'identity.signOut':
      return msg('Signed out');
    case 'identity.requestPasswordReset':
      return msg('Asked to reset their password');
    case 'identity.changeEmail':
      return msg('Asked to change their email address');
    case 'identity.setLanguage':
      return msg('Changed their language');
    case 'identity.secondFactor.begin':
      return msg('Began setting up a second factor');
    case 'workspaces.update':
      return msg('Changed the account settings');
    case 'accesses.rotateCode':
      return msg('Gave a client access a new code');
    case 'accesses.revealCode':
      return msg('Showed a client access’s code');
    case 'accesses.addGalleries':
      return msg('Added galleries to a client access');
    case 'accesses.removeGalleries':
      return msg('Removed galleries from a client access');
    case 'accesses.send':
      return msg('Sent a client their code');
    case 'accesses.preview':
      return msg('Previewed a client’s view');
    case 'client.signIn':
      return msg('Signed in with an access code');
    case 'client.setFavourite':
      return msg('Marked or unmarked a favourite');
    case 'client.signOut':
      return msg('Signed out of the client area');
    case 'publicGallery.unlock':
      return msg('Opened a gallery with its password');
    case 'contacts.update':
      return msg('Changed a contact');
    case 'contacts.activationRequest':
      return msg('Sent an activation request');
    case 'contacts.activate':
      return msg('Activated a contact');
    case 'contacts.deleteIdentities':
      return msg('Deleted a contact’s logins');
    case 'contacts.delete':
      return msg('Deleted a contact');
    case 'terms.accept':
      return msg('Accepted the terms');
    case 'jobs.submit':
      return msg('Submitted a job');
    case 'notifications.notify':
      return msg('Sent a notification');
    case 'agencies.register':
      return msg('Registered an agency');
    case 'agencyGrants.changeRole':
      return msg('Changed an agency’s role');
    case 'agencyGrants.revoke':
      return msg('Took an agency’s access away');
    case 'roles.update':
      return msg('Changed a role’s permissions');
    case 'roles.delete':
      return msg('Deleted a role');
    case 'members.resendInvitation':
      return msg('Sent an invitation again');
    case 'members.revokeInvitation':
      return msg('Withdrew an invitation');
    case 'members.changeRole':
      return msg('Changed a team member’s role');
    case 'members.setDisabled':
      return msg('Disabled or enabled a team member');
    case 'members.resetPassword':
      return msg('Sent a team member a password link');
    case 'members.endSessions':
      return msg('Signed a team member out everywhere');
    case 'apiUsers.create':
      return msg('Created an API user');
    case 'apiUsers.rotateKey':
      return msg('Gave an API user a new key');
    case 'apiUsers.revokeKey':
      return msg('Revoked an API user’s key');
    case 'sales.saveProduct':
      return msg('Saved a product');
    case 'sales.record':
      return msg('Recorded a sale');
    case 'sales.recordMany':
      return msg('Recorded sales');
    case 'master.register':
      return msg('Registered a master account');
    case 'master.completeRegistration':
      return msg('Completed a master account’s registration');
    case 'master.linkAccount':
      return msg('Asked to link a seller account');
    case 'master.confirmLink':
      return msg('Confirmed a seller account’s link');
    case 'master.unlinkAccount':
      return msg('Removed a linked account');
    case 'masterUsers.create':
      return msg('Added a user of the master account');
    case 'masterUsers.update':
      return msg('Changed a user of the master account');
    case 'masterUsers.sendPasswordLink':
      return msg('Sent a user a password link');
    case 'tickets.open':
      return msg('Opened a ticket');
    case 'tickets.comment':
      return msg('Commented on a ticket');
    case 'tickets.close':
      return msg('Closed a ticket');
    case 'tickets.reopen':
      return msg('Reopened a ticket');
    case 'tickets.changeType':
      return msg('Changed a ticket’s type');
    case 'tickets.changeEmail':
      return msg('Changed a ticket’s customer email');
    case 'tickets.refund':
      return msg('Refunded a ticket’s order');
    case 'tickets.openForTransaction':
      return msg('Opened a ticket for a sale');
    case 'receipts.email':
      return msg('Emailed a receipt');
    default:
      return action;
  }
}
