/* App: the actions behind every button — fetch, merge into the graph, update view state, lay out, move the camera. */

import type { GraphPayload } from '../../../ontology/api-types.js';
import type { SavedView, SavedViewInput, ViewChangesResponse } from '../../../ontology/saved-views.js';
import { api } from '../api/endpoints.js';
import { setMetrics } from '../core/appearance/metrics-store.js';
import { getMetrics } from '../core/appearance/metrics-store.js';
import { nodeSize } from '../core/appearance/node-size.js';
import { findSentence } from '../core/document-segments.js';
import {
  clearGraph,
  expandedNodes,
  setViewLabel,
  graph,
  mergeIntoView,
  recordExpand,
  syncView,
  undoExpandOf,
  undoLastExpand,
} from '../core/graph/index.js';
import { applyPositions } from '../core/layout/position-store.js';
import { describeRange, rangeQuery } from '../core/time/timeline.js';
import { decodeLink, encodeLink } from '../core/url/deep-link.js';
import { viewStore } from '../core/state.js';
import { setReaderHighlight } from '../views/document-reader.js';
import { fitCamera, focusCamera, type ExplorerSigma } from '../views/graph-canvas.js';
import { errorMessage, toast } from '../views/status.js';
import type { Actions } from './actions.js';
import { startLayout } from './layout-control.js';

export interface Controller extends Actions {
  expandQuietly(id: string): Promise<void>;
  undoExpandOf(id: string): void;
  /** Refetches the overview and every expansion under the current time filter; resolves when the view shows it. */
  reloadView(): Promise<void>;
  /** The reload under way (or a resolved promise). */
  reloadSettled(): Promise<void>;
  onPathEnd?: (end: 'from' | 'to', id: string, name: string) => void;
  /** Lays out only nodes with no remembered place (nothing when all have one); resolves when done. */
  settleNew(maxIterations?: number): Promise<void>;
  /** Called when a saved view was opened, with what is new around it since it was saved. */
  onViewOpened?: (view: SavedView, changes: ViewChangesResponse | null) => void;
}

