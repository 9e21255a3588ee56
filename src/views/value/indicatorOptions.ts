/** Metrics that can still be added as indicators: the summary's metrics not yet used, in the summary's order. */
export function indicatorOptions(metrics: readonly string[], used: readonly { metric: string }[]): string[] {
  const taken = new Set(used.map((u) => u.metric));
  return metrics.filter((m) => !taken.has(m));
}
