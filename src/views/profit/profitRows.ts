/** The profitability matrix as CSV rows (header first): one row per product, one column per customer, then the product's total. */
export function profitRows(cells: readonly (readonly number[])[], products: readonly string[], customers: readonly string[], corner: string, totalLabel: string): (string | number)[][] {
  if (cells.length !== products.length) throw new RangeError(`invalid matrix: ${cells.length} rows for ${products.length} products`);
  const rows: (string | number)[][] = [[corner, ...customers, totalLabel]];
  cells.forEach((row, i) => {
    if (row.length !== customers.length) throw new RangeError(`invalid matrix: row ${i} has ${row.length} cells for ${customers.length} customers`);
    rows.push([products[i], ...row.map(round2), round2(row.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0))]);
  });
  return rows;
}

function round2(v: number): number {
  return Number.isFinite(v) ? Math.round(v * 100) / 100 : NaN;
}
