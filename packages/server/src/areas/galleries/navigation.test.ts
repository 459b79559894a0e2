import { describe, expect, it } from 'vitest';
import { computeReach, pathOf } from './navigation.js';
import type { TreeNode } from './queries.js';

/** A tree from lines like `wedding > ceremony` and a set of galleries with navigation on. */
function tree(edges: Array<[string, string | null]>, navigationOn: string[]): Map<string, TreeNode> {
  return new Map(edges.map(([id, parentId], position) => [id, { id, parentId, title: id, allowNavigation: navigationOn.includes(id), position }]));
}

const weddings = tree(
  [
    ['weddings', null],
    ['mueller', 'weddings'],
    ['ceremony', 'mueller'],
    ['reception', 'mueller'],
    ['schmidt', 'weddings'],
    ['portfolio', null],
  ],
  ['mueller'],
);

describe('the navigation rule', () => {
  it('opens the sub-galleries of an added gallery whose navigation is on', () => {
    const reach = computeReach(weddings, ['mueller'], 'navigation');
    expect([...reach.keys()].sort()).toEqual(['ceremony', 'mueller', 'reception']);
    expect(reach.get('ceremony')).toEqual({ reason: 'navigation', via: 'mueller' });
    expect(reach.get('mueller')).toEqual({ reason: 'added', via: null });
  });

  it('lets a client go up from a sub-gallery to its parent when the parent allows navigation, and from there to its siblings', () => {
    const reach = computeReach(weddings, ['ceremony'], 'navigation');
    expect(reach.get('mueller')).toEqual({ reason: 'navigation', via: 'ceremony' });
    expect(reach.get('reception')).toEqual({ reason: 'navigation', via: 'mueller' });
    // The grandparent has navigation off: no stair leads up there.
    expect(reach.has('weddings')).toBe(false);
  });

  it('opens neither sub-galleries nor parent when the parent has navigation off', () => {
    const reach = computeReach(weddings, ['schmidt'], 'navigation');
    expect([...reach.keys()]).toEqual(['schmidt']);
    const fromTop = computeReach(weddings, ['weddings'], 'navigation');
    expect([...fromTop.keys()]).toEqual(['weddings']);
  });

  it('opens only the galleries added by hand when the access is explicit only', () => {
    const reach = computeReach(weddings, ['mueller', 'ceremony'], 'explicit');
    expect([...reach.entries()]).toEqual([
      ['mueller', { reason: 'added', via: null }],
      ['ceremony', { reason: 'added', via: null }],
    ]);
  });

  it('follows navigation across several levels when each level allows it', () => {
    const deep = tree(
      [
        ['a', null],
        ['b', 'a'],
        ['c', 'b'],
        ['d', 'c'],
      ],
      ['a', 'b', 'c'],
    );
    const reach = computeReach(deep, ['d'], 'navigation');
    expect(reach.get('a')).toEqual({ reason: 'navigation', via: 'b' });
    expect(pathOf(deep, 'd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('ignores added ids that are not in the tree', () => {
    expect(computeReach(weddings, ['gone'], 'navigation').size).toBe(0);
  });
});
