/** Cell text that a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
function safe(text: string): string {
  return /^[=+@\t\r]/.test(text) || /^-[^\d.]/.test(text) ? `'${text}` : text;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  // 15 significant digits: the float noise of sums (279489.01999999996) goes, every real digit stays
  if (typeof value === 'number') return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : '';
  const text = safe(String(value));
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text (comma, CRLF line ends, RFC 4180 quoting). */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** CSV with a UTF-8 byte order mark, so Excel shows Chinese text correctly. */
export function toExcelCsv(rows: readonly (readonly unknown[])[]): string {
  return '\uFEFF' + toCsv(rows);
}
