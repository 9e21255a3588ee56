import type { Mapping } from '../import/mapping.ts';
import type { SqlColumns, SqlMapping } from './toDuckDbSql.ts';

const sqlRoles = ['customer', 'date', 'amount', 'order', 'quantity', 'price', 'cost', 'profit', 'payment'] as const;

/** The SQL export's mapping (header names) from an import mapping (column indices) and the file's headers. */
export function sqlMapping(mapping: Mapping, headers: string[]): SqlMapping {
  const columns: Partial<SqlColumns> = {};
  for (const role of sqlRoles) {
    const index = mapping.columns[role];
    if (index === undefined) continue;
    const header = headers[index];
    if (header === undefined) throw new RangeError(`invalid mapping: column ${index + 1} of ${role} is beyond the ${headers.length} headers`);
    columns[role] = header;
  }
  if (!columns.customer) throw new RangeError('invalid mapping: no customer column');
  return {
    shape: mapping.shape,
    columns: columns as SqlColumns,
    amountFrom: mapping.amountFrom,
    delimiter: mapping.delimiter ?? ',',
    headers,
    ...(mapping.firstRowIsData ? { firstRowIsData: true } : {})
  };
}
