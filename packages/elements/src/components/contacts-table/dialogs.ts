import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ContactAction, ContactDetail, ContactRow, ContactsPage, DeletionPreview } from '@foyer/schema';
import { renderDialogActions } from '../../internal/modal-dialog/dialog-actions.js';
import '../../internal/modal-dialog/define.js';
import { renderContactForm } from './contact-form.js';
import { hostingHint, renderHostingFields, type HostingForm } from './hosting-contact-fields.js';
import { renderRegistryFields } from './registry-fields.js';
import { actionLabel, formatNumber, jobStatusLabel, statusLabel, statusSentence } from './format.js';

/** One contact's outcome of a bulk action. */
export interface ResultLine {
  contactId: string;
  name: string;
  outcome: 'mailto' | 'sent' | 'not-sent' | 'deactivated' | 'refused';
  mailto?: string;
  message?: string;
}

/** What the element's one modal dialog shows. */
export type TableDialog =
  | { kind: 'actions'; row: ContactRow }
  | { kind: 'add'; hosting?: HostingForm }
  | { kind: 'edit'; row: ContactRow; detail?: ContactDetail; hosting?: HostingForm }
  | { kind: 'delete-identities'; row: ContactRow }
  | { kind: 'delete'; row: ContactRow; preview: DeletionPreview | null }
  | { kind: 'activate'; row: ContactRow }
  | { kind: 'deactivate'; rows: ContactRow[] }
  | { kind: 'send'; rows: ContactRow[] }
  | { kind: 'results'; action: 'send' | 'deactivate'; lines: ResultLine[] };

export interface DialogOptions {
  dialog: TableDialog | null;
  error: string;
  /** The server's problem with each field of the add or edit form. */
  fieldErrors: Readonly<Record<string, string>>;
  /** Whether the member may edit a contact's details (the server's `may.edit`). */
  mayEdit: boolean;
  pending: boolean;
  locale: string;
  /** Where focus returns when the dialog closes (the grid, or the button that opened it). */
  returnFocus: HTMLElement | null;
  onAction: (action: ContactAction) => void;
  onEdit: () => void;
  onConfirm: () => void;
  onSend: (mode: 'mailto' | 'server') => void;
  onCancel: () => void;
  /** What the workspace's contacts are (the server's `setup`), once a page is loaded. */
  setup?: ContactsPage['setup'];
  /** The person changed a hosting choice of the add or edit form. */
  onHostingChange?: (change: (form: HostingForm) => HostingForm) => void;
}

/** The order the row's actions are offered in: the everyday ones first, the final ones last. */
const actionOrder: readonly ContactAction[] = ['send-activation', 'activate', 'backup', 'deactivate', 'delete-identities', 'delete'];
const destructive = new Set<ContactAction>(['deactivate', 'delete-identities', 'delete']);

/**
 * The element's one modal dialog (focus moves in, stays in, Escape cancels, and focus returns
 * when it closes): a row's actions, the confirmations that say what an action does before it
 * runs, and the per-contact results of a bulk action.
 */
export function renderDialog(o: DialogOptions): TemplateResult {
  return html`
    <foyer-modal-dialog fallback-focus="#grid" .open=${o.dialog !== null} .returnFocus=${o.returnFocus} @cancel=${o.onCancel}>
      <dialog part="dialog" id="dialog" aria-labelledby="dialog-heading" aria-describedby=${o.dialog ? 'dialog-body' : nothing}>
        <form class="dialog-form" method="dialog" novalidate aria-busy=${o.pending ? 'true' : 'false'}
          @submit=${(event: SubmitEvent) => {
            event.preventDefault();
            o.onConfirm();
          }}
        >
          ${o.dialog ? content(o.dialog, o) : nothing}
          ${o.error ? html`<p part="error" role="alert">${o.error}</p>` : nothing}
        </form>
      </dialog>
    </foyer-modal-dialog>
  `;
}

