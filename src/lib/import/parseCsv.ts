import Papa from 'papaparse';
import { guessMapping, type Mapping } from './mapping.ts';
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

/** Header names made usable: trimmed, empty ones named by position, repeats numbered. */
export function cleanHeaders(raw: string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    let name = h.replace(/^\uFEFF/, '').trim() || `#${i + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    if (n > 1) name = `${name} (${n})`;
    return name;
  });
}

/**
 * The preview of a CSV text (the head of a file is enough): delimiter, header row, up to 50 rows,
 * the guessed mapping, and the day order the dates of the whole text imply ('ambiguous' asks the user).
 * When the sample decides the day order, the mapping carries it.
 */
export function previewCsv(text: string): { delimiter: string; headers: string[]; rows: string[][]; mapping: Mapping; dayOrder: 'dmy' | 'mdy' | 'ambiguous' | 'none' } {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const delimiter = detectDelimiter(text);
  const parsed = parseSample(text, delimiter, previewRows + 1 + 20);
  const headers = parsed.length ? cleanHeaders(parsed[0]) : [];
  const rows = parsed.slice(1, previewRows + 1);
  const mapping = guessMapping(headers, rows);
  mapping.delimiter = delimiter;
  const dateColumn = mapping.columns.date;
  // The day order is inferred from every row of the given text (a file's head), not only the preview rows.
  const sample = parsed.length < previewRows + 1 + 20 ? parsed : parseSample(text, delimiter, 0);
  const dayOrder = dateColumn === undefined ? 'none' : inferDayOrder(sample.slice(1).map((r) => r[dateColumn] ?? ''));
  if (dayOrder === 'dmy' || dayOrder === 'mdy') mapping.dayOrder = dayOrder;
  return { delimiter, headers, rows, mapping, dayOrder };
}
