import type { FitSummary } from '../../lib/analysis/modelFit.ts';

/** One estimated parameter of a fitted model. */
export interface FitRow {
  model: 'BG/NBD' | 'Gamma-Gamma';
  name: string;
  /** The parameter's usual symbol (α for alpha, γ for gamma). */
  symbol: string;
  estimate: number;
  standardError: number;
}

const symbols: Record<string, string> = { alpha: 'α', gamma: 'γ' };

/** The parameters of the fitted models, BG/NBD first, in the order of each model's parameters. */
export function fitRows(bgnbd: FitSummary<string> | null, gammaGamma: FitSummary<string> | null): FitRow[] {
  const rows: FitRow[] = [];
  const add = (model: FitRow['model'], fit: FitSummary<string> | null) => {
    if (!fit) return;
    for (const [name, estimate] of Object.entries(fit.params)) rows.push({ model, name, symbol: symbols[name] ?? name, estimate, standardError: fit.standardErrors[name] });
  };
  add('BG/NBD', bgnbd);
  add('Gamma-Gamma', gammaGamma);
  return rows;
}
