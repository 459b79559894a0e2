import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Access, GalleryMail } from '@foyer/schema';
import { renderField } from '../../internal/form-field.js';

function galleryMailLabel(mail: GalleryMail): string {
  switch (mail) {
    case 'off':
      return msg('Never');
    case 'ask':
      return msg('Ask me each time');
    case 'always':
      return msg('Always');
  }
}

/**
 * The access form's mail the client gets without the owner writing it: whether they are told
 * when a gallery is added, and how many days before the access expires they are reminded.
 */
export function renderClientMailFields(a: Access | undefined, errors: Readonly<Record<string, string>>): TemplateResult {
  const mail = a?.galleryMail ?? 'ask';
  return html`
    <div part="field" class="field">
      <label part="label" for="access-gallery-mail">${msg('Tell the client by email when a gallery is added')}</label>
      <select part="select" id="access-gallery-mail" name="galleryMail" aria-describedby="access-gallery-mail-hint">
        ${(['off', 'ask', 'always'] as const).map((value) => html`<option value=${value} ?selected=${value === mail}>${galleryMailLabel(value)}</option>`)}
      </select>
      <p class="hint" id="access-gallery-mail-hint">${msg('Only for an access with an email. The mail names the new galleries, never the code.')}</p>
    </div>
    ${renderField(
      {
        idPrefix: 'access',
        name: 'expiryReminderDays',
        type: 'number',
        label: msg('Remind the client before the access expires'),
        hint: msg('Days before the expiry date, from 1 to 90. Leave empty for no reminder.'),
        value: a?.expiryReminderDays ? String(a.expiryReminderDays) : '',
      },
      errors,
    )}
  `;
}

/** The two settings in words, for the access's facts. */
export function clientMailFacts(a: Access): TemplateResult {
  return html`
    <div><dt>${msg('Mail when a gallery is added')}</dt><dd>${galleryMailLabel(a.galleryMail)}</dd></div>
    ${
      a.expiresAt
        ? html`<div>
          <dt>${msg('Expiry reminder')}</dt>
          <dd>${a.expiryReminderDays ? msg(str`${a.expiryReminderDays} days before`) : msg('None')}</dd>
        </div>`
        : nothing
    }
  `;
}

/** In the gallery chooser of an access that asks: the box that has the new galleries mailed to the client. */
export function renderNotifyChoice(a: Access): TemplateResult | typeof nothing {
  if (a.galleryMail !== 'ask' || !a.email || a.status !== 'active') return nothing;
  return html`
    <div part="field" class="field radio">
      <input part="checkbox" type="checkbox" id="notify-client" name="notify" aria-describedby="notify-client-hint" />
      <div>
        <label for="notify-client">${msg(str`Tell ${a.name} by email about the galleries added`)}</label>
        <p class="hint" id="notify-client-hint">${msg(str`The mail goes to ${a.email} and names the new galleries.`)}</p>
      </div>
    </div>
  `;
}

/** The form's value for the reminder: a whole number of days, or null for none; what is not a number goes to the server to be named. */
export function readReminderDays(value: string): number | null {
  const text = value.trim();
  return text === '' ? null : Number(text);
}
