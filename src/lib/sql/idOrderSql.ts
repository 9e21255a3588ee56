/**
 * The natural order of customer ids the app uses (compareIds): when every id is a number they
 * compare as numbers; otherwise runs of digits compare by value (a run becomes '0', its length in
 * 4 digits and its digits without leading zeros, so runs of equal length compare digit by digit) and
 * everything else character by character. Full ties fall back to the id itself.
 */
const naturalKey =
  `array_to_string(list_transform(regexp_extract_all(customer_id, '[0-9]+|[^0-9]+'), lambda part: ` +
  `CASE WHEN regexp_full_match(part, '[0-9]+') ` +
  `THEN '0' || lpad(CAST(length(CASE WHEN ltrim(part, '0') = '' THEN '0' ELSE ltrim(part, '0') END) AS VARCHAR), 4, '0') || ` +
  `CASE WHEN ltrim(part, '0') = '' THEN '0' ELSE ltrim(part, '0') END ELSE part END), '')`;
const numericId = `regexp_full_match(customer_id, '[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?')`;

/** Customers in the app's order (ids in natural order). */
export const idOrder = 'numeric_key, natural_key, customer_id';

/** The two sort keys of the natural id order (see naturalKey), for the customer id column `id`. */
export function keysSql(id: string): string {
  return `    -- The app's natural order of customer ids: all numeric: as numbers; else digit runs by value, the rest by character.
    CASE WHEN bool_and(${numericId}) OVER () THEN TRY_CAST(${id} AS DOUBLE) END AS numeric_key,
    CASE WHEN bool_and(${numericId}) OVER () THEN NULL ELSE ${naturalKey} END AS natural_key`;
}
