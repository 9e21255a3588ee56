/** When the report lists a group's customers: every group of a dataset up to `all` customers, else a group up to `perClass`. */
export const reportListLimits = { all: 200, perClass: 50 } as const;

/** The customers of one group as the report lists them: ids in rank order, or null when the group is too large to print. */
export interface MemberList {
  count: number;
  ids: string[] | null;
}

/** Customer indices by `values` descending, ties (and NaN, last) by index, i.e. by customer id. */
export function rankOrder(values: ArrayLike<number>): Int32Array {
  const order = Int32Array.from({ length: values.length }, (_, i) => i);
  const key = (i: number) => (Number.isNaN(values[i]) ? -Infinity : values[i]);
  return order.sort((i, j) => key(j) - key(i) || i - j);
}

/**
 * Per group 0 … groups − 1, its customers (`groupOf[i]` per customer; codes outside the range are left out)
 * in the order of `order`, their ids listed when the dataset or the group is small enough (`limits`).
 */
export function memberLists(groupOf: ArrayLike<number>, groups: number, order: ArrayLike<number>, ids: readonly string[], limits: { all: number; perClass: number } = reportListLimits): MemberList[] {
  const members: number[][] = Array.from({ length: groups }, () => []);
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const g = groupOf[i];
    if (g >= 0 && g < groups) members[g].push(i);
  }
  const small = ids.length <= limits.all;
  return members.map((list) => ({ count: list.length, ids: small || list.length <= limits.perClass ? list.map((i) => ids[i]) : null }));
}
