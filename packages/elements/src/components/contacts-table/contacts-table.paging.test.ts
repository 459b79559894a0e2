import { expect } from '@open-wc/testing';
import { printShopBeyondSearchCountFixture, printShopCrowdFixture } from '../../test-support/fixtures.js';
import { retype, typeInto } from '../../test-support/interaction.js';
import { wait, text, mountGrid, grid, rowsOf, pressWithControl } from '../../test-support/contacts-table.js';

describe('contacts-table paging through many contacts', () => {
  it('keeps only the visible rows and a small overscan in the DOM while scrolling through pages of 5,000 contacts', async function () {
    this.timeout(30000);
    const f = await printShopCrowdFixture();
    const m = await mountGrid(f);
    const g = grid(m.root);
    expect(g.getAttribute('aria-rowcount')).to.equal(String(f.count + 1));
    const rowHeight = m.table.rowHeight;
    const head = g.querySelector<HTMLElement>('.head')!;
    const bound = Math.ceil((g.clientHeight - head.offsetHeight) / rowHeight) + 1 + 2 * 6;
    let most = 0;
    // Scrolls the way a wheel does, a screenful at a time, through four pages of 100.
    for (let step = 0; step < 60 && m.table.rows.length < 450; step++) {
      g.scrollTop += g.clientHeight;
      g.dispatchEvent(new Event('scroll'));
      await m.table.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 30));
      most = Math.max(most, rowsOf(m.root).length);
      expect(rowsOf(m.root).length).to.be.at.most(bound);
    }
    expect(m.table.rows.length).to.be.at.least(400);
    expect(most).to.be.at.most(bound);
    // The rows shown are the ones at the scroll position, numbered by their place in all 5,000.
    const first = rowsOf(m.root)[0]!;
    const index = Number(first.getAttribute('aria-rowindex')) - 2;
    expect(text(first.querySelector('[role="rowheader"]'))).to.equal(`Contact ${String(index + 1).padStart(5, '0')}`);
    expect(index).to.be.greaterThan(300);

    // The keyboard reaches the end of what is loaded and pulls in the next page.
    g.focus();
    const loaded = m.table.rows.length;
    await pressWithControl('End');
    await wait(() => m.table.rows.length > loaded, 'the next page loads at the end');
    expect(rowsOf(m.root).length).to.be.at.most(bound);
    await expect(m.table).to.be.accessible();
  });

  it('says "more than" and gives screen readers no row count when a search matches more contacts than the server counts', async function () {
    this.timeout(30000);
    const f = await printShopBeyondSearchCountFixture();
    const m = await mountGrid(f);
    const count = () => text(m.root.querySelector('[part~="count"]'));
    await wait(() => count().startsWith('10,020 contacts'), 'the exact count without a search');
    expect(grid(m.root).getAttribute('aria-rowcount')).to.equal('10021');
    await typeInto(m.root.querySelector<HTMLInputElement>('#search')!, '@example.com');
    await wait(() => count().startsWith('More than 10,000 contacts'), 'a capped count for the search');
    expect(grid(m.root).getAttribute('aria-rowcount')).to.equal('-1');
    await retype(m.root.querySelector<HTMLInputElement>('#search')!, 'contact-0999');
    await wait(() => count().startsWith('10 contacts'), 'an exact count for a narrow search');
    expect(grid(m.root).getAttribute('aria-rowcount')).to.equal('11');
  });
});
