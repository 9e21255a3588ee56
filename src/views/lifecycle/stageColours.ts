import type { LifecycleStage } from '../../lib/analysis/lifecycle.ts';

const index: Record<LifecycleStage, number> = {
  prospect: 7,
  exploration: 4,
  growing: 2,
  stable: 0,
  fluctuating: 1,
  declining: 5,
  lost: 3
};

/** Categorical colour index (palette.ts) of each lifecycle stage: the same stage always has the same colour. */
export function stageColours(keys: readonly LifecycleStage[]): number[] {
  return keys.map((k) => {
    if (!(k in index)) throw new RangeError(`invalid lifecycle stage: ${k}`);
    return index[k];
  });
}
