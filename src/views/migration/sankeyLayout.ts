import { sankey, sankeyLinkHorizontal, type SankeyGraph } from 'd3-sankey';
import type { MigrationResult } from '../../lib/analysis/migration.ts';

export interface SankeyNodeBox {
  /** Node index of the migration; side 0 = first date, 1 = second. */
  node: number;
  side: 0 | 1;
  customers: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface SankeyLinkPath {
  from: number;
  to: number;
  customers: number;
  revenue: number;
  /** SVG path of the band's centre line, drawn with stroke-width `width`. */
  d: string;
  width: number;
}

/**
 * The migration as a two-column Sankey (d3-sankey): the classes at the first date (and "entered") on the left,
 * at the second (and "left") on the right, one band per non-empty cell, as wide as its customers.
 */
export function sankeyLayout(m: MigrationResult, width: number, height: number): { nodes: SankeyNodeBox[]; links: SankeyLinkPath[] } {
  if (!m.matrix.length) return { nodes: [], links: [] };
  const fromUsed = [...new Set(m.matrix.map((c) => m.nodes.indexOf(c.from)))].sort((a, b) => a - b);
  const toUsed = [...new Set(m.matrix.map((c) => m.nodes.indexOf(c.to)))].sort((a, b) => a - b);
  type N = { node: number; side: 0 | 1 };
  type L = { from: number; to: number; revenue: number };
  const nodes: N[] = [...fromUsed.map((node) => ({ node, side: 0 as const })), ...toUsed.map((node) => ({ node, side: 1 as const }))];
  const links = m.matrix.map((c) => ({
    source: fromUsed.indexOf(m.nodes.indexOf(c.from)),
    target: fromUsed.length + toUsed.indexOf(m.nodes.indexOf(c.to)),
    value: c.customers,
    from: m.nodes.indexOf(c.from),
    to: m.nodes.indexOf(c.to),
    revenue: c.revenue
  }));
  const layout = sankey<N, L>()
    .nodeWidth(14)
    .nodePadding(10)
    .nodeSort((a, b) => a.node - b.node)
    .linkSort(null)
    .extent([[0, 0], [width, height]]);
  const graph: SankeyGraph<N, L> = layout({ nodes: nodes.map((n) => ({ ...n })), links: links.map((l) => ({ ...l })) });
  const path = sankeyLinkHorizontal<N, L>();
  return {
    nodes: graph.nodes.map((n) => ({ node: n.node, side: n.side, customers: n.value ?? 0, x0: n.x0!, x1: n.x1!, y0: n.y0!, y1: n.y1! })),
    links: graph.links.map((l) => ({ from: l.from, to: l.to, customers: l.value, revenue: l.revenue, d: path(l) ?? '', width: Math.max(1, l.width ?? 1) }))
  };
}
