/* Core/graph: merging API payloads into the view graph, and undoing an expand exactly. */

import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../../../ontology/api-types.js';
import { mergePayload, undoMerge } from './merge-payload.js';
import type { ExplorerGraph } from './types.js';

const node = (id: string, name = id): GraphNode => ({
  id,
  type: 'Person',
  labels: ['Person'],
  name,
  aliases: [],
  properties: {},
  degree: 1,
});
const edge = (id: string, source: string, target: string): GraphEdge => ({
  id,
  type: 'MET_WITH',
  source,
  target,
  properties: {},
  confidence: 0.9,
  evidenceCount: 1,
  rules: [],
});

describe('mergePayload', () => {
  it('when nodes and edges are new, then both are added and recorded', () => {
    const graph: ExplorerGraph = new MultiDirectedGraph();
    const record = mergePayload(graph, { nodes: [node('a'), node('b')], edges: [edge('e1', 'a', 'b')] });
    expect(record).toEqual({ nodes: ['a', 'b'], edges: ['e1'] });
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
  });

  it('when a node is already shown, then its position is kept and only fresh data merged', () => {
    const graph: ExplorerGraph = new MultiDirectedGraph();
    mergePayload(graph, { nodes: [node('a')], edges: [] });
    graph.setNodeAttribute('a', 'x', 42);
    const record = mergePayload(graph, { nodes: [node('a', 'Renamed')], edges: [] });
    expect(record.nodes).toEqual([]);
    expect(graph.getNodeAttribute('a', 'x')).toBe(42);
    expect(graph.getNodeAttribute('a', 'label')).toBe('Renamed');
  });

  it('when an edge is a self-loop or dangles, then it is skipped', () => {
    const graph: ExplorerGraph = new MultiDirectedGraph();
    const record = mergePayload(graph, { nodes: [node('a')], edges: [edge('loop', 'a', 'a'), edge('dangling', 'a', 'zzz')] });
    expect(record.edges).toEqual([]);
  });

  it('when an expand is undone, then exactly what it added is removed', () => {
    const graph: ExplorerGraph = new MultiDirectedGraph();
    mergePayload(graph, { nodes: [node('a')], edges: [] });
    const record = mergePayload(
      graph,
      { nodes: [node('a'), node('b'), node('c')], edges: [edge('e1', 'a', 'b'), edge('e2', 'a', 'c')] },
      { anchor: { x: 0, y: 0 } },
    );
    undoMerge(graph, record);
    expect(graph.nodes()).toEqual(['a']);
    expect(graph.size).toBe(0);
  });
});
