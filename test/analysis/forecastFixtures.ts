import { dayOfIso, isoOfDay } from '../../src/lib/analysis/day.ts';

/** The ISO date `days` after `iso`. */
export const addDays = (iso: string, days: number): string => isoOfDay(dayOfIso(iso) + days);
