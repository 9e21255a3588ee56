import { headerClaim } from './headerRoles.ts';
import { profileColumn } from './profileColumn.ts';

/** Names for the columns of a file without a header row: `Column 1`, `Column 2` … (or as `name` writes them). */
export function positionalHeaders(count: number, name: (n: number) => string = (n) => `Column ${n}`): string[] {
  return Array.from({ length: count }, (_, i) => name(i + 1));
}

/**
 * Whether the first row of a file is data rather than a header: it names no known column (no
 * header word in English or Chinese) and has dates or numbers where the rows below have them,
 * a date in a date column, or numbers in at least half of its filled cells.
 */
export function looksLikeData(first: readonly string[], rows: readonly string[][]): boolean {
  if (!rows.length || first.some((cell) => cell.trim() !== '' && (Object.keys(headerClaim(cell).scores).length > 0 || headerClaim(cell).attribute))) return false;
  let filled = 0, alike = 0, dates = 0;
  first.forEach((cell, i) => {
    if (cell.trim() === '') return;
    filled++;
    const below = profileColumn(rows, i);
    const own = profileColumn([[cell]], 0);
    if (below.dates >= 0.5 && own.dates === 1 && below.numbers < 0.5) (dates++, alike++);
    else if (below.numbers >= 0.5 && own.numbers === 1) alike++;
  });
  return filled > 0 && (dates > 0 || alike * 2 >= filled);
}