function content(d: TableDialog, o: DialogOptions): TemplateResult {
  switch (d.kind) {
    case 'actions':
      return actions(d.row, o);
    case 'add':
      return renderContactForm({
        fieldErrors: o.fieldErrors,
        pending: o.pending,
        cancel: formCancel(o),
        more: hostingPart(d.hosting, undefined, o),
        hint: d.hosting ? hostingHint() : undefined,
      });
    case 'edit':
      return renderContactForm({
        row: d.row,
        fieldErrors: o.fieldErrors,
        pending: o.pending,
        cancel: formCancel(o),
        more: hostingPart(d.hosting, d.detail, o),
        hint: d.hosting ? hostingHint() : undefined,
      });
    case 'delete-identities':
      return confirm(
        msg(str`Delete the login identities of “${d.row.name}”?`),
        msg(
          'Their login goes: they are signed out and can no longer sign in. The contact, its jobs and its data stay, and its status becomes Unregistered. To let them in again, send a new activation request.',
        ),
        msg('Delete identities'),
        o,
      );
    case 'delete':
      return deletion(d.row, d.preview, o);
    case 'activate':
      return confirm(
        msg(str`Activate “${d.row.name}”?`),
        msg(str`${d.row.name} gets access to the shop: they can sign in, submit jobs and watch them. This cannot be undone: the account cannot be set back to Not active.`),
        msg('Activate'),
        o,
      );
    case 'deactivate': {
      const one = d.rows.length === 1 ? d.rows[0] : undefined;
      const n = formatNumber(d.rows.length, o.locale);
      return confirm(
        one ? msg(str`Deactivate “${one.name}”?`) : msg(str`Deactivate ${n} contacts?`),
        one
          ? msg(
              str`${one.name} is signed out at once and can no longer sign in, submit jobs or watch them. Their account, jobs and data stay. This cannot be undone: a deactivated contact cannot be activated again.`,
            )
          : msg(
              str`The ${n} contacts are signed out at once and can no longer sign in, submit jobs or watch them. Their accounts, jobs and data stay. Contacts that are not active are left as they are and listed. This cannot be undone: a deactivated contact cannot be activated again.`,
            ),
        msg('Deactivate'),
        o,
      );
    }
    case 'send':
      return send(d.rows, o);
    case 'results':
      return results(d, o);
  }
}

function hostingPart(form: HostingForm | undefined, detail: ContactDetail | undefined, o: DialogOptions): TemplateResult | undefined {
  if (!form || !o.setup || !o.onHostingChange) return undefined;
  return html`
    ${renderRegistryFields(detail, o.fieldErrors)}
    ${renderHostingFields({ setup: o.setup, form, detail, fieldErrors: o.fieldErrors, onChange: o.onHostingChange })}
  `;
}

function heading(text: string): TemplateResult {
  return html`<h3 id="dialog-heading" tabindex="-1">${text}</h3>`;
}

/** The way out of the add and edit forms, beside their save button; the first field takes focus. */
function formCancel(o: DialogOptions): TemplateResult {
  return html`<button part="button" type="button" class="cancel" @click=${o.onCancel}>${msg('Cancel')}</button>`;
}

/** A dialog with nothing to confirm ends with one way out. */
function closeOnly(o: DialogOptions, label: string, autofocus = true): TemplateResult {
  return renderDialogActions({ cancel: { label, onClick: o.onCancel, autofocus } });
}

function actions(row: ContactRow, o: DialogOptions): TemplateResult {
  const offered = actionOrder.filter((a) => row.actions.includes(a));
  const nothingOffered = offered.length === 0 && !o.mayEdit;
  return html`
    ${heading(row.name)}
    <div id="dialog-body">
      <p class="facts">
        <span>${row.email}</span>${row.company ? html` · <span>${row.company}</span>` : nothing}
        · <span part="status" class="status" data-status=${row.status}>${statusLabel(row.status)}</span>
      </p>
      <p class="hint">${statusSentence(row.status)}</p>
    </div>
    ${
      nothingOffered
        ? html`<p part="empty">${msg('Nothing can be done with this contact: neither its status nor your role allows an action.')}</p>`
        : html`<ul part="action-list" class="action-list" aria-label=${msg(str`Actions for ${row.name}`)}>
          ${
            o.mayEdit
              ? html`<li>
                <button ?autofocus=${true} part="button action" type="button" data-action="edit" @click=${o.onEdit}>${msg('Edit details')}</button>
              </li>`
              : nothing
          }
          ${offered.map(
            (a, i) => html`<li>
              <button
                ?autofocus=${i === 0 && !o.mayEdit}
                part=${destructive.has(a) ? 'button button-danger action' : 'button action'}
                class=${destructive.has(a) ? 'danger-outline' : ''}
                type="button"
                data-action=${a}
                @click=${() => o.onAction(a)}
              >
                ${actionLabel(a)}
              </button>
            </li>`,
          )}
        </ul>`
    }
    ${closeOnly(o, msg('Close'), nothingOffered)}
  `;
}

function confirm(title: string, body: string, confirmLabel: string, o: DialogOptions): TemplateResult {
  return html`
    ${heading(title)}
    <p id="dialog-body">${body}</p>
    ${renderDialogActions({
      cancel: { label: msg('Cancel'), onClick: o.onCancel },
      actions: [{ label: confirmLabel, tone: 'danger', type: 'submit', disabled: o.pending }],
    })}
  `;
}

