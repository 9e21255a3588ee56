import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { openFresh, openView } from './session.ts';

/*
 * An exported chart says what it shows, in the UI's language: its title and legend above it, the dataset, the
 * analysis date and the export date below it, none of it over the chart; a PNG is the same picture (taller than
 * the chart by that header and footer).
 */

const day = '2026-03-14';

const texts = {
  en: {
    abc: { title: 'Pareto chart', legend: ['Class A', 'Class B', 'Class C', 'Cumulative share'] },
    rfm: { title: 'R × F grid', legend: [] as string[] },
    lifecycle: { title: 'Stage mix at each month end', legend: ['Exploration', 'Growing', 'Lost'] },
    notes: { dataset: 'Dataset: ', asOf: 'Analysis date: ', exported: `Exported from Kefen on ${day}` }
  },
  zh: {
    abc: { title: '帕累托图', legend: ['A 类', 'B 类', 'C 类', '累计占比'] },
    rfm: { title: 'R × F 网格', legend: [] as string[] },
    lifecycle: { title: '各月末的阶段构成', legend: [] as string[] },
    notes: { dataset: '数据集：', asOf: '分析日期：', exported: `导出日期：${day}（客分）` }
  }
} as const;

interface Parsed {
  texts: string[];
  /** Every text outside the embedded chart, with its baseline. */
  outer: { text: string; y: number }[];
  chart: { y: number; height: number; width: number } | null;
  size: { width: number; height: number };
}

/** Parses an exported SVG in the page (DOMParser): its texts and where the embedded chart sits. */
async function parse(page: Page, svg: string): Promise<Parsed> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    if (doc.querySelector('parsererror')) throw new Error('the exported SVG does not parse');
    const root = doc.documentElement;
    const chart = root.querySelector(':scope > svg');
    const outer = [...root.querySelectorAll(':scope > g > text')].map((t) => ({ text: t.textContent ?? '', y: Number(t.getAttribute('y')) }));
    return {
      texts: [...root.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      outer,
      chart: chart ? { y: Number(chart.getAttribute('y')), height: Number(chart.getAttribute('height')), width: Number(chart.getAttribute('width')) } : null,
      size: { width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')) }
    };
  }, svg);
}

async function exportOf(page: Page, view: string, title: string, kind: 'SVG' | 'PNG') {
  const frame = page.locator('figure.chart-frame', { has: page.locator('.chart-title', { hasText: title }) }).first();
  await expect(frame).toBeVisible();
  const download = page.waitForEvent('download');
  await frame.getByRole('button', { name: kind, exact: true }).click();
  const file = await (await download).path();
  return { frame, data: await readFile(file) };
}

async function facts(page: Page) {
  return page.evaluate(() => {
    const app = (window as any).kefen.app;
    return { dataset: app.current.name as string, asOf: new Date(app.result.summary.analysisDay * 86_400_000).toISOString().slice(0, 10) };
  });
}

for (const locale of ['en', 'zh'] as const) {
  test(`an exported SVG carries the chart's title, legend, dataset and dates (${locale})`, async ({ page }) => {
    await openFresh(page, locale);
    await page.clock.setFixedTime(new Date(`${day}T10:00:00`));
    const l = texts[locale];
    for (const view of ['abc', 'rfm', 'lifecycle'] as const) {
      await openView(page, view);
      const { dataset, asOf } = await facts(page);
      const { data } = await exportOf(page, view, l[view].title, 'SVG');
      const svg = await parse(page, data.toString('utf8'));
      const outer = svg.outer.map((t) => t.text);
      expect(outer[0], `#/${view}: the title comes first`).toBe(l[view].title);
      for (const name of l[view].legend) expect(outer, `#/${view}: legend ${name}`).toContain(name);
      expect(outer).toContain(`${l.notes.dataset}${dataset}`);
      expect(outer).toContain(`${l.notes.asOf}${asOf}`);
      expect(outer).toContain(l.notes.exported);
      // the chart is there whole, with its own texts, between the header and the notes
      expect(svg.chart).not.toBeNull();
      const chart = svg.chart!;
      expect(svg.texts.length).toBeGreaterThan(svg.outer.length);
      for (const t of svg.outer) {
        const inside = t.y > chart.y && t.y - 12 < chart.y + chart.height;
        expect(inside, `#/${view}: "${t.text}" (y ${t.y}) is not over the chart (${chart.y}–${chart.y + chart.height})`).toBe(false);
      }
      expect(svg.size.height).toBeGreaterThan(chart.height + 40);
      expect(svg.size.width).toBeGreaterThanOrEqual(chart.width);
    }
    // the Chinese legend of the lifecycle chart is its stage names as the page shows them
    if (locale === 'zh') {
      const names = await page.locator('.stacked .legend li').allTextContents();
      const { data } = await exportOf(page, 'lifecycle', l.lifecycle.title, 'SVG');
      const outer = (await parse(page, data.toString('utf8'))).outer.map((t) => t.text);
      expect(names.length).toBeGreaterThan(2);
      for (const name of names) expect(outer).toContain(name.trim());
    }
  });

  test(`an exported PNG is the chart with its header and notes (${locale})`, async ({ page }) => {
    await openFresh(page, locale);
    for (const view of ['abc', 'rfm'] as const) {
      await openView(page, view);
      const { frame, data } = await exportOf(page, view, texts[locale][view].title, 'PNG');
      expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
      const width = data.readUInt32BE(16);
      const height = data.readUInt32BE(20);
      const chart = await frame.locator('svg').first().evaluate((s: SVGSVGElement) => ({ width: s.viewBox.baseVal.width, height: s.viewBox.baseVal.height }));
      // drawn at twice the size: at least the chart's width, and taller than the chart by the header and notes
      expect(width).toBeGreaterThanOrEqual(2 * chart.width);
      expect(height).toBeGreaterThan(2 * (chart.height + 40));
    }
  });
}
