import { expect } from '@open-wc/testing';
import { agencyPanelCutOff } from '../../test-support/agency-page.js';

describe('team-members on the agency page', () => {
  for (const width of [1280, 1440]) {
    it(`fits its panel at ${width} pixels: nothing sticks out and no word is cut`, async () => {
      expect(await agencyPanelCutOff(width, (page) => page.team)).to.deep.equal([]);
    });
  }
});
