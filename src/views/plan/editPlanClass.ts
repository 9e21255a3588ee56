import type { PlanClass } from '../../lib/analysis/plan.ts';

/** The plan classes with one class changed (a new array; the input is not changed). Throws when the class is not in the plan. */
export function editPlanClass(classes: readonly PlanClass[], cls: string, patch: Partial<Omit<PlanClass, 'cls'>>): PlanClass[] {
  if (!classes.some((c) => c.cls === cls)) throw new RangeError(`invalid plan class: ${cls} (plan has ${classes.map((c) => c.cls).join(', ') || 'none'})`);
  return classes.map((c) => (c.cls === cls ? { ...c, ...patch } : { ...c }));
}

/** The catalogue key of a class's textbook measures. */
export function defaultMeasureKey(cls: string): string {
  return `plan.measure.${cls}`;
}

/**
 * What to store for measures typed in the text box: the textbook key when the text is exactly its translation
 * (so the plan follows the language), otherwise the user's own words (trimmed at the ends).
 */
export function storedMeasure(cls: string, text: string, translate: (key: string) => string): string {
  const key = defaultMeasureKey(cls);
  const trimmed = text.trim();
  return trimmed === translate(key).trim() ? key : trimmed;
}
