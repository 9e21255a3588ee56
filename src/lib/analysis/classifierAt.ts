import { abcClasses, abcRanking } from './abc.ts';
import type { AnalysisConfig } from './analyze.ts';
import { lifecycleStages } from './lifecycle.ts';
import { segmentRules } from './presets.ts';
import { pyramid, tierKeys } from './pyramid.ts';
import { rfmScoring, scorable } from './rfm.ts';
import { splitValue } from './rfmScores.ts';
import { eightClass, eightClasses, gridSegments, othersSegment } from './rfmSegments.ts';
import { summaryAt } from './summaryAt.ts';
import type { Table } from './table.ts';
import type { FullSummary, Summary } from './types.ts';

/** The classifiers whose change over time METHOD §10 follows. */
export const classifiers = ['abc', 'segment', 'eight', 'pyramid', 'lifecycle'] as const;
export type Classifier = (typeof classifiers)[number];

/** Class code of a customer without any order up to the date (not a customer yet). */
export const notYet = 255;

/** One classifier as a function of the date: class keys, and for a day E the class of every full-summary customer at E. */
export interface ClassifierAt {
  by: Classifier;
  keys: string[];
  /** Whether the method has its own class for customers gone quiet (lifecycle: lost), so migration needs no "left". */
  hasLost: boolean;
  /** Class index into `keys` per full-summary customer at `day`; `notYet` for customers without an order up to it. */
  at: (day: number) => Uint8Array;
}

/** Class keys of the named RFM segments of these settings (the segment index of rfm(), "others" last). */
export function segmentKeys(config: AnalysisConfig['rfm']): string[] {
  if (config.segments === 'grid') return [...gridSegments, othersSegment];
  if (config.segments === 'eight') return [...eightClasses.map((c) => c.key), othersSegment];
  return [...segmentRules(config.segments, config.customSegments).map((r) => r.name), othersSegment];
}

/** The 8-class model of METHOD §5 on its own (the split of rfm()); customers that cannot be scored are "others" (8). */
function eightOf(summary: Summary, split: 'mean' | 'median'): Uint8Array {
  const eligible = scorable(summary);
  const r = splitValue(summary.recencyDays, eligible, split);
  const f = splitValue(summary.frequency, eligible, split);
  const m = splitValue(summary.monetary, eligible, split);
  const out = new Uint8Array(eligible.length).fill(8);
  for (let i = 0; i < out.length; i++) {
    if (eligible[i]) out[i] = eightClass(summary.recencyDays[i] < r, summary.frequency[i] > f, summary.monetary[i] > m);
  }
  return out;
}

function checkBy(by: string): asserts by is Classifier {
  if (!(classifiers as readonly string[]).includes(by)) throw new RangeError(`invalid classifier: ${by} (expected one of ${classifiers.join(', ')})`);
}

/**
 * The classification at a date E of METHOD §10: the method `by` computed with the rows dated up to E and
 * E as the analysis date, every other setting of `config` unchanged (the lifecycle stage at snapshot E).
 */
export function classifierAt(table: Table, full: FullSummary, config: AnalysisConfig, by: Classifier): ClassifierAt {
  checkBy(by);
  const n = full.ids.length;
  if (by === 'lifecycle') {
    const { stageKeys, stagesAt } = lifecycleStages(full, config.lifecycle);
    return { by, keys: stageKeys, hasLost: true, at: stagesAt };
  }
  const metrics = by === 'abc' ? [config.abc.metric] : by === 'pyramid' ? [config.pyramid.metric] : ['revenue', 'orders', 'monetary', 'recency'];
  const keys = by === 'abc' ? [...abcClasses] : by === 'pyramid' ? tierKeys(config.pyramid.tiers.length) : by === 'eight' ? [...eightClasses.map((c) => c.key), othersSegment] : segmentKeys(config.rfm);
  const at = (day: number): Uint8Array => {
    const out = new Uint8Array(n).fill(notYet);
    const { summary, index } = summaryAt(table, full, config.summary, day, metrics);
    let cls: ArrayLike<number>;
    if (by === 'abc') cls = abcRanking(summary, config.abc).cls;
    else if (by === 'pyramid') cls = pyramid(summary, config.pyramid).tier;
    else if (by === 'segment') cls = rfmScoring(summary, config.rfm).segment;
    else cls = eightOf(summary, config.rfm.split);
    for (let i = 0; i < index.length; i++) out[index[i]] = cls[i];
    return out;
  };
  return { by, keys, hasLost: false, at };
}
