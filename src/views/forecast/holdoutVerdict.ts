/** How the model's holdout total compares with the actual one: its error rounded to a whole percent and the direction. */
export function holdoutVerdict(totalActual: number, totalPredicted: number): { error: number; direction: 'over' | 'under' | 'match' | 'none' } {
  if (!(totalActual > 0)) return { error: NaN, direction: 'none' };
  const error = Math.round(((totalPredicted - totalActual) / totalActual) * 100);
  return { error: Math.abs(error), direction: error > 0 ? 'over' : error < 0 ? 'under' : 'match' };
}
