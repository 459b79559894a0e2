import { expect, waitUntil } from '@open-wc/testing';
import { teamAdminFixture } from '../../test-support/team-fixtures.js';
import { choose, dialogOpen, teamPage, text } from '../../test-support/team-page.js';

// A page of its own: the dialogs' module is fetched once per page, so no other test may have fetched it.
describe('team-members fetches its dialogs only when a person comes near', () => {
  it('shows the team without the dialogs, fetches them when the pointer comes over it, and opens one', async function () {
    this.timeout(40_000);
    const f = await teamAdminFixture();
    const team = await teamPage(f, f.workspace, f.owner.token);
    // The modal dialog is defined by the dialogs' module alone.
    expect(customElements.get('foyer-modal-dialog'), 'the dialogs came with the list').to.equal(undefined);
    expect(team.shadowRoot!.querySelector('foyer-modal-dialog')).to.equal(null);

    team.shadowRoot!.querySelector('#team-list')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await waitUntil(() => customElements.get('foyer-modal-dialog'), 'the pointer over the element fetches the dialogs', { timeout: 8000 });
    expect(team.shadowRoot!.querySelector('foyer-modal-dialog'), 'nothing is shown until a dialog is asked for').to.equal(null);

    await choose(team, f.anna.email, 'Disable');
    expect(text(await dialogOpen(team))).to.include('Disable Anna Writer?');
  });
});
