/* Core/url: the view state ⇄ URL query string, so a link reopens the same view and back/forward walk it. */

import { INITIAL_VIEW_STATE, type PanelId, type TimeRange, type ViewState } from '../state.js';

/** The subset of the view state a link carries. */
export type LinkState = Pick<
  ViewState,
  | 'selected'
  | 'hiddenTypes'
  | 'hiddenRelTypes'
  | 'hiddenNodes'
  | 'expanded'
  | 'sizeBy'
  | 'colorBy'
  | 'edgeWidthBy'
  | 'showIsolated'
  | 'time'
  | 'panel'
  | 'consoleQuery'
  | 'documentId'
  | 'view'
>;

const PANELS: PanelId[] = ['details', 'document', 'console', 'paths', 'analyse', 'table', 'review', 'history', 'views'];
const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);
const same = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (value: string | null): string | null => (value && ISO_DAY.test(value) && !Number.isNaN(Date.parse(value)) ? value : null);

/** `from=…&to=…` is a range, `asOf=…` everything up to a day; a bad or reversed range is no filter. */
function decodeTime(params: URLSearchParams): TimeRange | null {
  const asOf = day(params.get('asOf'));
  if (asOf) return { from: null, to: asOf };
  const from = day(params.get('from'));
  const to = day(params.get('to'));
  return from && to && from <= to ? { from, to } : null;
}

export function encodeLink(state: LinkState): string {
  const params = new URLSearchParams();
  if (state.view) params.set('view', state.view);
  if (state.selected) params.set('node', state.selected);
  if (state.expanded.length) params.set('expand', state.expanded.join(','));
  if (!same(state.hiddenTypes, INITIAL_VIEW_STATE.hiddenTypes)) params.set('hideTypes', state.hiddenTypes.join(',') || '-');
  if (!same(state.hiddenRelTypes, INITIAL_VIEW_STATE.hiddenRelTypes)) params.set('hideRels', state.hiddenRelTypes.join(',') || '-');
  if (state.hiddenNodes.length) params.set('hideNodes', state.hiddenNodes.join(','));
  if (state.sizeBy !== INITIAL_VIEW_STATE.sizeBy) params.set('size', state.sizeBy);
  if (state.colorBy !== INITIAL_VIEW_STATE.colorBy) params.set('color', state.colorBy);
  if (state.edgeWidthBy !== INITIAL_VIEW_STATE.edgeWidthBy) params.set('width', state.edgeWidthBy);
  if (state.showIsolated) params.set('isolated', 'show');
  if (state.time?.from) {
    params.set('from', state.time.from);
    params.set('to', state.time.to);
  } else if (state.time) params.set('asOf', state.time.to);
  if (state.panel !== INITIAL_VIEW_STATE.panel) params.set('panel', state.panel);
  if (state.documentId) params.set('doc', state.documentId);
  if (state.consoleQuery) params.set('q', state.consoleQuery);
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

export function decodeLink(search: string): LinkState {
  const params = new URLSearchParams(search);
  const hidden = (key: string, fallback: string[]) => {
    const raw = params.get(key);
    if (raw === null) return [...fallback];
    return raw === '-' ? [] : list(raw);
  };
  const panel = params.get('panel') as PanelId | null;
  return {
    selected: params.get('node') || null,
    expanded: list(params.get('expand')),
    hiddenTypes: hidden('hideTypes', INITIAL_VIEW_STATE.hiddenTypes),
    hiddenRelTypes: hidden('hideRels', INITIAL_VIEW_STATE.hiddenRelTypes),
    hiddenNodes: list(params.get('hideNodes')),
    sizeBy: params.get('size') === 'pagerank' ? 'pagerank' : 'degree',
    colorBy: params.get('color') === 'community' ? 'community' : 'type',
    edgeWidthBy: params.get('width') === 'sources' ? 'sources' : 'confidence',
    showIsolated: params.get('isolated') === 'show',
    time: decodeTime(params),
    panel: panel && PANELS.includes(panel) ? panel : INITIAL_VIEW_STATE.panel,
    documentId: params.get('doc') || null,
    consoleQuery: params.get('q') ?? '',
    view: params.get('view') || null,
  };
}
