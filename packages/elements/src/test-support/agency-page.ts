import { fixtureSync, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { cutOff } from './fit.js';
import { activityFixture } from './fixtures.js';
import type { ActivityFixture } from './fixtures.js';
import '../components/foyer-provider/define.js';
import '../components/account-switcher/define.js';
import '../components/team-members/define.js';
import '../components/activity-log/define.js';

/**
 * The demo's agency page around its three panels, with the page's own layout: a main column
 * beside a 22rem aside, and inside it the account switcher in a column of 14–18rem beside the
 * team, with the activity below the switcher. The elements must fit the columns they get.
 */
const pageStyles = html`<style>
  .fit-page {
    font: 1rem/1.6 'Helvetica Neue', Arial, system-ui, sans-serif;
    box-sizing: border-box;
  }
  .fit-page * {
    box-sizing: border-box;
  }
  .fit-page .page {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(16rem, 22rem);
    gap: 2.5rem;
    padding: 2.5rem clamp(1rem, 5vw, 4rem) 4rem;
  }
  .fit-page .agency-layout {
    margin-top: 1.5rem;
    display: grid;
    grid-template-columns: minmax(14rem, 18rem) minmax(0, 1fr);
    gap: 2rem;
    align-items: start;
  }
  .fit-page .panel {
    padding: 1.25rem;
    border: 1px solid #d5dbe8;
    border-radius: 6px;
  }
</style>`;

export interface AgencyPage {
  team: HTMLElement & { members?: unknown[] };
  log: HTMLElement & { entries?: unknown[]; loading?: boolean; updateComplete: Promise<boolean> };
}

/** Mounts the page signed in as the workspace's owner and waits until both panels show their data. */
export async function agencyPage(f: ActivityFixture): Promise<AgencyPage> {
  const page = fixtureSync<HTMLElement>(html`
    <div class="fit-page">
      ${pageStyles}
      <main class="page">
        <section>
          <foyer-provider server=${f.api} workspace=${f.workspace} persist="none">
            <div class="agency-layout">
              <div class="panel"><account-switcher label="Switch account"></account-switcher></div>
              <div class="panel"><team-members><span slot="heading">The client's team</span></team-members></div>
              <div class="panel"><activity-log><span slot="heading">The client's activity</span></activity-log></div>
            </div>
          </foyer-provider>
        </section>
        <aside><h2>Demo agency</h2></aside>
      </main>
    </div>
  `);
  const provider = page.querySelector<HTMLElement & { token: string | null }>('foyer-provider')!;
  provider.token = f.owner.token;
  const team = page.querySelector<AgencyPage['team']>('team-members')!;
  const log = page.querySelector<AgencyPage['log']>('activity-log')!;
  await waitUntil(() => Array.isArray(team.members) && log.entries !== undefined && !log.loading, 'the panels load', { timeout: 8000 });
  await waitUntil(() => team.shadowRoot?.querySelector('role-picker, [part~="role"]') !== null, 'the team shows roles', { timeout: 8000 });
  await log.updateComplete;
  // A moment for layout; a test page in the background gets no animation frames.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { team, log };
}

/**
 * What is cut off in one panel's element at a window `width` pixels wide: the element
 * sticking out of its panel, or anything in it sticking out of the element or clipped.
 */
export async function agencyPanelCutOff(width: number, pick: (page: AgencyPage) => HTMLElement): Promise<string[]> {
  await setViewport({ width, height: 900 });
  const element = pick(await agencyPage(await activityFixture()));
  const panel = element.parentElement!.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  const outside = box.right > panel.right + 1 ? [`<${element.localName}> ends at ${box.right}, past its panel at ${panel.right}`] : [];
  return [...outside, ...cutOff(element, box)];
}
