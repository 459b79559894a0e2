import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startDemo } from '@foyer/demo';
import { launchChromium } from './browser.js';
import { PolicyWatch } from './policy.js';

type Demo = Awaited<ReturnType<typeof startDemo>>;

/**
 * The photographer's client walks the demo site: enters their code, sees their galleries,
 * opens a password-protected gallery without its password, goes into a sub-gallery and back
 * up only where the setting allows, and sees a gallery the photographer adds afterwards.
 */
describe('a client on the demo site', () => {
  let demo: Demo;
  let browser: Browser;
  let page: Page;
  const policy = new PolicyWatch();

  beforeAll(async () => {
    demo = await startDemo({ port: 0, inMemory: true, quiet: true });
    browser = await launchChromium();
  });
  // The demo's strict Content-Security-Policy: a walk that needs more than it allows fails.
  afterEach(() => expect(policy.violations.splice(0)).toEqual([]));
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  const access = (name: string) => {
    const found = demo.seed.accesses.find((a) => a.name === name);
    if (!found) throw new Error(`the demo seed has no access named ${name}`);
    return found;
  };
  const gallery = (title: string) => demo.seed.galleries.find((g) => g.title === title)!;

  async function signInWithCode(code: string) {
    page = await policy.newPage(browser);
    await page.goto(demo.url);
    await page.getByLabel('Access code').fill(code.toUpperCase());
    await page.getByRole('button', { name: 'Show my galleries' }).click();
  }

  const card = (title: string) => page.getByRole('button', { name: new RegExp(`^${title.replace(/[&]/g, '\\$&')}`) });

  it('enters a code and sees every gallery shared with them', async () => {
    const couple = access('Anna Müller & Jonas Schmidt');
    await signInWithCode(couple.code);
    await expect.poll(() => page.getByRole('heading', { name: `Galleries for ${couple.name}` }).count()).toBe(1);
    for (const title of couple.overview) await expect.poll(() => card(title).count()).toBe(1);
  });

  it('opens a password-protected gallery without being asked for its password', async () => {
    expect(gallery('Müller & Schmidt wedding').password).not.toBeNull();
    await card('Müller & Schmidt wedding').click();
    await expect.poll(() => page.getByRole('heading', { name: 'Müller & Schmidt wedding' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('list', { name: 'Pictures in Müller & Schmidt wedding' }).getByRole('listitem').count()).toBe(gallery('Müller & Schmidt wedding').itemCount);
    expect(await page.getByLabel('Password').count()).toBe(0);
    // Its parent, "Weddings 2026", has navigation off: there is no way up.
    expect(await page.getByRole('button', { name: /Up to/ }).count()).toBe(0);
  });

  it('goes into a sub-gallery and back up, because the parent allows navigation', async () => {
    expect(gallery('Reception').password).not.toBeNull();
    await card('Reception').click();
    await expect.poll(() => page.getByRole('heading', { name: 'Reception', exact: true }).count()).toBe(1);
    const up = page.getByRole('button', { name: 'Up to Müller & Schmidt wedding' });
    await expect.poll(() => up.count()).toBe(1);
    await up.click();
    await expect.poll(() => page.getByRole('heading', { name: 'Müller & Schmidt wedding' }).count()).toBe(1);
  });

  it('sees no way up from a gallery whose parent does not allow navigation', async () => {
    const party = access('Berg & Ahmadi party guests');
    const parent = gallery(gallery(party.galleries[0]!).path.at(-2)!);
    expect(parent.allowNavigation).toBe(false);
    await page.close();
    await signInWithCode(party.code);
    await card(party.galleries[0]!).click();
    await expect.poll(() => page.getByRole('heading', { name: party.galleries[0]!, exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /Up to/ }).count()).toBe(0);
  });

  it('sees a gallery the photographer adds afterwards, with the same code', async () => {
    const couple = access('Anna Müller & Jonas Schmidt');
    await page.close();
    await signInWithCode(couple.code);
    await expect.poll(() => card('Müller & Schmidt wedding').count()).toBe(1);
    expect(await card('Berg & Ahmadi wedding').count()).toBe(0);

    // The photographer adds a gallery through the API, as the admin page does.
    const trpc = async (path: string, input: unknown, token?: string) => {
      const response = await fetch(`${demo.apiUrl}/trpc/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(input),
      });
      const body = (await response.json()) as { result?: { data: any }; error?: unknown };
      if (!response.ok) throw new Error(`${path}: ${JSON.stringify(body.error)}`);
      return body.result!.data;
    };
    const { token } = await trpc('identity.signIn', { email: demo.seed.owner.email, password: demo.seed.owner.password });
    const listed = await fetch(`${demo.apiUrl}/trpc/accesses.list?input=${encodeURIComponent(JSON.stringify({ workspace: demo.seed.workspace.handle }))}`, {
      headers: { authorization: `Bearer ${token}` },
    }).then((r) => r.json() as Promise<{ result: { data: Array<{ id: string; name: string }> } }>);
    const accessId = listed.result.data.find((a) => a.name === couple.name)!.id;
    await trpc('accesses.addGalleries', { workspace: demo.seed.workspace.handle, accessId, galleryIds: [gallery('Berg & Ahmadi wedding').id] }, token);

    await page.reload();
    await expect.poll(() => card('Berg & Ahmadi wedding').count()).toBe(1);
  });
});
