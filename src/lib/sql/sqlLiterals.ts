/** A quoted SQL identifier (a column header). */
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
/** A quoted SQL string literal. */
export const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** A number as SQL; throws a RangeError on a non-finite one, naming `what`. */
export function num(value: number, what: string): string {
  if (!Number.isFinite(value)) throw new RangeError(`invalid ${what}: ${value} (expected a finite number)`);
  return String(value);
}
