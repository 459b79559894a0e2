import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ContactDetail, ContactRegistryFields } from '@foyer/schema';
import { renderField } from '../../internal/form-field.js';

/** The phone and address fields, by their names in the API. */
export const registryFieldNames = ['phone', 'addressLine1', 'addressLine2', 'city', 'state', 'postcode', 'country'] as const;
type RegistryField = (typeof registryFieldNames)[number];

/** What the contact holds in each field, as the form shows it. */
function storedValue(detail: ContactDetail | undefined, name: RegistryField): string {
  if (!detail) return '';
  const { address } = detail;
  const stored = {
    phone: detail.phone,
    addressLine1: address.line1,
    addressLine2: address.line2,
    city: address.city,
    state: address.state,
    postcode: address.postcode,
    country: address.country,
  }[name];
  return stored ?? '';
}

function typed(form: HTMLFormElement): Record<RegistryField, string> {
  const data = new FormData(form);
  return Object.fromEntries(registryFieldNames.map((name) => [name, String(data.get(name) ?? '').trim()])) as Record<RegistryField, string>;
}

/** The fields filled in, for `contacts.create`: the server normalizes and checks each. */
export function registryCreateInput(form: HTMLFormElement): ContactRegistryFields {
  return Object.fromEntries(Object.entries(typed(form)).filter(([, value]) => value !== ''));
}

/** Only the fields that differ from the contact's, for `contacts.update`; an emptied one is cleared. */
export function registryChanges(form: HTMLFormElement, detail: ContactDetail): ContactRegistryFields {
  const values = typed(form);
  return Object.fromEntries(registryFieldNames.filter((name) => values[name] !== storedValue(detail, name)).map((name) => [name, values[name]]));
}

/** A contact's phone and postal address, all optional: a domain registry asks for them. */
export function renderRegistryFields(detail: ContactDetail | undefined, fieldErrors: Readonly<Record<string, string>>): TemplateResult {
  const field = (name: RegistryField, label: string, extra: { type?: string; hint?: string } = {}) =>
    renderField({ idPrefix: 'contact', name, label, value: storedValue(detail, name), ...extra }, fieldErrors);
  return html`
    <fieldset part="registry-fields" class="choices fields">
      <legend>${msg('Phone and address (optional)')}</legend>
      ${field('phone', msg('Phone'), { type: 'tel', hint: msg('In international form, such as +36 1 234 5678.') })}
      ${field('addressLine1', msg('Address'))} ${field('addressLine2', msg('Address, second line'))} ${field('city', msg('City'))}
      ${field('state', msg('State or region'))} ${field('postcode', msg('Postcode'))}
      ${field('country', msg('Country'), { hint: msg('Two letters, such as HU.') })}
    </fieldset>
  `;
}
