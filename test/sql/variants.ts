import type { AnalysisConfig } from '../../src/lib/analysis/analyze.ts';
import { rRfmPreset, textbookRecencyCuts } from '../../src/lib/analysis/presets.ts';

export type Patch = (c: AnalysisConfig) => void;

/** Every option set the SQL covers, one at a time on the defaults (and some together). */
export const variants: [string, Patch][] = [
  ['defaults', () => {}],
  ['analysis date 2024-03-31 (rows after it left out)', (c) => (c.summary.analysisDate = '2024-03-31')],
  ['window 60 days', (c) => (c.summary.windowDays = 60)],
  ['frequency counts rows', (c) => (c.summary.frequency = 'rows')],
  ['monetary = average order value', (c) => (c.summary.monetary = 'average')],
  ['rfm-package breaks', (c) => (c.rfm.method = 'rfm-package')],
  ['thresholds', (c) => {
    c.rfm.method = 'thresholds';
    c.rfm.thresholds = { r: textbookRecencyCuts, f: [1, 2, 3, 5], m: [50, 100, 300, 800] };
  }],
  ['mean split', (c) => (c.rfm.method = 'mean')],
  ['median split', (c) => (c.rfm.method = 'median')],
  ['3 levels', (c) => (c.rfm.bins = 3)],
  ['4 levels', (c) => (c.rfm.bins = 4)],
  ['8-class model on the mean', (c) => (c.rfm.segments = 'eight')],
  ['8-class model on the median', (c) => {
    c.rfm.segments = 'eight';
    c.rfm.split = 'median';
  }],
  ['median scores with the 8-class model on the mean', (c) => {
    c.rfm.method = 'median';
    c.rfm.segments = 'eight';
  }],
  ['window, rows and average together', (c) => {
    c.summary.windowDays = 45;
    c.summary.frequency = 'rows';
    c.summary.monetary = 'average';
    c.rfm.method = 'rfm-package';
    c.rfm.bins = 4;
  }],
  ['vignette segments', (c) => (c.rfm.segments = 'rfm-package-vignette')],
  ['package tests segments', (c) => (c.rfm.segments = 'rfm-package-tests')],
  ['custom segments', (c) => {
    c.rfm.segments = 'custom';
    c.rfm.customSegments = [
      { name: "Best 'quoted'", r: [4, 5], f: [3, 5], m: [1, 5] },
      { name: 'Recent', r: [3, 5], f: [1, 5], m: [1, 5] }
    ];
  }],
  ['ABC crossing rule', (c) => (c.abc.rule = 'crossing')],
  ['ABC 70/90', (c) => {
    c.abc.a = 0.7;
    c.abc.b = 0.9;
  }],
  ['ABC and pyramid on orders', (c) => (c.abc.metric = c.pyramid.metric = 'orders')],
  ['ABC on monetary (average)', (c) => {
    c.abc.metric = 'monetary';
    c.summary.monetary = 'average';
  }],
  ['ABC on quantity', (c) => (c.abc.metric = 'quantity')],
  ['the r-rfm preset', (c) => Object.assign(c, rRfmPreset(c))],
  ['lifecycle W 30, H 60, g 0.5', (c) => Object.assign(c.lifecycle, { windowDays: 30, horizonDays: 60, band: 0.5 })],
  ['lifecycle snapshot 2024-02-15, 3-tier pyramid', (c) => {
    c.lifecycle.snapshot = '2024-02-15';
    c.pyramid.tiers = [0.2, 0.3, 0.5];
  }]
];

