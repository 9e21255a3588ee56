/**
 * The per-dialect layer of the warehouse SQL: every construct that is written differently in DuckDB,
 * PostgreSQL, Spark SQL and BigQuery, each with the reason for the choice. The rest of the SQL
 * (warehouseSql.ts) is written once and uses only what the four share: WITH, CROSS / LEFT JOIN,
 * GROUP BY, CASE, COUNT / SUM / MIN / MAX, ROW_NUMBER / RANK / SUM OVER with explicit ROWS frames,
 * FLOOR, LEAST, COALESCE, CONCAT, CAST and UNION ALL; missing values sort
 * last by a CASE key, not NULLS LAST.
 */
export type DialectName = 'duckdb' | 'postgres' | 'spark' | 'bigquery';

export const dialectNames: readonly DialectName[] = ['duckdb', 'postgres', 'spark', 'bigquery'];

export interface Dialect {
  name: DialectName;
  /** Name for people (header comment, the app's selector). */
  label: string;
  /** Type names of the normalised columns. */
  types: { text: string; date: string; double: string; integer: string };
  /** A quoted identifier (a source column such as `order` or `date`, both reserved somewhere). */
  ident(name: string): string;
  /** An output column name: quoted where the dialect folds unquoted names to lower case. */
  alias(name: string): string;
  /** A string literal. */
  literal(text: string): string;
  /** A calendar date → whole days since 1970-01-01 (all date arithmetic is then on integers). */
  dayNumber(date: string): string;
  /** Whole days since 1970-01-01 → ISO date text `YYYY-MM-DD`. */
  dateText(days: string): string;
  /** Text already checked to be a number → double. */
  toDouble(text: string): string;
  /** Whether `text` matches the regular expression `pattern` somewhere (anchor it for a full match). Patterns use no backslash. */
  matches(text: string, pattern: string): string;
  /** Every match of `pattern` replaced; `$1`, `$2` in `replacement` are the groups. */
  replaceAll(text: string, pattern: string, replacement: string): string;
  /** A text expression ordered by code point (byte order of UTF-8), whatever the database's collation. */
  binary(text: string): string;
  /** A constant table as a CTE body (one row per entry). */
  values(columns: { name: string; type: 'text' | 'integer' | 'double' }[], rows: (string | number)[][]): string;
  /** Why each construct above is written as it is (printed in the SQL's header). */
  reasons: string[];
}

const doubleQuoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
const backticked = (name: string) => `\`${name.replace(/`/g, '``')}\``;
const standardLiteral = (text: string) => `'${text.replace(/'/g, "''")}'`;
/** Spark and BigQuery read backslash escapes inside string literals: a backslash and a quote are escaped. */
const escapedLiteral = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function cell(dialect: Pick<Dialect, 'literal' | 'types'>, value: string | number, type: 'text' | 'integer' | 'double'): string {
  if (typeof value === 'string') return dialect.literal(value);
  if (!Number.isFinite(value)) throw new RangeError(`invalid constant: ${value}`);
  return type === 'double' ? `CAST(${String(value)} AS ${dialect.types.double})` : String(value);
}

/** `(VALUES (…), (…)) AS t(a, b)`, typed by casts in the first row; an empty table by a false WHERE. */
function valuesClause(dialect: Pick<Dialect, 'literal' | 'types'>, columns: { name: string; type: 'text' | 'integer' | 'double' }[], rows: (string | number)[][]): string {
  const names = columns.map((c) => c.name).join(', ');
  if (!rows.length) {
    const nulls = columns.map((c) => `CAST(NULL AS ${dialect.types[c.type]}) AS ${c.name}`).join(', ');
    return `SELECT ${nulls} FROM (SELECT 1 AS one) AS empty_table WHERE 1 = 0`;
  }
  const body = rows.map((row) => `(${row.map((v, i) => cell(dialect, v, columns[i].type)).join(', ')})`).join(',\n    ');
  return `SELECT ${names} FROM (VALUES\n    ${body}\n  ) AS t(${names})`;
}

const duckdb: Dialect = {
  name: 'duckdb',
  label: 'DuckDB',
  types: { text: 'VARCHAR', date: 'DATE', double: 'DOUBLE', integer: 'BIGINT' },
  ident: doubleQuoted,
  alias: (name) => name,
  literal: standardLiteral,
  dayNumber: (date) => `date_diff('day', DATE '1970-01-01', ${date})`,
  dateText: (days) => `CAST(DATE '1970-01-01' + CAST(${days} AS INTEGER) AS VARCHAR)`,
  toDouble: (text) => `TRY_CAST(${text} AS DOUBLE)`,
  matches: (text, pattern) => `regexp_matches(${text}, ${standardLiteral(pattern)})`,
  replaceAll: (text, pattern, replacement) => `regexp_replace(${text}, ${standardLiteral(pattern)}, ${standardLiteral(replacement.replace(/\$(\d)/g, '\\$1'))}, 'g')`,
  binary: (text) => text,
  values: (columns, rows) => valuesClause(duckdb, columns, rows),
  reasons: [
    'days: date_diff(\'day\', DATE \'1970-01-01\', d), back with DATE \'1970-01-01\' + n (DuckDB has no UNIX_DATE)',
    'regular expressions: regexp_matches / regexp_replace(…, \'g\') (RE2; without \'g\' only the first match is replaced), groups as \\1',
    'text to number: TRY_CAST (NULL instead of an error)',
    'text order: DuckDB compares VARCHAR byte by byte (code point order) unless a collation is set',
    'case: DuckDB keeps the case of an unquoted alias, so output names need no quotes',
    'constant tables: VALUES in FROM'
  ]
};

