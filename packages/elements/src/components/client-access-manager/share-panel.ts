import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { sentSentence, type SharedCode } from './code-sharing.js';

export interface SharePanelOptions {
  accessName: string;
  email: string | null;
  shared: SharedCode;
  /** A full address that opens the entry page with the code filled in, or null where there is none. */
  link: string | null;
  onCopyCode: () => void;
  onCopyLink: () => void;
  onSend: () => void;
  onDone: () => void;
}

/** The code, with every way to hand it to the client. */
export function renderSharePanel(o: SharePanelOptions): TemplateResult {
  const { shared } = o;
  return html`
    <section part="share" class="share" aria-labelledby="share-heading">
      <h4 id="share-heading" tabindex="-1">${msg(str`Access code for “${o.accessName}”`)}</h4>
      <p class="code-line">
        <code part="code" class="code" id="shared-code">${shared.code}</code>
      </p>
      <p class="once">${msg('Copy it or send it to the client. You can show it here again at any time; rotating the code gives a new one.')}</p>
      <div class="buttons" role="group" aria-label=${msg('Share the code')}>
        <button part="button button-primary" class="primary" type="button" @click=${o.onCopyCode}>${msg('Copy code')}</button>
        ${o.link ? html`<button part="button" type="button" @click=${o.onCopyLink}>${msg('Copy link')}</button>` : nothing}
        ${shared.invitation ? html`<a part="button" class="button" href=${shared.invitation.mailto}>${msg('Open in mail program')}</a>` : nothing}
        ${
          o.email
            ? html`<button part="button" type="button" aria-disabled=${shared.sending ? 'true' : 'false'} @click=${o.onSend}>
              ${msg(str`Send by email to ${o.email}`)}
            </button>`
            : nothing
        }
        <button part="button" type="button" @click=${o.onDone}>${msg('Done')}</button>
      </div>
      ${
        o.link
          ? nothing
          : html`<p class="hint">
            ${msg('There is no link to copy: this workspace has no entry page address. Clients enter the code on your site.')}
          </p>`
      }
      ${o.email ? nothing : html`<p class="hint">${msg('Add an email address to the access to send the code from here.')}</p>`}
      ${shared.invitationError ? html`<p part="error" role="alert">${shared.invitationError}</p>` : nothing}
      ${shared.sendError ? html`<p part="error" role="alert">${shared.sendError}</p>` : nothing}
      ${shared.sent ? html`<p class="sent" data-transport=${shared.sent.transport}>${sentSentence(shared.sent)}</p>` : nothing}
    </section>
  `;
}
