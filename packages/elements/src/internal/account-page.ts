import { html, type TemplateResult } from 'lit';
import type { FoyerErrorInfo } from '@foyer/client';

/**
 * Why a mailed account link (a password reset, a sign-up or email confirmation) no longer works:
 * `expired`, or `invalid` — used already, replaced by a newer link, or not copied whole.
 */
export type DeadAccountLink = 'expired' | 'invalid';

/** The refusal's meaning when it says the link is spent; null for a refusal that trying again may get past. */
export function deadAccountLinkOf(info: FoyerErrorInfo): DeadAccountLink | null {
  switch (info.code) {
    case 'ACCOUNT_LINK_EXPIRED':
    case 'RESET_LINK_EXPIRED':
      return 'expired';
    case 'ACCOUNT_LINK_INVALID':
    case 'RESET_LINK_INVALID':
      return 'invalid';
    default:
      // A token the schema refuses (too short, wrong characters) is not a link that ever worked.
      return info.code === 'INVALID_INPUT' && info.fieldErrors.token ? 'invalid' : null;
  }
}

/**
 * Leaves for the page's `next` address once someone was signed in here. The provider stores
 * the new session in its next update: leaving after it, the next page finds the session.
 */
export async function goNext(next: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  location.assign(next);
}

/** The `<foyer-sign-in>` a finished link page ends with: who is signed in, or the form to sign in with the new password or address. */
export function renderSignIn(): TemplateResult {
  return html`<foyer-sign-in
    part="sign-in"
    exportparts="form: sign-in-form, label: sign-in-label, input: sign-in-input, button: sign-in-button, error: sign-in-error, status: sign-in-status"
  ></foyer-sign-in>`;
}
