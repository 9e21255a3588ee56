/**
 * A copy of a string that does not keep a larger string alive. Slicing a block of CSV text makes
 * (in V8) a "sliced string" that points into the whole block, so one dictionary label or cache key
 * kept from each block would keep every block of a large file in memory. Strings shorter than 13
 * characters are always copied by the engine and are returned as they are.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
