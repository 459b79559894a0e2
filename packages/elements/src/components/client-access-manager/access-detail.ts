import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Access, AccessDetail, Gallery, ReachedGallery } from '@foyer/schema';
import { renderCodeHint, renderStatus } from './access-list.js';
import type { CodeSharing } from './code-sharing.js';
import { formatDate, formatNumber, lastUsed, scopeLabel, statusSentence } from './format.js';
import { renderSharePanel } from './share-panel.js';
import { renderGalleryChooser } from './gallery-chooser.js';
import { renderReachList } from './reach-list.js';
import { clientMailFacts, renderNotifyChoice } from './client-mail-settings.js';
import { downloadsFact } from './downloads-setting.js';

/** What is known about one access, as a description list; its code can be shown again where it was kept. */
export function renderAccessFacts(a: Access, locale: string, onShowCode: () => void): TemplateResult {
  const none = html`<span class="muted">${msg('none')}</span>`;
  return html`
    <dl part="facts" class="facts">
      <div>
        <dt>${msg('Code')}</dt>
        <dd>
          ${renderCodeHint(a.codeHint)}
          ${
            a.codeReadable
              ? html`<button part="button code-show" id="show-code" type="button" @click=${onShowCode}>${msg('Show code')}</button>`
              : html`<span class="muted">${msg('This code was set before codes were kept, so it cannot be shown. To hand it out again, rotate the code.')}</span>`
          }
        </dd>
      </div>
      <div><dt>${msg('Email')}</dt><dd>${a.email ?? none}</dd></div>
      <div>
        <dt>${msg('Internal note')} <span class="muted">${msg('(never shown to the client)')}</span></dt>
        <dd class="note">${a.note || none}</dd>
      </div>
      <div><dt>${msg('Opens')}</dt><dd>${scopeLabel(a.scope)}</dd></div>
      ${downloadsFact(a.downloads)} ${clientMailFacts(a)}
      <div><dt>${msg('Expires')}</dt><dd>${a.expiresAt ? formatDate(a.expiresAt, locale) : msg('Never')}</dd></div>
      <div><dt>${msg('Last used')}</dt><dd>${lastUsed(a.lastUsedAt, locale)}</dd></div>
      <div><dt>${msg('Uses')}</dt><dd>${formatNumber(a.useCount, locale)}</dd></div>
      <div><dt>${msg('Created')}</dt><dd>${formatDate(a.createdAt, locale)}</dd></div>
    </dl>
  `;
}

export interface AccessActions {
  onShowCode: () => void;
  onEdit: () => void;
  onToggleDisabled: () => void;
  onRotate: (event: Event) => void;
  onPreview: (event: Event) => void;
  onDelete: (event: Event) => void;
}

/** The buttons acting on one access. Rotate and Delete ask first; Disable does not. */
export function renderAccessActions(a: Access, on: AccessActions): TemplateResult {
  return html`
    <div part="actions" class="buttons" role="group" aria-label=${msg(str`Actions for ${a.name}`)}>
      <button part="button" type="button" @click=${on.onEdit}>${msg('Edit')}</button>
      <button part="button" type="button" @click=${on.onToggleDisabled}>
        ${a.status === 'disabled' ? msg('Enable') : msg('Disable')}
      </button>
      <button part="button" type="button" @click=${on.onRotate}>${msg('Rotate code')}</button>
      <button part="button" type="button" @click=${on.onPreview}>${msg('Preview as the client')}</button>
      <button part="button button-danger" class="danger" type="button" @click=${on.onDelete}>${msg('Delete')}</button>
    </div>
  `;
}

export interface AccessGalleriesOptions {
  detail: AccessDetail;
  /** The chooser is open. */
  choosing: boolean;
  pending: boolean;
  galleries: readonly Gallery[] | undefined;
  galleriesError: string;
  locale: string;
  onChoose: () => void;
  onSave: (event: SubmitEvent) => void;
  onCancel: () => void;
}

