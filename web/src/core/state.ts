/* Core: the explorer's view state — what is shown and how; the graph data itself lives in core/graph. */

import { createStore } from './store.js';

export type PanelId = 'details' | 'document' | 'console' | 'paths' | 'analyse' | 'table' | 'review' | 'history' | 'views';
export type SizeBy = 'degree' | 'pagerank';
export type ColorBy = 'type' | 'community';
export type EdgeWidthBy = 'confidence' | 'sources';

/** A time filter on the view: ISO dates (YYYY-MM-DD), both inclusive; `from: null` is "as of `to`" (everything up to that day). */
export interface TimeRange {
  from: string | null;
  to: string;
}

export interface ViewState {
  selected: string | null;
  hiddenTypes: string[];
  hiddenRelTypes: string[];
  hiddenNodes: string[];
  /** Nodes whose neighbours were merged, in order (deep links replay them). */
  expanded: string[];
  sizeBy: SizeBy;
  colorBy: ColorBy;
  edgeWidthBy: EdgeWidthBy;
  /** The overview also draws entities with no relationship in it (left out by default: dots with nothing to read). */
  showIsolated: boolean;
  /** Only what documents dated in this range state (null: all time). */
  time: TimeRange | null;
  path: { nodeIds: string[]; edgeIds: string[] } | null;
  panel: PanelId;
  consoleQuery: string;
  documentId: string | null;
  /** The saved view the graph was opened from (`?view=ID`); null: the overview. */
  view: string | null;
  /** What is new since the opened view was saved: drawn in the accent colour, nothing dims. */
  fresh: { nodeIds: string[]; edgeIds: string[] } | null;
}

export const INITIAL_VIEW_STATE: ViewState = {
  selected: null,
  hiddenTypes: [],
  // Provenance edges swamp the picture; they stay one click away in the legend.
  hiddenRelTypes: ['MENTIONED_IN'],
  hiddenNodes: [],
  expanded: [],
  sizeBy: 'degree',
  colorBy: 'type',
  edgeWidthBy: 'confidence',
  showIsolated: false,
  time: null,
  path: null,
  panel: 'details',
  consoleQuery: '',
  documentId: null,
  view: null,
  fresh: null,
};

export const viewStore = createStore<ViewState>({ ...INITIAL_VIEW_STATE });

export function toggleIn(list: string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
