/* Core/appearance: sigma node/edge reducers — all look and feel (colour, size, filters, hover, paths) without mutating data. */

import { DEFAULT_EDGE_CURVATURE } from '@sigma/edge-curve';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { reviewOf } from '../curation/describe-decision.js';
import type { ViewState } from '../state.js';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from '../graph/types.js';
import { edgesAreSuspended, getHovered } from './interaction.js';
import { getMetrics } from './metrics-store.js';
import { nodeSize } from './node-size.js';
import { edgeConflict, edgeSources } from '../time/relation-time.js';
import {
  communityColor,
  CONFLICT_EDGE,
  DIMMED_EDGE,
  DIMMED_NODE,
  FRESH_EDGE,
  relationColor,
  typeColor,
  UNDIRECTED_RELATIONS,
} from './palette.js';

interface Lookup {
  hiddenTypes: Set<string>;
  hiddenRelTypes: Set<string>;
  hiddenNodes: Set<string>;
  pathNodes: Set<string> | null;
  pathEdges: Set<string> | null;
  /** The selected node and its neighbours: the rest dims while something is selected. */
  focus: Set<string> | null;
  /** What is new since the opened saved view was saved (its relationships and both their ends). */
  freshNodes: Set<string>;
  freshEdges: Set<string>;
}

