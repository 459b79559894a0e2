import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { FoyerErrorInfo } from '@foyer/client';
import type { FoyerConnection } from '../context/foyer-context.js';

/** Whether trying again may help: the server was not reached or failed, rather than refused. */
export function isRetryable(info: FoyerErrorInfo): boolean {
  return ['NETWORK', 'INTERNAL', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE'].includes(info.code);
}

export interface LoadStateOptions {
  connection: FoyerConnection | undefined;
  /** The workspace the element names, its own or the provider's. */
  workspace: string;
  /** What to do before anything shows, in the element's words: "Sign in to see the users." */
  signIn: string;
  /** "Choose a master account to see its users." */
  chooseWorkspace: string;
  /** The refusal of the last load, as a sentence; empty when there is none. */
  loadError: string;
  retryable: boolean;
  onRetry: () => void;
  /** Whether the data has arrived. */
  loaded: boolean;
  /** "Loading the users…" */
  loading: string;
}

/**
 * What an element that loads a workspace's data shows until it can show that data: no
 * provider, nobody signed in, no workspace named, a refusal (with "Try again" where that may
 * help), or the load under way. Null once the data is there.
 */
export function renderLoadState(o: LoadStateOptions): TemplateResult | null {
  if (!o.connection) return html`<p part="error">${msg('This element needs a <foyer-provider> around it to reach the server.')}</p>`;
  if (!o.connection.token) return html`<p part="loading">${o.signIn}</p>`;
  if (!o.workspace) return html`<p part="loading">${o.chooseWorkspace}</p>`;
  if (o.loadError) {
    return html`
      <p part="error" role="alert">${o.loadError}</p>
      ${o.retryable ? html`<button part="button" type="button" @click=${o.onRetry}>${msg('Try again')}</button>` : nothing}
    `;
  }
  if (!o.loaded) return html`<p part="loading" role="status">${o.loading}</p>`;
  return null;
}
