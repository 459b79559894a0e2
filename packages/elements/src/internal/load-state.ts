import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { FoyerErrorInfo } from '@foyer/client';
import type { FoyerConnection } from '../context/foyer-context.js';
import type { SignInPrompt } from './sign-in-prompt.js';

/** Whether trying again may help: the server was not reached or failed, rather than refused. */
export function isRetryable(info: FoyerErrorInfo): boolean {
  return ['NETWORK', 'INTERNAL', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE'].includes(info.code);
}

export interface LoadStateOptions {
  connection: FoyerConnection | undefined;
  /** The workspace the element names, its own or the provider's. */
  workspace: string;
  /** What signing in shows, in the element's words: "Sign in to see the users." */
  signIn: string;
  /** The element's sign-in prompt: it shows while nobody (or a session the server refused) is signed in. */
  prompt: SignInPrompt;
  /** "Choose a master account to see its users." */
  chooseWorkspace: string;
  /** The refusal of the last load, as a sentence; empty when there is none (or when it asked for a sign-in). */
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
 * provider, the sign-in prompt (nobody signed in, or a session the server refused), no
 * workspace named, a refusal (with "Try again" where that may help), or the load under way.
 * Null once the data is there.
 */
export function renderLoadState(o: LoadStateOptions): TemplateResult | null {
  if (!o.connection) return html`<p part="error">${msg('This element needs a <foyer-provider> around it to reach the server.')}</p>`;
  if (o.prompt.needed()) return o.prompt.render(o.signIn);
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
