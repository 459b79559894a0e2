import { expect, fixtureSync, html } from '@open-wc/testing';
import { cutOff } from '../../test-support/fit.js';
import type { PasswordField } from './password-field.js';
import './define.js';

/** The strictest field there is: five rules and the repetition, in a column `width` pixels wide. */
async function fieldIn(width: number): Promise<{ column: HTMLElement; field: PasswordField }> {
  // A plain root: fixture() would wait for an animation frame a page in the background does not get.
  const column = fixtureSync<HTMLElement>(html`
    <div style="font: 1rem/1.6 'Helvetica Neue', Arial, system-ui, sans-serif; box-sizing: border-box; padding: 1rem; border: 1px solid #d5dbe8">
      <password-field policy="two-of-each" confirm label="Password for your master account"></password-field>
    </div>
  `);
  column.style.width = `${width}px`;
  const field = column.querySelector('password-field')!;
  field.value = 'Ab1!';
  await field.updateComplete;
  return { column, field };
}

describe('password-field in a column', () => {
  for (const width of [256, 320, 480]) {
    it(`fits ${width} pixels: nothing sticks out and no word is cut`, async () => {
      const { column, field } = await fieldIn(width);
      const box = field.getBoundingClientRect();
      const inner = column.getBoundingClientRect();
      expect(box.right, 'the field ends inside its column').to.be.at.most(inner.right);
      expect(cutOff(field, box)).to.deep.equal([]);
    });
  }

  it('the toggle keeps its words on one line beside the field, and moves below it when the column is narrow', async () => {
    const wide = await fieldIn(480);
    const [wideInput, wideToggle] = [wide.field.shadowRoot!.querySelector('#password')!, wide.field.shadowRoot!.querySelector('[part="toggle"]')!];
    expect(wideToggle.getBoundingClientRect().top).to.equal(wideInput.getBoundingClientRect().top);
    const narrow = await fieldIn(256);
    const [narrowInput, narrowToggle] = [narrow.field.shadowRoot!.querySelector('#password')!, narrow.field.shadowRoot!.querySelector('[part="toggle"]')!];
    expect(narrowToggle.getBoundingClientRect().top).to.be.greaterThan(narrowInput.getBoundingClientRect().bottom - 1);
    expect(narrowToggle.getBoundingClientRect().height).to.be.below(3 * parseFloat(getComputedStyle(narrowToggle).fontSize));
  });
});
