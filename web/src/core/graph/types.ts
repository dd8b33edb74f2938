/* Core/graph: attributes carried by the explorer's graphology graph (data + layout, never styling). */

import type { MultiDirectedGraph } from 'graphology';
import type { GraphEdge, GraphNode } from '../../../../ontology/api-types.js';

export interface NodeAttributes {
  x: number;
  y: number;
  label: string;
  entity: GraphNode;
  /** Read by the FA2 worker: pinned nodes do not move. */
  fixed?: boolean;
}

export interface EdgeAttributes {
  relation: GraphEdge;
  /** Written by @sigma/edge-curve's indexParallelEdgesIndex so parallel edges can be curved apart. */
  parallelIndex?: number | null;
  parallelMinIndex?: number | null;
  parallelMaxIndex?: number | null;
}

export type ExplorerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** What one merge added, so an expand can be undone exactly. */
export interface MergeRecord {
  nodes: string[];
  edges: string[];
}
