// What the DuckDB-WASM peer needs to know of each bench file: its columns and date formats, and the R/F/M query built from them.
// The query follows METHOD §2 as far as a hand-written SQL reasonably would: rows without a customer id are left out; an
// order is a distinct order id (or a distinct customer-day without one), its value the sum of its rows' amounts; per
// customer F = orders with positive value, M = net sum of amounts, R = days from the last positive order to the
// analysis date D = the latest date in the file. On online_retail.csv and a generated file it gives every customer the
// recencyDays, frequency and monetary of `kefen analyze` (checked once by hand with @duckdb/node-api).

/** Online Retail (UCI): no amount column, amount = Quantity × UnitPrice; dates written as ISO date-times in this copy, month-first in others. */
export const onlineRetail = {
  customer: 'CustomerID',
  order: 'InvoiceNo',
  date: 'InvoiceDate',
  dateFormats: ['%Y-%m-%d %H:%M:%S', '%m/%d/%Y %H:%M'],
  quantity: 'Quantity',
  price: 'UnitPrice'
};

/** scripts/generate.ts (src/lib/sample/synthetic.ts, syntheticHeader): order_id, order_date (ISO), customer_id, …, amount. */
export const generated = {
  customer: 'customer_id',
  order: 'order_id',
  date: 'order_date',
  dateFormats: ['%Y-%m-%d'],
  amount: 'amount'
};

const id = (name) => `"${name.replaceAll('"', '""')}"`;
const text = (value) => `'${value.replaceAll("'", "''")}'`;
const number = (column) => `CAST(${id(column)} AS DOUBLE)`;

/** The per-customer query over the file registered as `name`; columns customer, recency, frequency, monetary. */
export function rfmSql(name, spec) {
  const day = `CAST(strptime(${id(spec.date)}, [${spec.dateFormats.map(text).join(', ')}]) AS DATE)`;
  const amount = spec.amount ? number(spec.amount) : `${number(spec.quantity)} * ${number(spec.price)}`;
  return `WITH t AS MATERIALIZED (
  SELECT ${id(spec.customer)} AS c, ${day} AS d, ${amount} AS a, ${spec.order ? id(spec.order) : 'NULL'} AS o
  FROM read_csv(${text(name)}, header = true, all_varchar = true)
),
analysis AS (SELECT max(d) AS day FROM t),
orders AS (
  SELECT c, max(d) AS d, sum(a) AS v
  FROM t WHERE c IS NOT NULL AND trim(c) <> '' GROUP BY c, ${spec.order ? 'o' : 'd'}
)
SELECT c AS customer,
  date_diff('day', max(orders.d) FILTER (WHERE v > 0), any_value(analysis.day)) AS recency,
  count(*) FILTER (WHERE v > 0) AS frequency,
  sum(v) AS monetary
FROM orders CROSS JOIN analysis
GROUP BY c`;
}