function deletion(row: ContactRow, preview: DeletionPreview | null, o: DialogOptions): TemplateResult {
  if (!preview) {
    return html`
      ${heading(msg(str`Delete “${row.name}”?`))}
      <p id="dialog-body" part="loading" role="status">${msg('Checking the contact’s jobs…')}</p>
      ${closeOnly(o, msg('Cancel'))}
    `;
  }
  if (preview.blockingJobs.length > 0) {
    return html`
      ${heading(msg(str`“${row.name}” cannot be deleted`))}
      <div id="dialog-body">
        <p>${msg('These jobs are still being processed. Nothing is deleted while a job is in processing; finish or cancel them first:')}</p>
        <ul part="blocking-jobs" class="blocking-jobs">
          ${preview.blockingJobs.map((job) => html`<li><span class="job-name">${job.name}</span> <span class="muted">(${jobStatusLabel(job.status)})</span></li>`)}
        </ul>
      </div>
      ${closeOnly(o, msg('Close'))}
    `;
  }
  const jobs = preview.jobsToDelete;
  const n = formatNumber(jobs, o.locale);
  return confirm(
    msg(str`Delete “${row.name}”?`),
    jobs === 0
      ? msg('The contact is deleted with its login. It has no jobs. This cannot be undone.')
      : jobs === 1
        ? msg('The contact is deleted with its login and its 1 job (New, Incoming or Completed). This cannot be undone.')
        : msg(str`The contact is deleted with its login and its ${n} jobs (New, Incoming or Completed). This cannot be undone.`),
    msg('Delete contact'),
    o,
  );
}

function send(rows: ContactRow[], o: DialogOptions): TemplateResult {
  const one = rows.length === 1 ? rows[0] : undefined;
  return html`
    ${heading(one ? msg(str`Send an activation request to “${one.name}”?`) : msg(str`Send activation requests to ${formatNumber(rows.length, o.locale)} contacts?`))}
    <p id="dialog-body">
      ${msg(
        'Each contact gets a new activation link that works once and expires after 7 days. Open the messages in your mail program to review them before sending, or have the server send them. Contacts whose status does not allow it are listed and left alone.',
      )}
    </p>
    ${renderDialogActions({
      cancel: { label: msg('Cancel'), onClick: o.onCancel },
      actions: [
        { label: msg('Open in my mail program'), disabled: o.pending, onClick: () => o.onSend('mailto') },
        { label: msg('Send from the server'), tone: 'primary', disabled: o.pending, onClick: () => o.onSend('server') },
      ],
    })}
  `;
}

function results(d: Extract<TableDialog, { kind: 'results' }>, o: DialogOptions): TemplateResult {
  const refused = d.lines.filter((l) => l.outcome === 'refused').length;
  const done = d.lines.length - refused;
  const n = formatNumber(done, o.locale);
  const r = formatNumber(refused, o.locale);
  const summary =
    d.action === 'deactivate'
      ? msg(str`Deactivated: ${n}. Refused: ${r}.`)
      : d.lines.some((l) => l.outcome === 'mailto')
        ? msg(str`Messages ready: ${n}. Refused: ${r}. Open each message to review and send it.`)
        : msg(str`Sent: ${n}. Refused: ${r}.`);
  let firstLink = true;
  return html`
    ${heading(d.action === 'deactivate' ? msg('Deactivation') : msg('Activation requests'))}
    <p id="dialog-body">${summary}</p>
    <ul part="results" class="results">
      ${d.lines.map((line) => {
        const autofocus = line.outcome === 'mailto' && firstLink;
        if (autofocus) firstLink = false;
        return html`<li data-outcome=${line.outcome} data-contact-id=${line.contactId}>
          <span class="result-name">${line.name}</span>
          ${
            line.outcome === 'mailto' && line.mailto
              ? html`<a part="button mail-link" class="button" href=${line.mailto} ?autofocus=${autofocus}>${msg(str`Open the message to ${line.name}`)}</a>`
              : html`<span class=${line.outcome === 'refused' ? 'refused' : 'done'}>${outcomeSentence(line)}</span>`
          }
        </li>`;
      })}
    </ul>
    ${closeOnly(o, msg('Close'), firstLink)}
  `;
}

function outcomeSentence(line: ResultLine): string {
  switch (line.outcome) {
    case 'sent':
      return msg('Sent.');
    case 'not-sent':
      return msg('Kept in the outbox: no mail server is configured.');
    case 'deactivated':
      return msg('Deactivated.');
    case 'refused':
      return msg(str`Refused: ${line.message ?? ''}`);
    case 'mailto':
      return '';
  }
}
