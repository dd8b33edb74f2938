/* Views: collision-aware node labels. Replaces sigma's label pass: candidates are ranked by importance (forced
   labels — selection, pins, focus — first, then rendered size, then degree) and each label is drawn only where
   its box overlaps no label drawn before it (and, for a small node, no other node), so every label that has room is shown and none overlap. */

import type { Settings } from 'sigma/settings';
import type { NodeDisplayData } from 'sigma/types';
import type { ExplorerSigma } from './graph-canvas.js';

/** A drawn label's box in viewport pixels. */
export interface LabelBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Above this many nodes, sigma's label grid pre-selects the candidates so a frame stays cheap. */
const ALL_CANDIDATES_UP_TO = 3000;
const CELL = 64;
const PAD = 2;
/** Nodes drawn at least this radius (px) keep every label off their disc; smaller ones keep the labels of other small nodes off. */
const HUB_PX = 7;

/** The internals of sigma 3's renderer this pass reads (stable across 3.0.x). */
interface SigmaInternals {
  settings: Settings;
  nodeDataCache: Record<string, NodeDisplayData>;
  nodesWithForcedLabels: Set<string>;
  displayedNodeLabels: Set<string>;
  labelGrid: { getLabelsToDisplay(ratio: number, density: number): string[] };
  canvasContexts: { labels: CanvasRenderingContext2D };
  width: number;
  height: number;
  camera: { getState(): { ratio: number } };
  framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
  scaleSize(size: number): number;
  renderLabels: () => unknown;
}

const boxesOf = new WeakMap<object, Map<string, LabelBox>>();

/** The labels drawn in the last frame and their boxes (tests check that no two overlap). */
export function drawnLabelBoxes(sigma: ExplorerSigma): Map<string, LabelBox> {
  return boxesOf.get(sigma) ?? new Map();
}

/** Takes over `sigma`'s label pass (the app's renderer, and the temporary one an exported picture is drawn with). */
export function installLabelPlacement(sigma: ExplorerSigma): void {
  const s = sigma as unknown as SigmaInternals;
  const graph = sigma.getGraph();
  const degreeOf = (id: string) => (graph.hasNode(id) ? (graph.getNodeAttribute(id, 'entity')?.degree ?? graph.degree(id)) : 0);
  const widths = new Map<string, number>();
  let widthFont = '';
  s.renderLabels = function renderLabels() {
    const settings = s.settings;
    const boxes = new Map<string, LabelBox>();
    boxesOf.set(sigma, boxes);
    s.displayedNodeLabels = new Set();
    if (!settings.renderLabels) return s;
    const context = s.canvasContexts.labels;
    const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    if (font !== widthFont) {
      widths.clear();
      widthFont = font;
    }
    context.font = font;
    const keys = Object.keys(s.nodeDataCache);
    const candidates =
      keys.length <= ALL_CANDIDATES_UP_TO
        ? keys
        : [...new Set([...s.labelGrid.getLabelsToDisplay(s.camera.getState().ratio, settings.labelDensity), ...s.nodesWithForcedLabels])];
    const items: { key: string; data: NodeDisplayData; x: number; y: number; size: number; rank: number }[] = [];
    for (const key of candidates) {
      const data = s.nodeDataCache[key];
      if (!data || data.hidden || !data.label) continue;
      const { x, y } = s.framedGraphToViewport(data);
      if (x < -200 || x > s.width + 50 || y < -20 || y > s.height + 20) continue;
      const size = s.scaleSize(data.size);
      if (!data.forceLabel && size < settings.labelRenderedSizeThreshold) continue;
      items.push({
        key,
        data,
        x,
        y,
        size,
        rank: (data.forceLabel ? 1e6 : 0) + (data.zIndex ?? 0) * 1e4 + size * 10 + Math.min(degreeOf(key), 9),
      });
    }
    items.sort((a, b) => b.rank - a.rank || (a.key < b.key ? -1 : 1));
    const grid = new Map<number, LabelBox[]>();
    const cellsOf = (b: LabelBox, visit: (cell: number) => boolean | void): boolean => {
      for (let cx = Math.floor(b.x1 / CELL); cx <= Math.floor(b.x2 / CELL); cx++)
        for (let cy = Math.floor(b.y1 / CELL); cy <= Math.floor(b.y2 / CELL); cy++)
          if (visit((cx + 1000) * 100_000 + cy + 1000)) return true;
      return false;
    };
    const ls = settings.labelSize;
    // Nodes are obstacles too (their discs, in viewport pixels): a label never hides a big node, and a small
    // node's label never covers another node — a hub's name may still cross the small dots around it.
    const dots = new Map<number, LabelBox[]>();
    if (keys.length <= ALL_CANDIDATES_UP_TO)
      for (const key of keys) {
        const data = s.nodeDataCache[key]!;
        if (data.hidden) continue;
        const r = s.scaleSize(data.size);
        const { x, y } = s.framedGraphToViewport(data);
        if (x < -r || x > s.width + r || y < -r || y > s.height + r) continue;
        const disc = { x1: x - r, y1: y - r, x2: x + r, y2: y + r };
        const into = r < HUB_PX ? dots : grid;
        cellsOf(disc, (cell) => void (into.get(cell) ?? into.set(cell, []).get(cell)!).push(disc));
      }
    const hits = (layer: Map<number, LabelBox[]>, box: LabelBox) =>
      cellsOf(box, (cell) => layer.get(cell)?.some((o) => o.x1 < box.x2 && box.x1 < o.x2 && o.y1 < box.y2 && box.y1 < o.y2));
    const freeFor = (small: boolean) => (box: LabelBox) =>
      box.x1 >= 0 && box.x2 <= s.width && !hits(grid, box) && !(small && hits(dots, box));
    const color = (data: NodeDisplayData) =>
      settings.labelColor.attribute
        ? ((data as unknown as Record<string, string>)[settings.labelColor.attribute] ?? settings.labelColor.color)
        : settings.labelColor.color;
    for (const item of items) {
      const label = item.data.label!;
      let width = widths.get(label);
      if (width === undefined) widths.set(label, (width = context.measureText(label).width));
      const y1 = item.y - ls * 0.55 - PAD;
      const y2 = item.y + ls * 0.55 + PAD;
      // To the right of the node (sigma's place), else to its left: a label at the edge or beside a drawn one
      // still finds room; none is drawn cut off by the viewport.
      const right = item.x + item.size + 3;
      const left = item.x - item.size - 3 - width;
      const box = [
        { x1: right - PAD, y1, x2: right + width + PAD, y2 },
        { x1: left - PAD, y1, x2: left + width + PAD, y2 },
      ].find(freeFor(item.size < HUB_PX));
      if (!box) continue;
      cellsOf(box, (cell) => void (grid.get(cell) ?? grid.set(cell, []).get(cell)!).push(box));
      boxes.set(item.key, box);
      s.displayedNodeLabels.add(item.key);
      context.fillStyle = color(item.data) ?? '#000';
      context.fillText(label, box.x1 + PAD, item.y + ls / 3);
    }
    return s;
  };
}
