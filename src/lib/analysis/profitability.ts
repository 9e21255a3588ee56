import type { Table } from './table.ts';
import type { FullSummary, ProfitabilityConfig, ProfitabilityResult } from './types.ts';

/** Customer × product profitability (METHOD §7). */
export function profitability(table: Table, summary: FullSummary, config: ProfitabilityConfig): ProfitabilityResult {
  void table; void config;
  return { available: false, customers: [], products: [], cells: [], group: new Uint8Array(summary.ids.length).fill(255), groups: [] };
}
