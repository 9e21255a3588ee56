import type { Shape, Table } from '../analysis/table.ts';
import type { SharedConfig } from './schema.ts';
import type { GeneratedText } from '../i18n/generatedText.ts';

/** Facts that identify a dataset too big to travel inside a link. */
export interface SourceFacts {
  file: string;
  rows: number;
  customers: number;
  totalAmount: number;
}

/** What a share link or project file carries: the view, the settings and, when it fits, the data. */
export interface ShareState {
  /** Route key of the view to open (e.g. 'abc', 'exercise'). */
  view: string;
  /** Dataset name. */
  name: string;
  /** When the app generated the name: what generates it, so that it reads in the recipient's language; null for a typed name. */
  label?: GeneratedText | null;
  shape: Shape;
  /** Settings; sections or fields left out take their defaults. */
  config: SharedConfig;
  /** The data, or null when only the settings travel (then `source` says which file they belong to). */
  table: Table | null;
  source?: SourceFacts;
}