/** Builds the reducers over a state getter; sets are rebuilt only when the state object changes. */
export function createReducers(graph: ExplorerGraph, getState: () => ViewState) {
  let cachedFor: ViewState | null = null;
  let lookup: Lookup = {
    hiddenTypes: new Set(),
    hiddenRelTypes: new Set(),
    hiddenNodes: new Set(),
    pathNodes: null,
    pathEdges: null,
    focus: null,
    freshNodes: new Set(),
    freshEdges: new Set(),
  };
  let focusOrder = -1;
  const sets = (): Lookup => {
    const state = getState();
    if (state !== cachedFor || (state.selected && graph.size !== focusOrder)) {
      cachedFor = state;
      focusOrder = graph.size;
      const selected = state.selected && graph.hasNode(state.selected) ? state.selected : null;
      lookup = {
        hiddenTypes: new Set(state.hiddenTypes),
        hiddenRelTypes: new Set(state.hiddenRelTypes),
        hiddenNodes: new Set(state.hiddenNodes),
        pathNodes: state.path ? new Set(state.path.nodeIds) : null,
        pathEdges: state.path ? new Set(state.path.edgeIds) : null,
        focus: selected ? new Set([selected, ...graph.neighbors(selected)]) : null,
        freshNodes: new Set(state.fresh?.nodeIds),
        freshEdges: new Set(state.fresh?.edgeIds),
      };
    }
    return lookup;
  };

  const isNodeHidden = (id: string, attrs: NodeAttributes, l: Lookup): boolean =>
    l.hiddenNodes.has(id) ||
    l.hiddenTypes.has(attrs.entity.type) ||
    (attrs.entity.type === 'Person' && attrs.entity.labels.includes('Minister') && l.hiddenTypes.has('Minister'));

  function nodeReducer(id: string, attrs: NodeAttributes): Partial<NodeDisplayData> {
    const state = getState();
    const l = sets();
    const metrics = getMetrics();
    const community = metrics?.community.get(id);
    const out: Partial<NodeDisplayData> = {
      x: attrs.x,
      y: attrs.y,
      label: attrs.label,
      size: nodeSize(id, attrs.entity.degree || graph.degree(id), state.sizeBy, metrics),
      color: state.colorBy === 'community' && community !== undefined ? communityColor(community) : typeColor(attrs.entity.type),
    };
    if (isNodeHidden(id, attrs, l)) return { ...out, hidden: true };
    const { node: hovered, neighbours } = getHovered();
    const focus = hovered ?? null;
    if (focus && id !== focus && !neighbours.has(id)) return { ...out, color: DIMMED_NODE, label: '', zIndex: 0 };
    if (l.pathNodes && !l.pathNodes.has(id) && !focus) return { ...out, color: DIMMED_NODE, label: '', zIndex: 0 };
    // A selection focuses: its neighbourhood stays, the rest dims (a path or a hover takes precedence).
    if (!focus && !l.pathNodes && l.focus && !l.focus.has(id)) return { ...out, color: DIMMED_NODE, label: '', zIndex: 0 };
    if (id === state.selected) return { ...out, highlighted: true, forceLabel: true, zIndex: 2 };
    // Pinned nodes keep their label: the analyst placed them on purpose.
    if (attrs.fixed) out.forceLabel = true;
    if (l.focus && !focus) return { ...out, forceLabel: true, zIndex: 1 };
    // New since the saved view: drawn larger and labelled first (sigma's highlight box would sit over other labels).
    if (l.freshNodes.has(id)) return { ...out, size: (out.size ?? 4) * 1.4, forceLabel: true, zIndex: 1 };
    if (focus || l.pathNodes) return { ...out, forceLabel: true, zIndex: 1 };
    return out;
  }

  function edgeReducer(id: string, attrs: EdgeAttributes): Partial<EdgeDisplayData> {
    if (edgesAreSuspended()) return { hidden: true };
    const l = sets();
    const type = attrs.relation.type;
    const [source, target] = graph.extremities(id);
    const sourceAttrs = graph.getNodeAttributes(source);
    const targetAttrs = graph.getNodeAttributes(target);
    if (l.hiddenRelTypes.has(type) || isNodeHidden(source, sourceAttrs, l) || isNodeHidden(target, targetAttrs, l)) return { hidden: true };
    const parallel = typeof attrs.parallelIndex === 'number';
    const directed = !UNDIRECTED_RELATIONS.has(type);
    const conflict = edgeConflict(attrs.relation);
    const out: Partial<EdgeDisplayData> & { curvature?: number } = {
      color: conflict ? CONFLICT_EDGE : relationColor(type),
      size: type === 'MENTIONED_IN' ? 0.6 : edgeWidth(attrs, getState().edgeWidthBy),
      // Edge labels only where the eye is (hover, selection, paths): on a whole overview they are noise.
      label: '',
      type: parallel ? (directed ? 'curvedArrow' : 'curved') : directed ? 'arrow' : 'line',
    };
    if (parallel) out.curvature = curvature(attrs.parallelIndex ?? 0, attrs.parallelMaxIndex ?? 1);
    // An analyst confirmed it: drawn twice as thick (in its type's colour), and its label carries a check mark.
    const confirmed = reviewOf(attrs.relation) === 'confirmed';
    if (confirmed) out.size = Math.max(out.size ?? 0, CONFIRMED_EDGE_SIZE);
    const { node: hovered } = getHovered();
    const label = `${confirmed ? '✓ ' : ''}${type.replace(/_/g, ' ').toLowerCase()}`;
    if (hovered && source !== hovered && target !== hovered) return { ...out, color: DIMMED_EDGE };
    if (l.pathEdges && !l.pathEdges.has(id)) return { ...out, color: DIMMED_EDGE };
    const chosen = getState().selected;
    if (!hovered && !l.pathEdges && l.focus && chosen && source !== chosen && target !== chosen) return { ...out, color: DIMMED_EDGE };
    if (l.pathEdges) return { ...out, label, size: 4, forceLabel: true, zIndex: 1 };
    if (l.freshEdges.has(id)) return { ...out, color: FRESH_EDGE, label: `new · ${label}`, size: Math.max(out.size ?? 0, 3.5), zIndex: 1 };
    // Conflicting values are always called out on the canvas.
    if (conflict) return { ...out, label: `${label} · conflict`, forceLabel: true, zIndex: 1 };
    if (hovered) return { ...out, label, forceLabel: true, zIndex: 1 };
    const selected = getState().selected;
    if (selected && (source === selected || target === selected)) return { ...out, label, zIndex: 1 };
    return out;
  }

  return { nodeReducer, edgeReducer };
}

/** Confirmed edges: thicker than any unreviewed edge (those span 1–3 by confidence). */
const CONFIRMED_EDGE_SIZE = 5;

/** Edge width: by confidence (1–3 px), or by independent sources (1 px for one, +1.2 px per extra source, at most 8 px). */
function edgeWidth(attrs: EdgeAttributes, by: ViewState['edgeWidthBy']): number {
  if (by === 'sources') return Math.min(8, 1 + 1.2 * (edgeSources(attrs.relation) - 1));
  return 1 + 2 * (attrs.relation.confidence ?? 0.5);
}

/** Fans parallel edges apart (the recipe of @sigma/edge-curve's parallel-edges story). */
function curvature(index: number, maxIndex: number): number {
  return DEFAULT_EDGE_CURVATURE + (3 * DEFAULT_EDGE_CURVATURE * index) / (maxIndex || 1);
}
