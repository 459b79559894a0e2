import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Access, AccessScope, Gallery, GalleryMail } from '@foyer/schema';
import { dateInputValue, scopeLabel, scopeSentence } from './format.js';
import { renderGalleryChooser } from './gallery-chooser.js';
import { fieldSentence, renderField } from '../../internal/form-field.js';
import { readReminderDays, renderClientMailFields } from './client-mail-settings.js';
import { renderDownloadsField } from './downloads-setting.js';

export interface AccessFormValues {
  name: string;
  code: string;
  email: string;
  note: string;
  scope: AccessScope;
  /** `yyyy-mm-dd`, or empty for no expiry. */
  expiresOn: string;
  galleryIds: string[];
  downloads: boolean;
  galleryMail: GalleryMail;
  expiryReminderDays: number | null;
}

export interface AccessFormOptions {
  /** `create` asks for a code and galleries too; `edit` changes an existing access. */
  mode: 'create' | 'edit';
  access?: Access;
  galleries: readonly Gallery[] | undefined;
  galleriesError: string;
  /** The server's problem with each field, keyed by the field's name in the API. */
  fieldErrors: Readonly<Record<string, string>>;
  formError: string;
  pending: boolean;
  locale: string;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
}

export function readAccessForm(form: HTMLFormElement): AccessFormValues {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  return {
    name: text('name'),
    code: text('code'),
    email: text('email'),
    note: String(data.get('note') ?? ''),
    scope: data.get('scope') === 'explicit' ? 'explicit' : 'navigation',
    expiresOn: text('expiresOn'),
    galleryIds: data.getAll('galleryIds').map(String),
    downloads: data.get('downloads') === 'on',
    galleryMail: (['off', 'ask', 'always'] as const).find((m) => m === data.get('galleryMail')) ?? 'ask',
    expiryReminderDays: readReminderDays(text('expiryReminderDays')),
  };
}

function renderScope(scope: AccessScope, errors: Readonly<Record<string, string>>): TemplateResult {
  const option = (value: AccessScope) => html`
    <div class="radio">
      <input
        part="radio"
        type="radio"
        id=${`access-scope-${value}`}
        name="scope"
        value=${value}
        .defaultChecked=${scope === value}
        aria-describedby=${`access-scope-${value}-hint`}
      />
      <div>
        <label for=${`access-scope-${value}`}>${scopeLabel(value)}</label>
        <p class="hint" id=${`access-scope-${value}-hint`}>${scopeSentence(value)}</p>
      </div>
    </div>
  `;
  return html`
    <fieldset part="field" class="field scope">
      <legend>${msg('What this access opens')}</legend>
      ${option('navigation')} ${option('explicit')}
      ${errors.scope ? html`<p part="error" class="field-error">${fieldSentence(errors.scope)}</p>` : nothing}
    </fieldset>
  `;
}

/** The form that creates a client access or edits one. */
export function renderAccessForm(o: AccessFormOptions): TemplateResult {
  const a = o.access;
  const errors = o.fieldErrors;
  const heading = o.mode === 'create' ? msg('New client access') : msg(str`Edit “${a?.name ?? ''}”`);
  return html`
    <form part="form" class="form" novalidate aria-labelledby="form-heading" aria-busy=${o.pending ? 'true' : 'false'} @submit=${o.onSubmit}>
      <h3 id="form-heading" tabindex="-1">${heading}</h3>
      ${o.formError ? html`<p part="error" role="alert">${o.formError}</p>` : nothing}
      ${renderField(
        {
          idPrefix: 'access',
          name: 'name',
          label: msg('Name'),
          hint: msg('Who the access is for, as the client will see it: “Anna & Ben Müller”.'),
          value: a?.name ?? '',
          required: true,
        },
        errors,
      )}
      ${
        o.mode === 'create'
          ? renderField(
              {
                idPrefix: 'access',
                name: 'code',
                label: msg('Access code'),
                hint: msg(
                  'Readable and unique in your workspace, such as mueller-wedding-2026 or bryllup-øye: letters and digits of any language, with hyphens or spaces between them, at least 6 characters. Capitals do not matter. Leave empty to have one generated.',
                ),
              },
              errors,
            )
          : nothing
      }
      ${renderField(
        {
          idPrefix: 'access',
          name: 'email',
          type: 'email',
          label: msg('Email'),
          hint: msg('Where the code can be sent from here.'),
          value: a?.email ?? '',
        },
        errors,
      )}
      ${renderField(
        {
          idPrefix: 'access',
          name: 'note',
          label: msg('Internal note'),
          hint: msg('Only for you and your team: the client never sees this note.'),
          value: a?.note ?? '',
          multiline: true,
        },
        errors,
      )}
      ${renderScope(a?.scope ?? 'navigation', errors)} ${renderDownloadsField(a?.downloads ?? false)}
      ${renderField(
        {
          idPrefix: 'access',
          name: 'expiresOn',
          errorKey: 'expiresAt',
          type: 'date',
          label: msg('Expires on'),
          hint: msg('The code works through this day and stops working after it. Leave empty to keep it working.'),
          value: dateInputValue(a?.expiresAt ?? null),
        },
        errors,
      )}
      ${renderClientMailFields(a, errors)}
      ${
        o.mode === 'create'
          ? html`${renderGalleryChooser({
              galleries: o.galleries,
              error: o.galleriesError,
              checked: new Set(),
              legend: msg('Galleries to add'),
              locale: o.locale,
            })}${errors.galleryIds ? html`<p part="error" class="field-error">${fieldSentence(errors.galleryIds)}</p>` : nothing}`
          : nothing
      }
      <div class="buttons">
        <button part="button button-primary" class="primary" type="submit">
          ${o.mode === 'create' ? msg('Create access') : msg('Save changes')}
        </button>
        <button part="button" type="button" @click=${o.onCancel}>${msg('Cancel')}</button>
      </div>
    </form>
  `;
}
