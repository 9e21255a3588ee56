/**
 * CSV text for every export of the app and for the command line's `--format csv`: one cell writer, so that no
 * export can attack the spreadsheet that opens it (CSV or formula injection).
 *
 * A spreadsheet runs a cell as a formula when its text starts with `=`, `+`, `-` or `@`, and some also after a
 * leading tab or carriage return (OWASP, "CSV Injection"). Every TEXT cell that starts so is neutralised as OWASP
 * recommends: a single quote before it, and the cell quoted. Text that merely looks like a number (`-1`, `-1+1`)
 * is text and is neutralised too; a NUMBER value is written as a plain number and stays a numeric cell.
 * The full-width forms (＝ ＋ － ＠), which a Chinese or Japanese spreadsheet may turn into the ASCII ones, are
 * treated the same way.
 */

/** The first characters that make a spreadsheet read a cell as a formula (OWASP list, plus the full-width forms). */
export const formulaStarts: readonly string[] = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

/** Whether a text cell would be read as a formula and so needs the leading quote. */
export function isFormulaLike(text: string): boolean {
  return text.length > 0 && formulaStarts.includes(text[0]);
}

/** Characters that oblige a cell to be quoted: the field and line separators of any locale, and the quote itself. */
const needsQuotes = /[",;\t\n\r]/;

/** One CSV cell: numbers as numbers (non-finite ones empty), text neutralised and quoted as needed (RFC 4180). */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  // 15 significant digits: the float noise of sums (279489.01999999996) goes, every real digit stays
  if (typeof value === 'number') return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : '';
  if (typeof value === 'bigint') return String(value);
  const raw = String(value);
  if (isFormulaLike(raw)) return `"'${raw.replace(/"/g, '""')}"`;
  return needsQuotes.test(raw) ? `"${raw.replace(/"/g, '""')}"` : raw;
}

/** Rows to CSV text (comma, CRLF line ends, RFC 4180 quoting, formula-safe text cells). */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** CSV with a UTF-8 byte order mark, so Excel shows Chinese text correctly. */
export function toExcelCsv(rows: readonly (readonly unknown[])[]): string {
  return '\uFEFF' + toCsv(rows);
}
