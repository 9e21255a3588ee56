import { ident } from './sqlLiterals.ts';

/** SQL for a customer-id (or order-id) cell: trimmed, `17850.0` read as `17850`, blank = NULL (as the importer does). */
export function idExpr(column: string): string {
  return `NULLIF(regexp_replace(trim(${ident(column)}), '^([0-9]+)\\.0+$', '\\1'), '')`;
}

/** SQL for a number cell: thousands separators and spaces removed; unreadable = NULL. */
export function numberExpr(column: string): string {
  return `TRY_CAST(replace(replace(trim(${ident(column)}), ',', ''), ' ', '') AS DOUBLE)`;
}

/**
 * SQL for a date cell: ISO dates and date-times (the time is dropped), 2024/3/5 and 20240305;
 * unreadable = NULL. (The app reads more formats; convert other files to ISO dates first.)
 */
export function dateExpr(column: string): string {
  const day = `split_part(replace(trim(${ident(column)}), 'T', ' '), ' ', 1)`;
  return `coalesce(TRY_CAST(${day} AS DATE), CAST(try_strptime(${day}, '%Y/%m/%d') AS DATE), CAST(try_strptime(${day}, '%Y%m%d') AS DATE))`;
}
