/** The rows whose text contains the query (case-insensitive, trimmed); an empty query keeps every row. Returns a new array in the input order. */
export function filterOrder(rows: ArrayLike<number>, text: (row: number) => string, query: string): Int32Array {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return Int32Array.from(rows);
  const out: number[] = [];
  for (let i = 0; i < rows.length; i++) if (text(rows[i]).toLocaleLowerCase().includes(q)) out.push(rows[i]);
  return Int32Array.from(out);
}
