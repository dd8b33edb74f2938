/* Core/layout: where each entity was last drawn, kept in localStorage so a node keeps its place across reloads
   and sessions; new nodes start beside their placed neighbours (or at a spot seeded by their id). */

import type { ExplorerGraph } from '../graph/types.js';

type Point = { x: number; y: number };

const KEY = 'newsgraph.positions.v1';
/** Most positions kept; the least recently laid out go first. */
const MAX_POSITIONS = 20_000;

let enabled = true;
let cache: Map<string, Point> | null = null;

/** Off for the benchmark's generated graph (its ids mean nothing next time). */
export function disablePositionStore(): void {
  enabled = false;
  cache = new Map();
}

function positions(): Map<string, Point> {
  if (cache) return cache;
  cache = new Map();
  if (!enabled) return cache;
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '[]') as [string, number, number][];
    for (const [id, x, y] of raw) if (Number.isFinite(x) && Number.isFinite(y)) cache.set(id, { x, y });
  } catch {
    // A damaged entry is no worse than none.
  }
  return cache;
}

export function storedPosition(id: string): Point | undefined {
  return positions().get(id);
}

/** Remembers where every node of the graph stands now (after a layout, a drag, an opened view). */
export function rememberPositions(graph: ExplorerGraph, only?: Iterable<string>): void {
  const map = positions();
  const ids = only ? [...only] : graph.nodes();
  for (const id of ids) {
    if (!graph.hasNode(id)) continue;
    const a = graph.getNodeAttributes(id);
    if (!Number.isFinite(a.x) || !Number.isFinite(a.y)) continue;
    map.delete(id);
    map.set(id, { x: a.x, y: a.y });
  }
  while (map.size > MAX_POSITIONS) map.delete(map.keys().next().value!);
  if (!enabled) return;
  try {
    localStorage.setItem(KEY, JSON.stringify([...map].map(([id, p]) => [id, round(p.x), round(p.y)])));
  } catch {
    // Storage full or refused: positions stay for this session only.
  }
}

/** Sets positions (an opened saved view) and remembers them. */
export function applyPositions(graph: ExplorerGraph, given: Record<string, Point>): string[] {
  const placed: string[] = [];
  for (const [id, p] of Object.entries(given)) {
    if (!graph.hasNode(id)) continue;
    graph.mergeNodeAttributes(id, { x: p.x, y: p.y });
    placed.push(id);
  }
  rememberPositions(graph, placed);
  return placed;
}

/** Nodes of the graph with no remembered position: the ones a layout may move without upsetting the mental map. */
export function unplacedNodes(graph: ExplorerGraph): string[] {
  const map = positions();
  return graph.filterNodes((id) => !map.has(id));
}

const round = (v: number): number => Math.round(v * 1000) / 1000;

/** A number in [0, 1) from a string and a salt (FNV-1a), so a node's first spot is the same on every machine. */
export function seededUnit(id: string, salt: number): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h >>> 0) / 4294967296;
}
