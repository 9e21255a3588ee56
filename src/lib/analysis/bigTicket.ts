import type { AbcResult, BigTicketConfig, BigTicketResult, FullSummary } from './types.ts';

/** One-off big-ticket customers (METHOD §7). */
export function bigTicket(summary: FullSummary, abc: AbcResult, config: BigTicketConfig): BigTicketResult | null {
  void summary; void abc; void config;
  return null;
}
