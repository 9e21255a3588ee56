import { quantile } from './quantile.ts';

/** The median of the finite values (NaN ignored); NaN when none. */
export function median(values: ArrayLike<number>): number {
  return quantile(values, 0.5);
}