/** Which galleries the access opens and why, and the chooser that adds and removes them. */
export function renderAccessGalleries(o: AccessGalleriesOptions): TemplateResult {
  const { reach, access } = o.detail;
  return html`
    <section class="reach-section" aria-labelledby="reach-heading">
      <h4 id="reach-heading">${msg('Galleries this access opens, and why')}</h4>
      ${renderReachList(reach, access.scope)}
      ${
        o.choosing
          ? html`
            <form part="form" class="form" aria-busy=${o.pending ? 'true' : 'false'} @submit=${o.onSave}>
              ${renderGalleryChooser({
                galleries: o.galleries,
                error: o.galleriesError,
                checked: new Set(reach.filter((r) => r.reason === 'added').map((r) => r.galleryId)),
                reach: new Map<string, ReachedGallery>(reach.map((r) => [r.galleryId, r])),
                legend: msg('Galleries added by hand'),
                locale: o.locale,
              })}
              ${renderNotifyChoice(access)}
              <div class="buttons">
                <button part="button button-primary" class="primary" type="submit">${msg('Save galleries')}</button>
                <button part="button" type="button" @click=${o.onCancel}>${msg('Cancel')}</button>
              </div>
            </form>
          `
          : html`<button part="button" id="choose-galleries" type="button" @click=${o.onChoose}>
            ${msg('Add or remove galleries')}
          </button>`
      }
    </section>
  `;
}

export interface AccessDetailOptions {
  accessId: string;
  detail: AccessDetail | undefined;
  detailError: string;
  actionError: string;
  choosing: boolean;
  pending: boolean;
  galleries: Gallery[] | undefined;
  galleriesError: string;
  locale: string;
  sharing: CodeSharing;
  actions: AccessActions;
  onBack: () => void;
  onDoneSharing: () => void;
  onChoose: () => void;
  onSave: (event: SubmitEvent) => void;
  onCancelChoosing: () => void;
  /** The pictures the access's client marked as favourites. */
  selection?: TemplateResult;
}

/** One access: its status, its code when shown, its facts, its actions and its galleries. */
export function renderAccessDetail(o: AccessDetailOptions): TemplateResult {
  const back = html`<button part="button" class="back" type="button" @click=${o.onBack}>
    <span aria-hidden="true">←</span> ${msg('All client accesses')}
  </button>`;
  if (o.detailError) return html`${back}<p part="error" role="alert">${o.detailError}</p>`;
  const d = o.detail;
  if (!d || d.access.id !== o.accessId) return html`${back}<p part="loading" role="status">${msg('Loading the access…')}</p>`;
  const a = d.access;
  const shared = o.sharing.shared;
  return html`
    ${back}
    <article part="detail" class="detail" aria-labelledby="detail-heading">
      <div class="detail-head">
        <h3 id="detail-heading" tabindex="-1">${a.name}</h3>
        ${renderStatus(a.status)}
      </div>
      <p class="hint">${statusSentence(a.status)}</p>
      ${
        shared?.accessId === a.id
          ? renderSharePanel({
              accessName: a.name,
              email: a.email,
              shared,
              link: o.sharing.link(),
              onCopyCode: o.sharing.copyCode,
              onCopyLink: o.sharing.copyLink,
              onSend: o.sharing.send,
              onDone: o.onDoneSharing,
            })
          : nothing
      }
      ${o.actionError ? html`<p part="error" role="alert">${o.actionError}</p>` : nothing}
      ${renderAccessFacts(a, o.locale, o.actions.onShowCode)} ${renderAccessActions(a, o.actions)}
      ${renderAccessGalleries({
        detail: d,
        choosing: o.choosing,
        pending: o.pending,
        galleries: o.galleries,
        galleriesError: o.galleriesError,
        locale: o.locale,
        onChoose: o.onChoose,
        onSave: o.onSave,
        onCancel: o.onCancelChoosing,
      })}
      ${o.selection ?? nothing}
    </article>
  `;
}
