import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { allWithin, deepActiveElement, press, textOf, typeInto, within } from '../../test-support/interaction.js';
import type { FoyerPasswordInputEvent } from '../../events/foyer-password-input-event.js';
import type { PasswordField } from './password-field.js';
import './define.js';

/** Each rule as a person reads it in the list, with whether it shows as met. */
function rulesOf(field: PasswordField): Array<[string, boolean]> {
  return allWithin(field, '[part~="rule"]').map((li) => [li.querySelector('.rule-text')!.textContent!.trim(), li.part.contains('rule-met')]);
}

/** The rules shown as met, by their text. */
function metRules(field: PasswordField): string[] {
  return rulesOf(field)
    .filter(([, met]) => met)
    .map(([text]) => text);
}

const announced = (field: PasswordField) => textOf(field, '[role="status"]');
const input = (field: PasswordField, id = 'password') => within<HTMLInputElement>(field, `#${id}`);

/** Types one character at a time with real keystrokes, and after each one records what the field shows. */
async function typeWatching<T>(field: HTMLInputElement, text: string, read: () => T): Promise<T[]> {
  field.focus();
  const seen: T[] = [];
  for (const character of text) {
    await sendKeys({ type: character });
    seen.push(read());
  }
  return seen;
}

/**
 * A form (or another plain root) around fields, once they rendered. fixture() would wait for an
 * animation frame, which a test page in the background of a concurrent run does not get.
 */
async function mounted<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  await Promise.all([...root.querySelectorAll('password-field')].map((field) => field.updateComplete));
  return root;
}

const standardRule = 'At least 10 characters';
const twoOfEach = ['At least 10 characters', 'At least 2 upper-case letters', 'At least 2 lower-case letters', 'At least 2 digits', 'At least 2 special characters, such as ! # % &'];

