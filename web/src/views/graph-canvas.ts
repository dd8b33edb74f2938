/* Views: the sigma renderer — programs for straight/curved/arrow edges, reducers from core/appearance, hover wiring. */

import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram } from 'sigma/rendering';
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { getHovered, setHovered } from '../core/appearance/interaction.js';
import { createReducers } from '../core/appearance/reducers.js';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from '../core/graph/types.js';
import type { ViewState } from '../core/state.js';
import { installLabelPlacement } from './label-placement.js';

export type ExplorerSigma = Sigma<NodeAttributes, EdgeAttributes>;

export interface CanvasHandlers {
  onClickNode(id: string): void;
  onDoubleClickNode(id: string): void;
  onClickStage(): void;
}

export function createGraphCanvas(
  container: HTMLElement,
  graph: ExplorerGraph,
  getState: () => ViewState,
  handlers: CanvasHandlers,
): ExplorerSigma {
  const { nodeReducer, edgeReducer } = createReducers(graph, getState);
  const sigma: ExplorerSigma = new Sigma(graph, container, {
    nodeReducer,
    edgeReducer,
    edgeProgramClasses: {
      arrow: EdgeArrowProgram,
      line: EdgeLineProgram,
      curved: EdgeCurveProgram,
      curvedArrow: EdgeCurvedArrowProgram,
    },
    defaultEdgeType: 'arrow',
    renderEdgeLabels: true,
    enableEdgeEvents: false,
    zIndex: true,
    // Labels are placed by label-placement.ts (no two overlap, most important first, every one with room);
    // sigma's label grid only pre-selects candidates on very large views.
    labelDensity: 1,
    labelGridCellSize: 100,
    labelRenderedSizeThreshold: 0,
    labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: '#1e293b' },
    edgeLabelSize: 10,
    edgeLabelColor: { color: '#64748b' },
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    stagePadding: 40,
    allowInvalidContainer: true,
  });

  installLabelPlacement(sigma);
  // While the camera is dragged or animated (pan, wheel zoom, inertia) there is no hover picking: each pick
  // reads a pixel back from WebGL and so waits for the frame being drawn — with software WebGL a long task
  // per mouse move — and a hover change would redraw everything mid-pan. The hovered node stays as it was.
  const captor = sigma.getMouseCaptor();
  const internals = sigma as unknown as { getNodeAtPosition(position: { x: number; y: number }): string | null };
  const pick = internals.getNodeAtPosition.bind(sigma);
  internals.getNodeAtPosition = (position) =>
    (captor.isMouseDown && captor.isMoving) || sigma.getCamera().isAnimated() ? getHovered().node : pick(position);
  sigma.on('enterNode', ({ node }) => {
    setHovered(node, graph.neighbors(node));
    container.style.cursor = 'pointer';
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('leaveNode', () => {
    setHovered(null);
    container.style.cursor = '';
    sigma.refresh({ skipIndexation: true });
  });
  // Leaving the canvas fast can skip sigma's leaveNode; never leave a node stuck in hover.
  container.addEventListener('mouseleave', () => {
    if (!getHovered().node) return;
    setHovered(null);
    container.style.cursor = '';
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('clickNode', ({ node }) => handlers.onClickNode(node));
  sigma.on('doubleClickNode', (event) => {
    // Double-click means expand here, not sigma's default zoom.
    event.preventSigmaDefault();
    handlers.onDoubleClickNode(event.node);
  });
  sigma.on('clickStage', () => handlers.onClickStage());
  resetCamera(sigma);
  return sigma;
}

/** Labels sit to the right of nodes and sigma fits nodes only: zooming out a little keeps labels on screen. */
const FIT_RATIO = 1.1;

export function resetCamera(sigma: ExplorerSigma, animate = false): void {
  const state = { x: 0.5, y: 0.5, ratio: FIT_RATIO, angle: 0 };
  if (animate) sigma.getCamera().animate(state, { duration: 400 });
  else sigma.getCamera().setState(state);
}

/** Centres the camera on a node, zoomed so its direct neighbours stay in view. */
export function focusCamera(sigma: ExplorerSigma, id: string): void {
  const display = sigma.getNodeDisplayData(id);
  if (!display) return;
  let reach = 0;
  for (const neighbour of sigma.getGraph().neighbors(id)) {
    const other = sigma.getNodeDisplayData(neighbour);
    if (other) reach = Math.max(reach, Math.hypot(other.x - display.x, other.y - display.y));
  }
  // Framed coordinates span about 0..1 at ratio 1; half the viewport covers 0.5 × ratio.
  const ratio = Math.min(FIT_RATIO, Math.max(0.15, reach * 2.6));
  sigma.getCamera().animate({ x: display.x, y: display.y, ratio }, { duration: 500 });
}

/** Frames the given nodes (all when none are given): centred on their box, zoomed so each stays in view. */
export function fitCamera(sigma: ExplorerSigma, ids?: Iterable<string>, animate = true): void {
  sigma.refresh();
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity,
    count = 0;
  for (const id of ids ?? sigma.getGraph().nodes()) {
    const d = sigma.getNodeDisplayData(id);
    if (!d || d.hidden) continue;
    count++;
    minX = Math.min(minX, d.x);
    maxX = Math.max(maxX, d.x);
    minY = Math.min(minY, d.y);
    maxY = Math.max(maxY, d.y);
  }
  if (!count) return resetCamera(sigma, animate);
  // Framed coordinates span about 0..1 at ratio 1; labels sit to the right, so leave a margin.
  const ratio = Math.min(FIT_RATIO, Math.max(0.12, Math.max(maxX - minX, maxY - minY) * 1.35));
  const state = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio, angle: 0 };
  if (ratio >= FIT_RATIO) Object.assign(state, { x: 0.5, y: 0.5 });
  if (animate) sigma.getCamera().animate(state, { duration: 400 });
  else sigma.getCamera().setState(state);
}
