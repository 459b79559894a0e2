import { expect } from '@open-wc/testing';
import { agencyPanelCutOff } from '../../test-support/agency-page.js';

describe('activity-log on the agency page', () => {
  for (const width of [1280, 1440]) {
    it(`fits its panel at ${width} pixels: nothing sticks out and no word is cut`, async () => {
      expect(await agencyPanelCutOff(width, (page) => page.log)).to.deep.equal([]);
    });
  }
});
