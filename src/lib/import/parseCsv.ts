import Papa from 'papaparse';
import { guessMapping, type Mapping } from './mapping.ts';
import { looksLikeData, positionalHeaders } from './headerRow.ts';
import { inferDayOrder } from './parseDate.ts';

export const delimiters = [',', ';', '\t', '|'] as const;
const previewRows = 50;
const sampleLines = 30;

function parseSample(text: string, delimiter: string, lines: number): string[][] {
  const rows = Papa.parse<string[]>(text, { delimiter, preview: lines, skipEmptyLines: false }).data;
  return rows.filter((r) => !(r.length === 1 && r[0].trim() === ''));
}

/**
 * The delimiter of a CSV text: among comma, semicolon, tab and bar, the one that splits the first
 * lines into the same number (> 1) of fields, the most fields winning; comma when none does.
 */
export function detectDelimiter(text: string): string {
  let best: string = ',';
  let bestScore = 0;
  for (const d of delimiters) {
    const rows = parseSample(text, d, sampleLines);
    if (!rows.length) continue;
    const width = rows[0].length;
    if (width < 2) continue;
    const consistent = rows.filter((r) => r.length === width).length;
    // A cut last line may be short: allow one row to differ.
    if (consistent < rows.length - 1 || consistent === 0) continue;
    const score = width * 1000 + consistent;
    if (score > bestScore) (best = d), (bestScore = score);
  }
  return best;
}

/** Header names made usable: trimmed, empty ones named by position, repeats numbered `Name (2)` (never clashing with a name the file has). */
export function cleanHeaders(raw: string[]): string[] {
  const names = raw.map((h, i) => h.replace(/^\uFEFF/, '').trim() || `#${i + 1}`);
  const taken = new Set<string>();
  const written = new Set(names);
  return names.map((base) => {
    let name = base;
    // `A, A, A (2)`: the second A may not take the name the third column is written with.
    for (let n = 2; taken.has(name) || (name !== base && written.has(name)); n++) name = `${base} (${n})`;
    taken.add(name);
    return name;
  });
}

/** How to read the first row: as the header (false), as data (true), or as it looks (undefined); names for numbered columns. */
export interface PreviewOptions {
  firstRowIsData?: boolean;
  columnNames?: string[];
}

/**
 * The preview of a CSV text (the head of a file is enough): delimiter, header row, up to 50 rows,
 * the guessed mapping, and the day order the dates of the whole text imply ('ambiguous' asks the user).
 * When the sample decides the day order, the mapping carries it. A first row that looks like data
 * (looksLikeData) is read as data unless told otherwise: the columns are then numbered
 * (`Column 1` …, or `columnNames`) and the mapping says `firstRowIsData`. `firstRow` is the first
 * row as written, so that a caller can switch.
 */
export function previewCsv(
  text: string,
  options: PreviewOptions = {}
): { delimiter: string; headers: string[]; rows: string[][]; firstRow: string[]; mapping: Mapping; dayOrder: 'dmy' | 'mdy' | 'ambiguous' | 'none' } {
  const head = readHead(text, options);
  const { delimiter, parsed, firstRow, firstRowIsData, skip, headers } = head;
  const rows = parsed.slice(skip, previewRows + skip);
  const mapping = guessMapping(headers, rows);
  mapping.delimiter = delimiter;
  if (firstRowIsData) mapping.firstRowIsData = true;
  const dateColumn = mapping.columns.date;
  // The day order is inferred from every row of the given text (a file's head), not only the preview rows.
  const sample = parsed.length < previewRows + 1 + 20 ? parsed : parseSample(head.text, delimiter, 0);
  const dayOrder = dateColumn === undefined ? 'none' : inferDayOrder(sample.slice(skip).map((r) => r[dateColumn] ?? ''));
  if (dayOrder === 'dmy' || dayOrder === 'mdy') mapping.dayOrder = dayOrder;
  return { delimiter, headers, rows, firstRow, mapping, dayOrder };
}

/**
 * The delimiter and the headers previewCsv gives for `text`, without the rest of its work (the mapping guessed, the
 * day order read off every row of the text): what an import needs of a file's head once its mapping is chosen.
 */
export function headerOf(text: string, options: PreviewOptions = {}): { delimiter: string; headers: string[] } {
  const { delimiter, headers } = readHead(text, options);
  return { delimiter, headers };
}

/** The first rows of a text (previewRows and 20 more), its delimiter, and whether its first row is the header. */
function readHead(text: string, options: PreviewOptions) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const delimiter = detectDelimiter(text);
  const parsed = parseSample(text, delimiter, previewRows + 1 + 20);
  const firstRow = parsed[0] ?? [];
  const firstRowIsData = parsed.length > 0 && (options.firstRowIsData ?? looksLikeData(firstRow, parsed.slice(1, previewRows + 1)));
  const skip = firstRowIsData ? 0 : 1;
  const width = firstRowIsData ? Math.max(...parsed.slice(0, previewRows).map((r) => r.length)) : 0;
  const headers = !parsed.length ? [] : firstRowIsData ? cleanHeaders(options.columnNames?.length === width ? options.columnNames : positionalHeaders(width)) : cleanHeaders(firstRow);
  return { text, delimiter, parsed, firstRow, firstRowIsData, skip, headers };
}

/**
 * A preview read again with the first row as data (`firstRowIsData`) or as the header: the headers
 * (numbered with `columnName` when the first row is data), the rows, and the mapping guessed anew.
 * `preview.mapping.firstRowIsData` says how the preview was read.
 */
export function withFirstRow(
  preview: { headers: string[]; rows: string[][]; firstRow: string[]; mapping: Mapping },
  firstRowIsData: boolean,
  columnName?: (n: number) => string
): { headers: string[]; rows: string[][]; mapping: Mapping; dayOrder: 'dmy' | 'mdy' | 'ambiguous' | 'none' } {
  const data = preview.mapping.firstRowIsData ? preview.rows : [preview.firstRow, ...preview.rows];
  const width = Math.max(0, ...data.map((r) => r.length));
  const headers = firstRowIsData ? cleanHeaders(positionalHeaders(width, columnName)) : cleanHeaders(preview.firstRow);
  const rows = firstRowIsData ? data.slice(0, previewRows) : data.slice(1);
  const mapping: Mapping = { ...guessMapping(headers, rows), delimiter: preview.mapping.delimiter, encoding: preview.mapping.encoding };
  if (firstRowIsData) Object.assign(mapping, { firstRowIsData: true, columnNames: headers });
  const date = mapping.columns.date;
  const dayOrder = date === undefined ? 'none' : inferDayOrder(rows.map((r) => r[date] ?? ''));
  if (dayOrder === 'dmy' || dayOrder === 'mdy') mapping.dayOrder = dayOrder;
  return { headers, rows, mapping, dayOrder };
}
