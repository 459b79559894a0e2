import { expect } from '@open-wc/testing';
import { clampCell, gridKey } from './grid-keys.js';

const bounds = { rowCount: 50, colCount: 8, pageRows: 10 };

describe('grid keys', () => {
  it('arrows move one cell and stop at the edges; up from the first row reaches the header row', () => {
    expect(gridKey('ArrowDown', false, { row: 3, col: 2 }, bounds)).to.deep.equal({ move: { row: 4, col: 2 } });
    expect(gridKey('ArrowDown', false, { row: 49, col: 2 }, bounds)).to.deep.equal({ move: { row: 49, col: 2 } });
    expect(gridKey('ArrowUp', false, { row: 0, col: 2 }, bounds)).to.deep.equal({ move: { row: -1, col: 2 } });
    expect(gridKey('ArrowUp', false, { row: -1, col: 2 }, bounds)).to.deep.equal({ move: { row: -1, col: 2 } });
    expect(gridKey('ArrowRight', false, { row: 3, col: 7 }, bounds)).to.deep.equal({ move: { row: 3, col: 7 } });
    expect(gridKey('ArrowLeft', false, { row: 3, col: 0 }, bounds)).to.deep.equal({ move: { row: 3, col: 0 } });
  });

  it('Home and End go along the row, with Ctrl to the first and last row; Page keys move a page', () => {
    expect(gridKey('Home', false, { row: 3, col: 5 }, bounds)).to.deep.equal({ move: { row: 3, col: 0 } });
    expect(gridKey('End', false, { row: 3, col: 5 }, bounds)).to.deep.equal({ move: { row: 3, col: 7 } });
    expect(gridKey('Home', true, { row: 30, col: 5 }, bounds)).to.deep.equal({ move: { row: 0, col: 5 } });
    expect(gridKey('End', true, { row: 3, col: 5 }, bounds)).to.deep.equal({ move: { row: 49, col: 5 } });
    expect(gridKey('PageDown', false, { row: -1, col: 1 }, bounds)).to.deep.equal({ move: { row: 10, col: 1 } });
    expect(gridKey('PageDown', false, { row: 45, col: 1 }, bounds)).to.deep.equal({ move: { row: 49, col: 1 } });
    expect(gridKey('PageUp', false, { row: 5, col: 1 }, bounds)).to.deep.equal({ move: { row: 0, col: 1 } });
  });

  it('Space selects and Enter opens; other keys are left to the page', () => {
    expect(gridKey(' ', false, { row: 3, col: 1 }, bounds)).to.deep.equal({ activate: 'select' });
    expect(gridKey('Enter', false, { row: -1, col: 1 }, bounds)).to.deep.equal({ activate: 'open' });
    expect(gridKey('a', false, { row: 3, col: 1 }, bounds)).to.equal(null);
    expect(gridKey('Tab', false, { row: 3, col: 1 }, bounds)).to.equal(null);
  });

  it('keeps the active cell inside the rows that are left', () => {
    expect(clampCell({ row: 40, col: 9 }, { rowCount: 12, colCount: 8 })).to.deep.equal({ row: 11, col: 7 });
    expect(clampCell({ row: 2, col: -1 }, { rowCount: 12, colCount: 8 })).to.deep.equal({ row: 2, col: 0 });
  });
});
