import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ContactRow, UpdateContactInput } from '@foyer/schema';
import { renderField } from '../../internal/form-field.js';

/** The form's fields, by their names in the API. */
export const contactFormFields = ['name', 'email', 'company'] as const;

/** What the add and edit form holds, trimmed. */
export interface ContactFormValues {
  name: string;
  email: string;
  company: string;
}

export function readContactForm(form: HTMLFormElement): ContactFormValues {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  return { name: text('name'), email: text('email'), company: text('company') };
}

/** The details that differ from the row, as `contacts.update` takes them; an empty company clears it. */
export function changedDetails(row: ContactRow, values: ContactFormValues): Omit<UpdateContactInput, 'workspace' | 'contactId'> {
  const changes: Omit<UpdateContactInput, 'workspace' | 'contactId'> = {};
  if (values.name !== row.name) changes.name = values.name;
  if (values.email !== row.email) changes.email = values.email;
  if (values.company !== (row.company ?? '')) changes.company = values.company || null;
  return changes;
}

export interface ContactFormOptions {
  /** The contact being edited; none when adding one. */
  row?: ContactRow;
  /** The server's problem with each field, keyed by the field's name in the API. */
  fieldErrors: Readonly<Record<string, string>>;
  pending: boolean;
  cancel: TemplateResult;
  /** More fields after name, email and company (a hosting account's kind, permissions and notifications). */
  more?: TemplateResult;
  /** The sentence under the heading, in place of the print shop's. */
  hint?: string;
}

/**
 * The dialog's content for adding a contact or editing one's name, email and company. The
 * server checks every field; its problems are shown at the fields they concern.
 */
export function renderContactForm(o: ContactFormOptions): TemplateResult {
  const row = o.row;
  const field = (name: (typeof contactFormFields)[number], label: string, extra: { type?: string; required?: boolean; autofocus?: boolean }) =>
    renderField({ idPrefix: 'contact', name, label, value: row ? (row[name] ?? '') : '', ...extra }, o.fieldErrors);
  return html`
    <h3 id="dialog-heading" tabindex="-1">${row ? msg(str`Edit “${row.name}”`) : msg('Add a contact')}</h3>
    <p id="dialog-body" class="hint">
      ${
        o.hint
          ? o.hint
          : row
            ? msg('A new email address stops the activation links already sent to the old one: send a new activation request afterwards.')
            : msg('The contact shows as Unregistered until they activate their account. Send them an activation request once they are added.')
      }
    </p>
    <div class="fields">
      ${field('name', msg('Name'), { required: true, autofocus: true })}
      ${field('email', msg('Email'), { type: 'email', required: true })}
      ${field('company', msg('Company'), {})}
    </div>
    ${o.more ?? ''}
    <div class="buttons">
      ${o.cancel}
      <button part="button button-primary" class="primary" type="submit" ?disabled=${o.pending}>${row ? msg('Save') : msg('Add contact')}</button>
    </div>
  `;
}