describe('password-field', () => {
  it('shows the standard rule and meets it at the tenth character typed, not before', async () => {
    const field = await fixture<PasswordField>(html`<password-field></password-field>`);
    expect(textOf(field, 'label')).to.equal('Password');
    expect(input(field).type).to.equal('password');
    expect(input(field).autocomplete).to.equal('new-password');
    expect(rulesOf(field)).to.deep.equal([[standardRule, false]]);
    expect(textOf(field, '[part~="rule"]')).to.equal('○ At least 10 characters (not met yet)');
    await expect(field).to.be.accessible();

    const metAfterEachKey = await typeWatching(input(field), 'correcthorse', () => metRules(field).length === 1);
    expect(metAfterEachKey).to.deep.equal([false, false, false, false, false, false, false, false, false, true, true, true]);
    expect(field.value).to.equal('correcthorse');
    expect(field.valid).to.equal(true);
    expect(textOf(field, '[part~="rule"]')).to.equal('✓ At least 10 characters (met)');
    await expect(field).to.be.accessible();

    await press('Backspace');
    await press('Backspace');
    await press('Backspace');
    await waitUntil(() => metRules(field).length === 0, 'nine characters do not meet the rule');
    expect(field.valid).to.equal(false);
  });

  it('the two-of-each policy lists five rules, and each is met as soon as its characters are typed', async () => {
    const field = await fixture<PasswordField>(html`<password-field policy="two-of-each"></password-field>`);
    expect(rulesOf(field).map(([text]) => text)).to.deep.equal(twoOfEach);

    const seen = await typeWatching(input(field), 'Ab1!Cd2#xy', () => metRules(field).length);
    // A, b, 1, ! meet nothing; C, d, 2, # complete upper, lower, digit and special; x, y the length.
    expect(seen).to.deep.equal([0, 0, 0, 0, 1, 2, 3, 4, 4, 5]);
    expect(metRules(field)).to.deep.equal(twoOfEach);
    expect(field.valid).to.equal(true);
    await expect(field).to.be.accessible();
  });

  it('letters of any script count by their case, and a space is not a special character', async () => {
    const field = await fixture<PasswordField>(html`<password-field policy="two-of-each"></password-field>`);
    field.value = 'ÄÖüß12    ';
    await field.updateComplete;
    expect(metRules(field)).to.deep.equal(['At least 10 characters', 'At least 2 upper-case letters', 'At least 2 lower-case letters', 'At least 2 digits']);
    expect(field.valid).to.equal(false);
  });

  it('rules given by the server replace the policy, and counts of one are said in the singular', async () => {
    const field = await fixture<PasswordField>(html`<password-field policy="two-of-each"></password-field>`);
    field.rules = [
      { kind: 'length', count: 12 },
      { kind: 'digit', count: 1 },
      { kind: 'special', count: 1 },
      { kind: 'upper-case', count: 1 },
    ];
    await field.updateComplete;
    expect(rulesOf(field).map(([text]) => text)).to.deep.equal([
      'At least 12 characters',
      'At least 1 digit',
      'At least 1 special character, such as ! # % &',
      'At least 1 upper-case letter',
    ]);
    await typeInto(input(field), 'Eleven chars1!');
    expect(field.valid).to.equal(true);
  });

  it('announces a rule once when it becomes met or no longer met, and nothing for keystrokes that change none', async () => {
    const field = await fixture<PasswordField>(html`<password-field policy="two-of-each"></password-field>`);
    const live = within(field, '[role="status"]');
    expect(live.classList.contains('visually-hidden')).to.equal(true);
    expect(announced(field)).to.equal('');

    const heard = await typeWatching(input(field), 'a1b', () => announced(field));
    expect(heard).to.deep.equal(['', '', 'At least 2 lower-case letters: met.']);
    await sendKeys({ type: '2' });
    await waitUntil(() => announced(field) === 'At least 2 digits: met.', 'the digits are announced');
    await press('Backspace');
    await waitUntil(() => announced(field) === 'At least 2 digits: no longer met.', 'the lost digit is announced');

    await sendKeys({ type: '2AB!?xyz' });
    await waitUntil(() => field.valid, 'every rule holds');
    expect(announced(field)).to.match(/: met\. The password meets every rule\.$/);
    // The list itself tells the field's state when the field is focused again: tied to it, and labelled.
    expect(input(field).getAttribute('aria-describedby')).to.equal('rules-label rules');
    expect(within(field, '#rules').getAttribute('aria-labelledby')).to.equal('rules-label');
    expect(textOf(field, '#rules-label')).to.equal('Your password needs:');
  });

  it('fires foyer-password-input with the password and whether it is valid on every keystroke', async () => {
    const field = await fixture<PasswordField>(html`<password-field></password-field>`);
    const events: Array<{ value: string; valid: boolean }> = [];
    field.addEventListener('foyer-password-input', (event: FoyerPasswordInputEvent) => events.push({ value: event.value, valid: event.valid }));
    const inputs: Event[] = [];
    field.addEventListener('input', (event) => inputs.push(event));
    const outside = oneEvent(document.body, 'foyer-password-input');
    await typeInto(input(field), 'abcdefghi');
    expect((await outside).composed).to.equal(true);
    expect(events).to.have.length(9);
    expect(events.at(-1)).to.deep.equal({ value: 'abcdefghi', valid: false });
    await sendKeys({ type: 'j' });
    expect(events.at(-1)).to.deep.equal({ value: 'abcdefghij', valid: true });
    expect(inputs).to.have.length(10);
    expect(inputs[0]!.target).to.equal(field);
  });

  it('in a form: invalid until every rule holds, then its password is in FormData under its name; reset empties it', async () => {
    const form = await mounted<HTMLFormElement>(html`<form><password-field name="new-password" required></password-field><button>Save</button></form>`);
    const field = form.querySelector('password-field')!;
    await field.updateComplete;
    expect(field.form).to.equal(form);
    expect(form.checkValidity()).to.equal(false);
    expect(field.validity.valueMissing).to.equal(true);
    expect(field.validationMessage).to.equal('Choose a password.');

    await typeInto(input(field), 'short');
    expect(form.checkValidity()).to.equal(false);
    expect(field.validity.tooShort).to.equal(true);
    expect(field.validationMessage).to.equal('Not met yet: At least 10 characters.');
    expect(new FormData(form).get('new-password')).to.equal('short');

    await sendKeys({ type: ' and long' });
    expect(form.checkValidity()).to.equal(true);
    expect(new FormData(form).get('new-password')).to.equal('short and long');

    form.reset();
    await field.updateComplete;
    expect(field.value).to.equal('');
    expect(input(field).value).to.equal('');
    expect(form.checkValidity()).to.equal(false);
  });

  it('without required an empty field is valid, and a typed password must still meet every rule', async () => {
    const form = await mounted<HTMLFormElement>(html`<form><password-field name="password" policy="two-of-each"></password-field></form>`);
    const field = form.querySelector('password-field')!;
    await field.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    await typeInto(input(field), 'Ab1!');
    expect(form.checkValidity()).to.equal(false);
    expect(field.validity.tooShort).to.equal(true);
    expect(field.validationMessage).to.equal(
      'Not met yet: At least 10 characters, At least 2 upper-case letters, At least 2 lower-case letters, At least 2 digits, At least 2 special characters, such as ! # % &.',
    );
    await sendKeys({ type: 'longer' });
    expect(field.validity.tooShort).to.equal(false);
    expect(field.validity.patternMismatch).to.equal(true);
    expect(field.validationMessage).to.equal('Not met yet: At least 2 upper-case letters, At least 2 digits, At least 2 special characters, such as ! # % &.');
  });

  it('with confirm, a repeated password that differs is one more rule not met, and the form stays invalid', async () => {
    const form = await mounted<HTMLFormElement>(html`<form><password-field name="password" confirm required></password-field></form>`);
    const field = form.querySelector('password-field')!;
    await field.updateComplete;
    expect(textOf(field, 'label[for="repeat"]')).to.equal('Repeat password');
    expect(input(field, 'repeat').autocomplete).to.equal('new-password');
    expect(rulesOf(field)).to.deep.equal([
      [standardRule, false],
      ['Both passwords are the same', false],
    ]);
    await expect(field).to.be.accessible();

    await typeInto(input(field), 'a long password');
    await typeInto(input(field, 'repeat'), 'a long passwort');
    expect(rulesOf(field)).to.deep.equal([
      [standardRule, true],
      ['Both passwords are the same', false],
    ]);
    expect(form.checkValidity()).to.equal(false);
    expect(field.validationMessage).to.equal('The two passwords are not the same.');
    // Only the password is sent, once.
    expect(new FormData(form).getAll('password')).to.deep.equal(['a long password']);

    await press('Backspace');
    await sendKeys({ type: 'd' });
    await waitUntil(() => field.valid, 'the passwords agree');
    expect(announced(field)).to.equal('Both passwords are the same: met. The password meets every rule.');
    expect(form.checkValidity()).to.equal(true);
    await expect(field).to.be.accessible();
  });

  it('the show/hide button works from the keyboard, for both fields, and says what it did', async () => {
    const field = await fixture<PasswordField>(html`<password-field confirm></password-field>`);
    await typeInto(input(field), 'secret words');
    await press('Tab');
    const toggle = within<HTMLButtonElement>(field, '[part="toggle"]');
    expect(deepActiveElement()).to.equal(toggle);
    expect(toggle.textContent!.trim()).to.equal('Show password');
    expect(toggle.getAttribute('aria-controls')).to.equal('password repeat');

    await press('Enter');
    await waitUntil(() => input(field).type === 'text', 'the password is shown');
    expect(input(field, 'repeat').type).to.equal('text');
    expect(toggle.textContent!.trim()).to.equal('Hide password');
    expect(announced(field)).to.equal('Your password is shown.');
    expect(deepActiveElement()).to.equal(toggle);
    await expect(field).to.be.accessible();

    await press('Space');
    await waitUntil(() => input(field).type === 'password', 'the password is hidden again');
    expect(announced(field)).to.equal('Your password is hidden.');
    // Tab goes on to the repeated password; Shift+Tab back to the password, its text kept.
    await press('Tab');
    expect(deepActiveElement()?.id).to.equal('repeat');
    await sendKeys({ down: 'Shift' });
    await press('Tab');
    await press('Tab');
    await sendKeys({ up: 'Shift' });
    expect(deepActiveElement()?.id).to.equal('password');
    expect(field.value).to.equal('secret words');
  });

  it('Enter submits the form around it through its button, and not while that button is disabled', async () => {
    const form = await mounted<HTMLFormElement>(html`<form novalidate><password-field name="password"></password-field><button disabled>Save</button></form>`);
    const field = form.querySelector('password-field')!;
    const button = form.querySelector('button')!;
    let submitted: SubmitEvent | undefined;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = event;
    });
    await typeInto(input(field), 'a long password');
    await press('Enter');
    expect(submitted).to.equal(undefined);
    button.disabled = false;
    await press('Enter');
    await waitUntil(() => submitted !== undefined, 'Enter submits');
    expect(submitted!.submitter).to.equal(button);
  });

  it('focusing the element focuses its password field, also from the repetition, and its label names that field', async () => {
    const field = await fixture<PasswordField>(html`<password-field label="New password for the shop" confirm></password-field>`);
    field.focus();
    expect(deepActiveElement()).to.equal(input(field));
    expect(input(field).labels![0]!.textContent!.trim()).to.equal('New password for the shop');
    input(field, 'repeat').focus();
    field.focus();
    expect(deepActiveElement()).to.equal(input(field));
  });

  it('the server’s problem with the password is shown, read with the field, keeps the form invalid, and typing clears it', async () => {
    const form = await mounted<HTMLFormElement>(html`<form><password-field name="password"></password-field></form>`);
    const field = form.querySelector('password-field')!;
    await typeInto(input(field), 'a long password');
    field.error = 'This password is among the most common ones.';
    await field.updateComplete;
    expect(textOf(field, '[part="error"]')).to.equal('This password is among the most common ones.');
    expect(input(field).getAttribute('aria-invalid')).to.equal('true');
    expect(input(field).getAttribute('aria-describedby')).to.equal('error rules-label rules');
    expect(form.checkValidity()).to.equal(false);
    await expect(field).to.be.accessible();

    await sendKeys({ type: '!' });
    await waitUntil(() => field.shadowRoot!.querySelector('[part="error"]') === null, 'typing clears the problem');
    expect(input(field).getAttribute('aria-invalid')).to.equal('false');
    expect(form.checkValidity()).to.equal(true);
  });

  it('disabled, or in a disabled fieldset, it takes no input and is left out of the form', async () => {
    const form = await mounted<HTMLFormElement>(html`<form><fieldset><password-field name="password" required></password-field></fieldset></form>`);
    const field = form.querySelector('password-field')!;
    await typeInto(input(field), 'a long password');
    form.querySelector('fieldset')!.disabled = true;
    await waitUntil(() => input(field).disabled, 'the fieldset disables the field');
    expect(within<HTMLButtonElement>(field, '[part="toggle"]').disabled).to.equal(true);
    expect(new FormData(form).has('password')).to.equal(false);
    form.querySelector('fieldset')!.disabled = false;
    await waitUntil(() => !input(field).disabled, 'enabled again');
    field.disabled = true;
    await field.updateComplete;
    expect(input(field).disabled).to.equal(true);
    expect(new FormData(form).has('password')).to.equal(false);
  });

  it('two fields on one page keep their own password, rules, status and announcements', async () => {
    const page = await mounted<HTMLFormElement>(html`
      <form>
        <password-field name="first"></password-field>
        <password-field name="second" policy="two-of-each" confirm></password-field>
      </form>
    `);
    const [first, second] = [...page.querySelectorAll('password-field')] as [PasswordField, PasswordField];
    await typeInto(input(first), 'first long password');
    expect(announced(first)).to.equal('At least 10 characters: met. The password meets every rule.');
    expect(announced(second)).to.equal('');
    await typeInto(input(second), 'Ab');
    await press('Tab');
    await press('Enter');
    await waitUntil(() => input(second).type === 'text', 'the second shows its password');
    expect(input(first).type).to.equal('password');
    expect(metRules(first)).to.deep.equal([standardRule]);
    expect(metRules(second)).to.deep.equal([]);
    expect(announced(first)).to.equal('At least 10 characters: met. The password meets every rule.');
    expect(first.valid).to.equal(true);
    expect(second.valid).to.equal(false);
    const data = new FormData(page);
    expect([data.get('first'), data.get('second')]).to.deep.equal(['first long password', 'Ab']);
    await expect(page).to.be.accessible();
  });
});
