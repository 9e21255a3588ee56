import { describe, expect, test } from 'vitest';
import { notesFor } from '../../../src/views/rfm/notesFor.ts';
import type { EngineMessage } from '../../../src/lib/analysis/types.ts';

const notes: EngineMessage[] = [
  { code: 'engine.rfm.unavailable' },
  { code: 'engine.rfm.emptyLevels', params: { dimension: 'F', levels: '2' } },
  { code: 'engine.concentration.warning', params: { share: 37, limit: 20 } },
  { code: 'engine.invalidSetting', params: { section: 'rfm', detail: 'bad cuts' } },
  { code: 'engine.methodFailed', params: { section: 'lifecycle', detail: 'x' } },
  { code: 'engine.unavailable.profit', params: { section: 'abc' } },
  { code: 'engine.unavailable.payment', params: { section: 'breakdown' } },
  { code: 'engine.valueScore.without.profit', params: { section: 'valueScore' } }
];

describe('notesFor(notes, section, prefixes)', () => {
  test('notes with a matching code prefix and the failures of the section, in order', () => {
    expect(notesFor(notes, 'rfm', ['engine.rfm.']).map((n) => n.code)).toEqual(['engine.rfm.unavailable', 'engine.rfm.emptyLevels', 'engine.invalidSetting']);
  });
  test('only the failures of the section without prefixes', () => {
    expect(notesFor(notes, 'lifecycle', [])).toEqual([notes[4]]);
    expect(notesFor(notes, 'pyramid', [])).toEqual([]);
    expect(notesFor([], 'rfm', ['engine.'])).toEqual([]);
  });
  test('a metric the dataset lacks: on the view of the section that named it', () => {
    expect(notesFor(notes, 'abc', [])).toEqual([notes[5]]);
    expect(notesFor(notes, 'breakdown', [])).toEqual([notes[6]]);
    expect(notesFor(notes, 'valueScore', [])).toEqual([notes[7]]);
  });
});
