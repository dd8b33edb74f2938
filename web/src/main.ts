/* Web: entry point — builds the shell, mounts views, loads the overview (or the bench graph) and replays the URL. */

import './styles.css';
import { api } from './api/endpoints.js';
import { computeMetrics } from './core/analysis/compute-metrics.js';
import { getMetrics, setMetrics } from './core/appearance/metrics-store.js';
import { nodeSize } from './core/appearance/node-size.js';
import { clearGraph, getViewLabel, graph, mergeIntoView, setViewLabel } from './core/graph/index.js';
import { viewStore } from './core/state.js';
import { rangeQuery } from './core/time/timeline.js';
import { decodeLink } from './core/url/deep-link.js';
import { generateBenchGraph } from './app/bench-mode.js';
import { disablePositionStore } from './core/layout/position-store.js';
import { createController } from './app/controller.js';
import { createCuration } from './app/curation-actions.js';
import { LARGE_GRAPH_EDGES, layoutStatus, onLayoutStatus, startLayout } from './app/layout-control.js';
import { createToolbar, bindShortcuts } from './app/toolbar.js';
import { applyLink, bindUrlSync } from './app/url-sync.js';
import { createShell, showPanel } from './views/app-shell.js';
import { createAutocomplete } from './views/autocomplete.js';
import { mountAnalysePanel } from './views/analyse-panel.js';
import { mountConsole } from './views/console-panel.js';
import { mountDetailsPanel } from './views/details-panel.js';
import { mountDocumentReader } from './views/document-reader.js';
import { clear, formatNumber, spinner } from './views/dom.js';
import { emptyState, errorState } from './views/empty-state.js';
import { createExportMenu } from './views/export-menu.js';
import { createGraphCanvas, fitCamera, resetCamera } from './views/graph-canvas.js';
import { mountLegend } from './views/legend.js';
import { mountPathsPanel } from './views/paths-panel.js';
import { bindLoadingBar, errorMessage, setToastHost, toast } from './views/status.js';
import { mountTablePanel } from './views/table-panel.js';
import { mountReviewPanel } from './views/review-panel.js';
import { mountHistoryPanel } from './views/history-panel.js';
import { createTimelineStrip } from './views/timeline-strip.js';
import { mountAddByUrl, mountUpload } from './views/upload.js';
import { mountSignIn } from './views/sign-in.js';
import { drawnLabelBoxes } from './views/label-placement.js';
import { mountViewsPanel } from './views/views-panel.js';

const params = new URLSearchParams(location.search);
const benchMode = params.get('bench') === '1';
const shell = createShell((panel) => viewStore.set({ panel }));
document.querySelector('#app')!.append(shell.root);
bindLoadingBar(shell.loadingBar);
setToastHost(shell.toasts);

const sigma = createGraphCanvas(shell.canvas, graph, viewStore.get, {
  onClickNode: (id) => controller.select(id),
  onDoubleClickNode: (id) => void controller.expand(id),
  onClickStage: () => controller.select(null),
});
const sizeOf = (id: string) => nodeSize(id, graph.getNodeAttribute(id, 'entity').degree, viewStore.get().sizeBy, getMetrics());
const timeline = createTimelineStrip();
shell.timelineSlot.append(timeline.root);
// After an upload the overview and the timeline are both fetched again.
const controller = createController(sigma, () => Promise.all([loadOverview(), timeline.refresh()]).then(() => undefined));

async function loadOverview(): Promise<void> {
  clear(shell.canvasOverlay, spinner('Loading the overview…'));
  shell.canvasOverlay.hidden = false;
  try {
    const { time, showIsolated } = viewStore.get();
    const overview = await api.overview(undefined, rangeQuery(time), showIsolated);
    clearGraph();
    viewStore.set({ expanded: [], selected: null, path: null, view: null, fresh: null });
    if (!overview.nodes.length) return void clear(shell.canvasOverlay, emptyState());
    mergeIntoView(overview);
    resetCamera(sigma);
    setViewLabel(
      overview.truncated ? `overview: ${formatNumber(overview.nodes.length)} of ${formatNumber(overview.totalNodes)} entities` : 'overview',
    );
    shell.canvasOverlay.hidden = true;
    // Nodes drawn before keep their place (the position store); only new ones are laid out.
    void startLayout(sizeOf, 300, { incremental: true }).then(() => fitCamera(sigma));
  } catch (error) {
    clear(
      shell.canvasOverlay,
      errorState(errorMessage(error), () => void loadOverview()),
    );
  }
}

// Views
const search = createAutocomplete(
  'Search people, countries, agreements…  ( / )',
  (hit) => void controller.focusEntity(hit.id),
  'ac-search',
);
shell.searchSlot.append(search.root);
mountLegend(shell.legend, graph);
const curation = createCuration();
mountDetailsPanel(shell.panels.get('details')!, controller, curation);
mountDocumentReader(shell.panels.get('document')!, controller);
mountConsole(shell.panels.get('console')!, controller);
const paths = mountPathsPanel(shell.panels.get('paths')!, controller);
controller.onPathEnd = paths.setEnd;
mountAnalysePanel(shell.panels.get('analyse')!, controller, () => sigma.refresh());
mountTablePanel(shell.panels.get('table')!, controller);
mountReviewPanel(shell.panels.get('review')!, controller, curation);
mountHistoryPanel(shell.panels.get('history')!, curation);
const viewsPanel = mountViewsPanel(shell.panels.get('views')!, controller);
controller.onViewOpened = (view, changes) => {
  shell.canvasOverlay.hidden = true;
  viewsPanel.showOpened(view, changes);
};
shell.toolbar.append(
  ...createToolbar(controller, [
    createExportMenu(sigma, controller.viewName),
    mountUpload(shell.root, () => controller.reloadOverview()),
    mountAddByUrl(() => controller.reloadOverview()),
    mountSignIn(),
  ]),
);
bindShortcuts(controller, () => search.input.focus());

