import { fitLabel, textWidth } from './fitLabel.ts';
import type { LegendItem } from './chartFrame.svelte.ts';

const ns = 'http://www.w3.org/2000/svg';

/** What an exported chart says about itself, in the UI's language: its title, legend and where it comes from. */
export interface ExportInfo {
  title: string;
  legend: readonly LegendItem[];
  /** Lines under the chart (the dataset, the analysis date, the export date). */
  notes: readonly string[];
}

/** An exported image: its SVG text and size in CSS pixels. */
export interface ExportedSvg {
  text: string;
  width: number;
  height: number;
}

const pad = 16;
const titleSize = 15;
const legendSize = 12;
const noteSize = 11;

/** Legend items placed in rows that fit `width` (swatch, gap, name; 18 px between items). */
export function legendRows(items: readonly LegendItem[], width: number, size = legendSize): { item: LegendItem; x: number; row: number }[] {
  const out: { item: LegendItem; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = size + 6 + textWidth(item.name, size);
    if (x > 0 && x + w > width) {
      row += 1;
      x = 0;
    }
    out.push({ item, x, row });
    x += w + 18;
  }
  return out;
}

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(ns, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The chart's own size: its viewBox (the size it is laid out at), else its size on screen. */
function chartSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox?.baseVal;
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const { width, height } = svg.getBoundingClientRect();
  return { width: Math.max(1, Math.round(width)), height: Math.max(1, Math.round(height)) };
}

/**
 * A standalone SVG document of a chart: the title and legend above it, the notes (dataset, dates) below it, none
 * overlapping the chart. Charts use presentation attributes, so the copy is faithful. Without `info`, the chart alone.
 */
export function exportSvg(svg: SVGSVGElement, info?: ExportInfo): ExportedSvg {
  const font = getComputedStyle(svg).fontFamily;
  const chart = svg.cloneNode(true) as SVGSVGElement;
  const { width: cw, height: ch } = chartSize(svg);
  chart.setAttribute('width', String(cw));
  chart.setAttribute('height', String(ch));
  chart.removeAttribute('style');
  chart.removeAttribute('class');
  // a text without a size of its own gets 12 px (an attribute, which the texts' own sizes override; a style rule would not)
  if (!chart.getAttribute('font-size')) chart.setAttribute('font-size', '12');
  if (!info) {
    chart.setAttribute('xmlns', ns);
    chart.setAttribute('font-family', font);
    return { text: '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(chart), width: cw, height: ch };
  }
  const width = Math.max(cw + 2 * pad, 360);
  const inner = width - 2 * pad;
  const root = el('svg', { xmlns: ns, 'font-family': font }) as SVGSVGElement;
  root.append(el('title', {}, info.title));
  root.append(el('rect', { x: 0, y: 0, width: '100%', height: '100%', fill: '#ffffff' }));
  let y = pad;
  const titleLines = fitLabel(info.title, inner, titleSize, 3);
  const head = el('g', { class: 'export-title' });
  for (const line of titleLines) {
    y += titleSize + 4;
    head.append(el('text', { x: pad, y: y - 4, 'font-size': titleSize, 'font-weight': 600, fill: '#1d2330' }, line));
  }
  root.append(head);
  if (info.legend.length) {
    y += 8;
    const rows = legendRows(info.legend, inner);
    const legend = el('g', { class: 'export-legend' });
    for (const { item, x, row } of rows) {
      const top = y + row * (legendSize + 8);
      legend.append(el('rect', { x: pad + x, y: top, width: legendSize, height: legendSize, rx: 2, fill: item.colour }));
      legend.append(el('text', { x: pad + x + legendSize + 6, y: top + legendSize - 1, 'font-size': legendSize, fill: '#1d2330' }, item.name));
    }
    root.append(legend);
    y += (rows.at(-1)!.row + 1) * (legendSize + 8) - 8;
  }
  y += 12;
  chart.setAttribute('x', String(pad + Math.max(0, (inner - cw) / 2)));
  chart.setAttribute('y', String(y));
  root.append(chart);
  y += ch + 8;
  const notes = el('g', { class: 'export-notes' });
  for (const note of info.notes) {
    for (const line of fitLabel(note, inner, noteSize, 2)) {
      y += noteSize + 5;
      notes.append(el('text', { x: pad, y: y - 3, 'font-size': noteSize, fill: '#5b6475' }, line));
    }
  }
  root.append(notes);
  const height = Math.ceil(y + pad);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { text: '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(root), width, height };
}

/** Serialises an SVG element as a standalone SVG document (the chart alone). */
export function svgText(svg: SVGSVGElement): string {
  return exportSvg(svg).text;
}

/** Renders an exported SVG to a PNG blob at the given pixel ratio, on a white background. */
export async function svgPng(image: ExportedSvg, ratio = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(image.width * ratio));
    canvas.height = Math.max(1, Math.round(image.height * ratio));
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('png encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
