import type { Mapping } from '../import/mapping.ts';
import type { NormalisedColumn } from './normalised.ts';
import type { WarehouseSource } from './warehouseSql.ts';

/**
 * The DuckDB SQL's source for a raw CSV file that read_csv reads exactly as the importer does: the mapped
 * headers (repeated headers numbered as Kefen names them, `Sales (2)`, where DuckDB would say `Sales_1`),
 * the delimiter, whether the first row is data, and whether the amount is quantity × price.
 */
export function rawSource(file: string, mapping: Mapping, headers: readonly string[]): WarehouseSource & { kind: 'raw' } {
  const columns: Partial<Record<NormalisedColumn | 'price', string>> = {};
  for (const role of ['customer', 'date', 'amount', 'order', 'quantity', 'price', 'cost', 'profit', 'payment'] as const) {
    const index = mapping.columns[role];
    if (index === undefined) continue;
    const header = headers[index];
    if (header === undefined) throw new RangeError(`invalid mapping: column ${index + 1} of ${role} is beyond the ${headers.length} headers`);
    columns[role] = header;
  }
  return {
    kind: 'raw',
    file,
    columns,
    headers: [...headers],
    delimiter: mapping.delimiter ?? ',',
    amountFrom: mapping.amountFrom === 'quantityTimesPrice' ? 'quantityTimesPrice' : 'column',
    ...(mapping.firstRowIsData ? { firstRowIsData: true } : {})
  };
}
