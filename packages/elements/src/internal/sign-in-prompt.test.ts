import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { photographerFixture } from '../test-support/fixtures.js';
import { deepActiveElement } from '../test-support/interaction.js';
import { endedSession, signInPromptShown, signInThroughPrompt, watchConsoleErrors } from '../test-support/sign-in-prompt.js';
import type { FoyerProvider } from '../components/foyer-provider/foyer-provider.js';
import '../components/foyer-provider/define.js';
import '../components/foyer-sign-in/define.js';
import '../components/team-members/define.js';
import '../components/activity-log/define.js';
import '../components/client-access-manager/define.js';

/**
 * A page that needs a signed-in person, opened by nobody or with a session that has ended, asks
 * for a sign-in in the element's own words: no error, no "Try again", nothing in the console.
 * Signing in through the prompt loads the element and puts focus on its first useful control.
 */
describe('the sign-in prompt', () => {
  it('shows in every element of a page opened signed out, and one sign-in loads them all, focus in the one signed in from', async function () {
    this.timeout(20_000);
    const f = await photographerFixture();
    const watch = watchConsoleErrors();
    try {
      const provider = await fixture<FoyerProvider>(html`
        <foyer-provider lang="en" persist="none" server=${f.api} workspace=${f.workspace}>
          <team-members><foyer-sign-in slot="sign-in"></foyer-sign-in></team-members>
          <activity-log><a slot="sign-in" href="/sign-in">Sign in on the studio’s page</a></activity-log>
        </foyer-provider>
      `);
      const team = provider.querySelector('team-members')!;
      const activity = provider.querySelector('activity-log')!;
      await signInPromptShown(team, 'Sign in to see the team.');
      await signInPromptShown(activity, 'Sign in to see the activity.');
      await expect(team).to.be.accessible();

      await signInThroughPrompt(team, f.owner);
      await waitUntil(() => team.shadowRoot!.querySelector('table'), 'the team loads', { timeout: 8000 });
      await waitUntil(() => activity.shadowRoot!.querySelector('[part~="sign-in"]') === null, 'the activity loads too', { timeout: 8000 });
      await waitUntil(() => {
        const focused = deepActiveElement();
        return focused !== null && team.shadowRoot!.contains(focused);
      }, 'focus moves into the team once it shows');
      expect(activity.shadowRoot!.contains(deepActiveElement()), 'the other element takes no focus').to.equal(false);
      expect(watch.errors).to.deep.equal([]);
    } finally {
      watch.restore();
    }
  });

  it('treats a session that ended as signed out, not as a failure', async () => {
    const f = await photographerFixture();
    const ended = await endedSession(f.api, f.owner);
    const watch = watchConsoleErrors();
    try {
      const provider = await fixture<FoyerProvider>(html`
        <foyer-provider lang="en" persist="none" server=${f.api} workspace=${f.workspace} .token=${ended}>
          <client-access-manager><foyer-sign-in slot="sign-in"></foyer-sign-in></client-access-manager>
        </foyer-provider>
      `);
      const manager = provider.querySelector('client-access-manager')!;
      await waitUntil(() => manager.shadowRoot!.querySelector('[part~="sign-in"], table, [role="alert"]'), 'the manager answers', { timeout: 8000 });
      await signInPromptShown(manager, 'Sign in as the studio’s owner to manage client accesses.');
      expect(provider.token, 'the ended session is still the provider’s: the server refused it').to.equal(ended);
      await signInThroughPrompt(manager, f.owner);
      await waitUntil(() => manager.shadowRoot!.querySelector('table'), 'the accesses load', { timeout: 8000 });
      expect(watch.errors).to.deep.equal([]);
    } finally {
      watch.restore();
    }
  });
});
