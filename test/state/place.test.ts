import { describe, expect, test } from 'vitest';
import { readPlace, resumeView, tabOf, type Place } from '../../src/lib/state/place.ts';

const views = ['data', 'abc', 'rfm', 'exercise'];

describe('readPlace(text)', () => {
  test.each([
    ['nothing stored', null, null],
    ['not JSON', '{rfm', null],
    ['not an object', '"rfm"', null],
    ['no view', '{"dataset":"d1"}', null],
    ['a view that is no route key', '{"dataset":"d1","view":"../x","tabs":{}}', null],
    ['a dataset that is not text', '{"dataset":5,"view":"rfm","tabs":{}}', null]
  ])('%s: null', (_, text, expected) => expect(readPlace(text)).toBe(expected));

  test('a place, with bad tabs left out', () => {
    expect(readPlace('{"dataset":"d1","view":"rfm","tabs":{"rfm":"eight","abc":7,"x y":"z"}}')).toEqual({ dataset: 'd1', view: 'rfm', tabs: { rfm: 'eight' } });
    expect(readPlace('{"dataset":null,"view":"exercise"}')).toEqual({ dataset: null, view: 'exercise', tabs: {} });
  });
});

describe('resumeView(place, openedDataset, datasetIds, views)', () => {
  const place: Place = { dataset: 'd2', view: 'rfm', tabs: { rfm: 'eight' } };
  test.each([
    ['the remembered view of the dataset opened', place, 'd2', ['d1', 'd2'], 'rfm'],
    ['nothing remembered', null, 'd2', ['d2'], 'data'],
    ['the remembered dataset was deleted', place, 'd1', ['d1'], 'data'],
    ['another dataset was opened', place, 'd1', ['d1', 'd2'], 'data'],
    ['no dataset at all', place, null, [], 'data'],
    ['a view that no longer exists', { ...place, view: 'gone' }, 'd2', ['d2'], 'data'],
    ['a place without a dataset', { ...place, dataset: null }, null, [], 'data']
  ] as const)('%s', (_, p, opened, ids, expected) => expect(resumeView(p, opened, ids, views)).toBe(expected));
});

describe('tabOf(place, view, tabs)', () => {
  const tabs = ['grid', 'eight', 'custom'] as const;
  test('the remembered tab, else the first', () => {
    expect(tabOf({ dataset: 'd', view: 'rfm', tabs: { rfm: 'eight' } }, 'rfm', tabs)).toBe('eight');
    expect(tabOf({ dataset: 'd', view: 'rfm', tabs: { rfm: 'gone' } }, 'rfm', tabs)).toBe('grid');
    expect(tabOf(null, 'rfm', tabs)).toBe('grid');
  });
});
