import { expect } from '@open-wc/testing';
import { actionLabel } from './action-labels.js';
import { areaLabel } from './activity-labels.js';

describe('the activity log’s words', () => {
  it('name every change the server records, and the area it belongs to, instead of showing its path', async () => {
    const response = await fetch('/fixture/recorded-actions', { method: 'POST' });
    const { actions } = (await response.json()) as { actions: string[] };
    expect(actions.length).to.be.greaterThan(80);
    const unnamed = actions.filter((action) => actionLabel(action) === action);
    expect(unnamed, 'actions shown as their path').to.deep.equal([]);
    const areas = [...new Set(actions.map((action) => action.split('.')[0]!))];
    expect(
      areas.filter((area) => areaLabel(area) === area),
      'areas shown as their path',
    ).to.deep.equal([]);
  });
});
