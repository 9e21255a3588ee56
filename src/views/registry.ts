import type { Component } from 'svelte';

/** A page of the app: its route key, its nav label (i18n key) and its component, loaded on first visit. */
export interface ViewEntry {
  key: string;
  label: string;
  /** Needs an analysis result of the current dataset. */
  needsResult: boolean;
  load: () => Promise<{ default: Component }>;
}

// One line per view; each view lives in its own folder.
export const views: ViewEntry[] = [
  { key: 'data', label: 'nav.data', needsResult: false, load: () => import('./data/DataView.svelte') },
  { key: 'abc', label: 'nav.abc', needsResult: true, load: () => import('./abc/AbcView.svelte') },
  { key: 'pyramid', label: 'nav.pyramid', needsResult: true, load: () => import('./pyramid/PyramidView.svelte') },
  { key: 'rfm', label: 'nav.rfm', needsResult: true, load: () => import('./rfm/RfmView.svelte') },
  { key: 'lifecycle', label: 'nav.lifecycle', needsResult: true, load: () => import('./lifecycle/LifecycleView.svelte') },
  { key: 'accounts', label: 'nav.accounts', needsResult: true, load: () => import('./accounts/AccountsView.svelte') },
  { key: 'profit', label: 'nav.profit', needsResult: true, load: () => import('./profit/ProfitView.svelte') },
  { key: 'value', label: 'nav.value', needsResult: true, load: () => import('./value/ValueView.svelte') },
  { key: 'breakdown', label: 'nav.breakdown', needsResult: true, load: () => import('./breakdown/BreakdownView.svelte') },
  { key: 'plan', label: 'nav.plan', needsResult: true, load: () => import('./plan/PlanView.svelte') },
  { key: 'forecast', label: 'nav.forecast', needsResult: true, load: () => import('./forecast/ForecastView.svelte') },
  { key: 'cohorts', label: 'nav.cohorts', needsResult: true, load: () => import('./cohorts/CohortsView.svelte') },
  { key: 'migration', label: 'nav.migration', needsResult: true, load: () => import('./migration/MigrationView.svelte') },
  { key: 'backtest', label: 'nav.backtest', needsResult: true, load: () => import('./backtest/BacktestView.svelte') },
  { key: 'exercise', label: 'exercise.nav', needsResult: false, load: () => import('./exercise/ExerciseView.svelte') },
  { key: 'report', label: 'report.nav', needsResult: true, load: () => import('./report/ReportView.svelte') }
];
