import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { state } from 'lit/decorators.js';
import { deepActiveElement, press } from '../../test-support/interaction.js';
import { renderDialogActions } from './dialog-actions.js';
import type { ModalDialog } from './modal-dialog.js';
import './define.js';

/** Asks before removing a thing, as the elements' confirmations do. */
class AskingHost extends LitElement {
  @state() accessor asking = false;
  @state() accessor showOpener = true;
  confirmed = 0;

  override render() {
    return litHtml`
      ${this.showOpener ? litHtml`<button id="opener" @click=${() => (this.asking = true)}>Remove</button>` : ''}
      <button id="fallback">Elsewhere</button>
      <foyer-modal-dialog fallback-focus="#fallback" .open=${this.asking} @cancel=${() => (this.asking = false)}>
        <dialog aria-labelledby="heading" aria-describedby="body">
          <form @submit=${(event: Event) => {
            event.preventDefault();
            this.confirmed++;
            this.asking = false;
          }}>
            <h3 id="heading">Remove the thing?</h3>
            <p id="body">It cannot be taken back.</p>
            ${renderDialogActions({
              cancel: { label: 'Keep it', onClick: () => (this.asking = false) },
              actions: [{ label: 'Remove thing', tone: 'danger', type: 'submit' }],
            })}
          </form>
        </dialog>
      </foyer-modal-dialog>
    `;
  }
}
customElements.define('asking-host', AskingHost);

const root = (host: AskingHost) => host.shadowRoot!;
const modal = (host: AskingHost) => root(host).querySelector<ModalDialog>('foyer-modal-dialog')!;
const nativeDialog = (host: AskingHost) => modal(host).querySelector('dialog')!;
const wait = (predicate: () => unknown, message: string) => waitUntil(predicate, message, { timeout: 4000 });

describe('modal dialog', () => {
  it('opens modal, takes focus on the way out, and gives focus back to its opener on Escape', async () => {
    const host = await fixture<AskingHost>(html`<asking-host></asking-host>`);
    const opener = root(host).querySelector<HTMLButtonElement>('#opener')!;
    opener.focus();
    opener.click();
    await wait(() => nativeDialog(host).open, 'the dialog opens');
    expect(modal(host).open).to.equal(true);
    // The way out takes focus, so Enter never confirms by accident; every action says what it does.
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Keep it');
    const labels = [...modal(host).querySelectorAll('button')].map((b) => b.textContent?.trim());
    expect(labels).to.deep.equal(['Keep it', 'Remove thing']);
    await expect(host).to.be.accessible();

    await press('Escape');
    await wait(() => !nativeDialog(host).open, 'Escape closes the dialog');
    expect(host.asking).to.equal(false);
    expect(deepActiveElement()).to.equal(opener);
  });

  it('runs the labelled action, and sends focus to the fallback when its opener has left the page', async () => {
    const host = await fixture<AskingHost>(html`<asking-host></asking-host>`);
    const opener = root(host).querySelector<HTMLButtonElement>('#opener')!;
    opener.focus();
    opener.click();
    await wait(() => nativeDialog(host).open, 'the dialog opens');
    host.showOpener = false;
    await host.updateComplete;
    [...modal(host).querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Remove thing')!.click();
    await wait(() => !nativeDialog(host).open, 'the dialog closes');
    expect(host.confirmed).to.equal(1);
    expect(deepActiveElement()?.id).to.equal('fallback');
  });
});