export function createController(sigma: ExplorerSigma, loadOverview: () => Promise<void>): Controller {
  const sizeOf = (id: string) => {
    const a = graph.getNodeAttributes(id);
    return nodeSize(id, a.entity.degree, viewStore.get().sizeBy, getMetrics());
  };
  /** New nodes only: what the analyst already saw keeps its place. */
  const settle = (maxIterations?: number) => startLayout(sizeOf, maxIterations, { incremental: true }).then(() => undefined);
  /** Settles the new nodes, then frames `ids` (everything when omitted). */
  const settleAndFit = (ids?: string[], maxIterations = 150) =>
    void settle(maxIterations).then(() =>
      fitCamera(
        sigma,
        ids?.filter((id) => graph.hasNode(id)),
      ),
    );
  const syncExpanded = () => viewStore.set({ expanded: expandedNodes() });
  const anchorOf = (id: string) =>
    graph.hasNode(id) ? { x: graph.getNodeAttribute(id, 'x'), y: graph.getNodeAttribute(id, 'y') } : { x: 0, y: 0 };

  /** Merges an entity's neighbourhood; returns a line for the status toast. */
  async function mergeNeighbours(id: string): Promise<string> {
    const time = rangeQuery(viewStore.get().time);
    const [neighbours, self] = await Promise.all([api.neighbors(id, 100, undefined, time), graph.hasNode(id) ? null : api.node(id)]);
    const payload: GraphPayload = { nodes: self ? [self.node, ...neighbours.nodes] : neighbours.nodes, edges: neighbours.edges };
    const record = mergeIntoView(payload, { anchor: anchorOf(id) });
    recordExpand(id, record);
    syncExpanded();
    lastMerged = [id, ...neighbours.nodes.map((n) => n.id)];
    const shown = neighbours.nodes.filter((n) => n.id !== id).length;
    const name = self?.node.name ?? graph.getNodeAttribute(id, 'label');
    if (neighbours.total === 0) return `${name}: no relationships in this range`;
    return `${name}: showing ${shown} of ${neighbours.total} neighbours (${record.nodes.length} new)`;
  }
  let lastMerged: string[] = [];

  let reloadSeq = 0;
  let reloading: Promise<void> = Promise.resolve();
  /** While a saved view is being opened its own time filter is set without refetching. */
  let openingView = false;
  async function reload(): Promise<void> {
    const mine = ++reloadSeq;
    const { expanded, time, view, showIsolated } = viewStore.get();
    const q = rangeQuery(time);
    try {
      const [overview, ...parts] = await Promise.all([
        // An opened saved view is the base instead of the overview (its entities, whatever the range).
        view ? api.viewGraph(view) : api.overview(undefined, q, showIsolated),
        ...expanded.map((id) => Promise.all([api.node(id), api.neighbors(id, 100, undefined, q)] as const)),
      ]);
      if (mine !== reloadSeq) return;
      syncView(
        overview,
        parts.map(([self, n], i) => ({ nodeId: expanded[i]!, payload: { nodes: [self.node, ...n.nodes], edges: n.edges } })),
      );
      if (!view) setViewLabel(time ? `overview ${describeRange(time)}` : 'overview');
      settleAndFit();
    } catch (error) {
      if (mine === reloadSeq) toast(`Could not filter the view: ${errorMessage(error)}`, 'error');
    }
  }

  const controller: Controller = {
    reloadView() {
      if (openingView) return reloading;
      reloading = reload();
      return reloading;
    },
    reloadSettled: () => reloading,
    settleNew: (maxIterations) => settle(maxIterations).then(() => fitCamera(sigma)),
    select(id) {
      viewStore.set((s) => ({ selected: id, panel: id ? 'details' : s.panel }));
    },
    async focusEntity(id) {
      try {
        if (!graph.hasNode(id)) {
          toast(await mergeNeighbours(id));
          await settle(150);
        }
        controller.select(id);
        // One frame so sigma has display data for a node merged a moment ago.
        requestAnimationFrame(() => focusCamera(sigma, id));
      } catch (error) {
        toast(`Could not load ${id}: ${errorMessage(error)}`, 'error');
      }
    },
    async expand(id) {
      if (expandedNodes().includes(id)) return toast('Already expanded — undo first to fetch it again.');
      try {
        toast(await mergeNeighbours(id));
        settleAndFit(lastMerged);
      } catch (error) {
        toast(`Expand failed: ${errorMessage(error)}`, 'error');
      }
    },
    async expandQuietly(id) {
      if (expandedNodes().includes(id)) return;
      await mergeNeighbours(id).catch((error: unknown) => toast(`Could not restore ${id}: ${errorMessage(error)}`, 'error'));
    },
    undoExpandOf(id) {
      if (undoExpandOf(id)) syncExpanded();
    },
    undoExpand() {
      const undone = undoLastExpand();
      if (!undone) return toast('Nothing to undo.');
      syncExpanded();
      const selected = viewStore.get().selected;
      if (selected && !graph.hasNode(selected)) controller.select(null);
      toast('Last expand undone.');
    },
    clearView() {
      clearGraph();
      setViewLabel('cleared view');
      setMetrics(null);
      viewStore.set({ selected: null, expanded: [], path: null, hiddenNodes: [], view: null, fresh: null });
    },
    hideNode(id) {
      viewStore.set((s) => ({ hiddenNodes: [...s.hiddenNodes, id], selected: s.selected === id ? null : s.selected }));
    },
    togglePin(id) {
      if (graph.hasNode(id)) graph.setNodeAttribute(id, 'fixed', !graph.getNodeAttribute(id, 'fixed'));
    },
    relayout: () => void startLayout(sizeOf).then(() => fitCamera(sigma)),
    reloadOverview: loadOverview,
    openDocument(docId, highlight) {
      setReaderHighlight(docId, highlight ?? null);
      viewStore.set({ documentId: docId, panel: 'document' });
    },
    openEvidence(docIds, sentence) {
      void (async () => {
        for (const docId of docIds) {
          if (docIds.length === 1) return controller.openDocument(docId, sentence);
          const doc = await api.document(docId).catch(() => null);
          if (doc && findSentence(doc.document.text, sentence)) return controller.openDocument(docId, sentence);
        }
        if (docIds[0]) controller.openDocument(docIds[0], sentence);
        else toast('This evidence has no source document on record.', 'error');
      })();
    },
    showGraph(payload, mode) {
      if (mode === 'replace') {
        clearGraph();
        setMetrics(null);
        viewStore.set({ selected: null, expanded: [], hiddenNodes: [], view: null, fresh: null });
      }
      if (mode === 'replace') setViewLabel('query result');
      const record = mergeIntoView(payload, mode === 'add' ? { anchor: { x: 0, y: 0 } } : {});
      if (mode === 'replace' || record.nodes.length || record.edges.length) {
        toast(
          `${mode === 'replace' ? 'View replaced' : 'Added'}: ${record.nodes.length} new entities, ${record.edges.length} new relations`,
        );
        settleAndFit(mode === 'replace' ? undefined : payload.nodes.map((n) => n.id), 300);
      }
    },
    highlightPath(path) {
      viewStore.set({ path });
    },
    setPathEnd(end, id, name) {
      controller.onPathEnd?.(end, id, name);
      viewStore.set({ panel: 'paths' });
    },
    showReviewItem(item) {
      if (!item) return viewStore.get().path ? controller.highlightPath(null) : undefined;
      const anchor = item.nodes.find((n) => graph.hasNode(n.id));
      const record = mergeIntoView(
        { nodes: item.nodes, edges: item.edge ? [item.edge] : [] },
        { anchor: anchor ? anchorOf(anchor.id) : { x: 0, y: 0 }, spread: 20 },
      );
      controller.highlightPath({ nodeIds: item.nodes.map((n) => n.id), edgeIds: item.edge ? [item.edge.id] : [] });
      if (record.nodes.length) void settle(60);
      const [first] = item.nodes;
      if (first) requestAnimationFrame(() => focusCamera(sigma, first.id));
    },
    async openView(id) {
      const [view, payload] = await Promise.all([api.view(id), api.viewGraph(id)]);
      const changes = await api.viewChanges(id).catch(() => null);
      reloadSeq++;
      const link = decodeLink(view.state.link);
      clearGraph();
      setMetrics(null);
      openingView = true;
      try {
        const { expanded: _e, selected: _s, panel: _p, documentId: _d, consoleQuery: _q, view: _v, ...look } = link;
        viewStore.set({ ...look, view: id, expanded: [], selected: null, path: null, fresh: null });
      } finally {
        openingView = false;
      }
      mergeIntoView(payload);
      // Exactly where the analyst left each entity.
      applyPositions(graph, view.positions);
      setViewLabel(`view “${view.name}”`);
      if (changes?.changes.length) {
        // What was ingested since joins the view beside its neighbours, in the accent colour.
        const record = mergeIntoView({ nodes: changes.nodes, edges: changes.changes.map((c) => c.edge) });
        viewStore.set({
          fresh: { nodeIds: changes.newNodeIds.filter((n) => graph.hasNode(n)), edgeIds: changes.changes.map((c) => c.edge.id) },
        });
        if (record.nodes.length) await settle(150);
      }
      sigma.refresh();
      if (view.camera && !changes?.changes.length) sigma.getCamera().setState(view.camera);
      else fitCamera(sigma, undefined, false);
      if (link.selected && graph.hasNode(link.selected)) controller.select(link.selected);
      controller.onViewOpened?.(view, changes);
    },
    captureView(): Omit<SavedViewInput, 'name'> {
      const positions: SavedViewInput['positions'] = {};
      graph.forEachNode((id, a) => void (positions[id] = { x: a.x, y: a.y }));
      const { x, y, ratio, angle } = sigma.getCamera().getState();
      // Expansions are kept as the positions' entities; the link carries the rest (filters, selection, look).
      return { state: { link: encodeLink({ ...viewStore.get(), expanded: [], view: null }) }, positions, camera: { x, y, ratio, angle } };
    },
    viewName() {
      const { selected } = viewStore.get();
      return selected && graph.hasNode(selected) ? graph.getNodeAttribute(selected, 'label') : 'overview';
    },
  };
  return controller;
}