const postgres: Dialect = {
  name: 'postgres',
  label: 'PostgreSQL',
  types: { text: 'text', date: 'date', double: 'double precision', integer: 'bigint' },
  ident: doubleQuoted,
  alias: doubleQuoted,
  literal: standardLiteral,
  dayNumber: (date) => `(${date} - DATE '1970-01-01')`,
  dateText: (days) => `to_char(DATE '1970-01-01' + CAST(${days} AS integer), 'YYYY-MM-DD')`,
  toDouble: (text) => `CAST(${text} AS double precision)`,
  matches: (text, pattern) => `(${text} ~ ${standardLiteral(pattern)})`,
  replaceAll: (text, pattern, replacement) => `regexp_replace(${text}, ${standardLiteral(pattern)}, ${standardLiteral(replacement.replace(/\$(\d)/g, '\\$1'))}, 'g')`,
  binary: (text) => `(${text} COLLATE "C")`,
  values: (columns, rows) => valuesClause(postgres, columns, rows),
  reasons: [
    'days: date − date is an integer number of days in PostgreSQL; date + integer goes back',
    'regular expressions: ~ and regexp_replace(…, \'g\'), groups as \\1 (standard_conforming_strings on, the default)',
    'text to number: CAST, only on ids checked numeric first (PostgreSQL has no TRY_CAST)',
    'text order: COLLATE "C" (code point order), since the database collation (e.g. en_US) would order ids differently from Kefen',
    'case: PostgreSQL folds unquoted names to lower case, so output names are quoted ("recencyDays")',
    'integers: every division has a double precision operand (integer / integer truncates in PostgreSQL)',
    'constant tables: VALUES in FROM'
  ]
};

const spark: Dialect = {
  name: 'spark',
  label: 'Spark SQL',
  types: { text: 'STRING', date: 'DATE', double: 'DOUBLE', integer: 'BIGINT' },
  ident: backticked,
  alias: (name) => name,
  literal: escapedLiteral,
  dayNumber: (date) => `datediff(${date}, DATE '1970-01-01')`,
  dateText: (days) => `CAST(date_add(DATE '1970-01-01', CAST(${days} AS INT)) AS STRING)`,
  toDouble: (text) => `CAST(${text} AS DOUBLE)`,
  matches: (text, pattern) => `(${text} RLIKE ${escapedLiteral(pattern)})`,
  replaceAll: (text, pattern, replacement) => `regexp_replace(${text}, ${escapedLiteral(pattern)}, ${escapedLiteral(replacement)})`,
  binary: (text) => text,
  values: (columns, rows) => valuesClause(spark, columns, rows),
  reasons: [
    'identifiers: backticks; "x" is a string literal in Spark SQL',
    'string literals: backslash escapes are read, so patterns avoid backslashes ([.] for a dot) and a backslash in text is doubled',
    'days: datediff(d, DATE \'1970-01-01\') and date_add back',
    'regular expressions: RLIKE and regexp_replace (Java regex, every match replaced), groups as $1',
    'text to number: CAST, only on ids checked numeric first',
    'text order: Spark compares STRING by UTF-8 bytes (code point order)',
    'constant tables: VALUES in FROM'
  ]
};

const bigquery: Dialect = {
  name: 'bigquery',
  label: 'BigQuery',
  types: { text: 'STRING', date: 'DATE', double: 'FLOAT64', integer: 'INT64' },
  ident: backticked,
  alias: (name) => name,
  literal: escapedLiteral,
  dayNumber: (date) => `DATE_DIFF(${date}, DATE '1970-01-01', DAY)`,
  dateText: (days) => `CAST(DATE_ADD(DATE '1970-01-01', INTERVAL CAST(${days} AS INT64) DAY) AS STRING)`,
  toDouble: (text) => `SAFE_CAST(${text} AS FLOAT64)`,
  matches: (text, pattern) => `REGEXP_CONTAINS(${text}, ${escapedLiteral(pattern)})`,
  replaceAll: (text, pattern, replacement) => `REGEXP_REPLACE(${text}, ${escapedLiteral(pattern)}, ${escapedLiteral(replacement.replace(/\$(\d)/g, '\\$1'))})`,
  binary: (text) => text,
  values(columns, rows) {
    // BigQuery has no VALUES list: one SELECT per row, joined by UNION ALL.
    if (!rows.length) return valuesClause(bigquery, columns, rows);
    return rows
      .map((row, r) => `SELECT ${row.map((v, i) => `${cell(bigquery, v, columns[i].type)}${r === 0 ? ` AS ${columns[i].name}` : ''}`).join(', ')}`)
      .join('\n  UNION ALL ');
  },
  reasons: [
    'identifiers: backticks (ORDER and DATE are reserved)',
    'string literals: backslash escapes are read, so a group in a replacement is written \'\\\\1\' and patterns avoid backslashes',
    'days: DATE_DIFF(d, DATE \'1970-01-01\', DAY) and DATE_ADD back',
    'regular expressions: REGEXP_CONTAINS and REGEXP_REPLACE (RE2, every match replaced)',
    'text to number: SAFE_CAST … AS FLOAT64',
    'text order: BigQuery compares STRING by code point',
    'constant tables: SELECT … UNION ALL SELECT … (BigQuery has no VALUES list)'
  ]
};

const all: Record<DialectName, Dialect> = { duckdb, postgres, spark, bigquery };

/** The dialect layer by name; a RangeError naming the choices for any other. */
export function dialectOf(name: string): Dialect {
  const found = (all as Record<string, Dialect | undefined>)[name];
  if (!found) throw new RangeError(`unknown SQL dialect: ${name} (available: ${dialectNames.join(', ')})`);
  return found;
}