// PageRank / communities are computed on demand when the legend asks for them, and kept fresh as the view changes.
let metricsFrame = 0;
const refreshMetrics = () => {
  const { sizeBy, colorBy } = viewStore.get();
  if (sizeBy !== 'pagerank' && colorBy !== 'community') return;
  if (!metricsFrame)
    metricsFrame = requestAnimationFrame(() => {
      metricsFrame = 0;
      setMetrics(computeMetrics(graph));
      sigma.refresh({ skipIndexation: true });
    });
};
viewStore.subscribe((s, p) => {
  if ((s.sizeBy !== p.sizeBy || s.colorBy !== p.colorBy) && !getMetrics()) refreshMetrics();
});
for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped'] as const) graph.on(event, refreshMetrics);

// State → renderer, panels and status line
viewStore.subscribe((s, p) => {
  // A new time filter refetches the view (overview and expansions) under it.
  // So does showing or leaving out the isolated entities.
  if ((s.time !== p.time || s.showIsolated !== p.showIsolated) && document.body.dataset.ready === 'true') void controller.reloadView();
  if (s.panel !== p.panel) showPanel(shell, s.panel);
  sigma.refresh({ skipIndexation: true });
});
showPanel(shell, viewStore.get().panel);
const renderInfo = () => {
  const l = layoutStatus();
  const layout = l.running
    ? `layout running · iteration ${l.iteration}`
    : l.last
      ? `layout ${l.last.settled ? 'settled' : 'stopped'} after ${l.last.iterations} iterations`
      : '';
  shell.viewInfo.textContent = [`${formatNumber(graph.order)} entities · ${formatNumber(graph.size)} relations`, getViewLabel(), layout]
    .filter(Boolean)
    .join(' · ');
  document.body.dataset.layout = l.running ? 'running' : 'idle';
};
onLayoutStatus((status) => {
  renderInfo();
  // Large graphs draw neither edges nor labels while the layout runs; both come back when it stops.
  const quiet = status.running && graph.size > LARGE_GRAPH_EDGES;
  if (sigma.getSetting('renderLabels') === quiet) sigma.setSetting('renderLabels', !quiet);
  if (!status.running) sigma.refresh();
});
// Large graphs: skip edges and labels while the camera moves, so panning stays fluid.
const tuneForSize = () => {
  const large = graph.size > LARGE_GRAPH_EDGES;
  if (sigma.getSetting('hideEdgesOnMove') !== large) {
    sigma.setSetting('hideEdgesOnMove', large);
    sigma.setSetting('hideLabelsOnMove', large);
  }
};
for (const event of ['edgeAdded', 'edgeDropped', 'cleared'] as const) graph.on(event, tuneForSize);
for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const) graph.on(event, renderInfo);

// For tests and the benchmark: the live graph, renderer and state.
const firstFrame = { ms: 0 };
sigma.once('afterRender', () => (firstFrame.ms = performance.now()));
Object.assign(window, {
  __newsgraph: { graph, sigma, state: viewStore, layoutStatus, firstFrame, ready: false, labelBoxes: () => [...drawnLabelBoxes(sigma)] },
});

async function boot(): Promise<void> {
  if (benchMode) {
    disablePositionStore();
    const payload = generateBenchGraph(Number(params.get('nodes') ?? 5000), Number(params.get('edges') ?? 20000));
    mergeIntoView(payload);
    setViewLabel('generated benchmark graph');
    shell.canvasOverlay.hidden = true;
    (window as unknown as { __newsgraph: { layoutStartedAt: number } }).__newsgraph.layoutStartedAt = performance.now();
    void startLayout(sizeOf, Number(params.get('maxIterations') ?? 300));
  } else {
    // Read the link before anything changes the state (and so the URL).
    const link = decodeLink(location.search);
    viewStore.set({ panel: link.panel, time: link.time, showIsolated: link.showIsolated });
    // `?view=ID` opens a saved view instead of the overview (the rest of the link applies on top), with the
    // Views tab showing what is new unless the link names a panel.
    if (link.view && !params.has('panel')) link.panel = 'views';
    if (link.view) clear(shell.canvasOverlay, spinner('Opening the saved view…'));
    const opened = link.view
      ? controller.openView(link.view).then(
          () => true,
          (error: unknown) => (toast(`Could not open the saved view: ${errorMessage(error)}`, 'error'), false),
        )
      : Promise.resolve(false);
    await Promise.all([opened.then((ok) => (ok ? undefined : loadOverview())), timeline.refresh()]);
    if (!viewStore.get().view) link.view = null;
    await applyLink(controller, link);
    bindUrlSync(controller);
  }
  (window as unknown as { __newsgraph: { ready: boolean } }).__newsgraph.ready = true;
  document.body.dataset.ready = 'true';
}
void boot();
