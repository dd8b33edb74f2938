/* App: owns the one running layout — restarts it on demand, reports progress for the status line and tests. */

import { setEdgesSuspended } from '../core/appearance/interaction.js';
import { graph } from '../core/graph/index.js';
import { rememberPositions, unplacedNodes } from '../core/layout/position-store.js';
import { runLayout, type LayoutReport, type LayoutRun } from '../core/layout/run-layout.js';

export interface LayoutStatus {
  running: boolean;
  iteration: number;
  last: LayoutReport | null;
}

/** Above this many edges, edges are not drawn while the layout moves the nodes. */
export const LARGE_GRAPH_EDGES = 5000;

const status: LayoutStatus = { running: false, iteration: 0, last: null };
let current: LayoutRun | null = null;
const listeners = new Set<(s: LayoutStatus) => void>();

export function onLayoutStatus(listener: (s: LayoutStatus) => void): void {
  listeners.add(listener);
}

function emit(): void {
  for (const l of listeners) l(status);
}

export function layoutStatus(): LayoutStatus {
  return status;
}

/**
 * `incremental`: only nodes with no remembered position move, and nothing runs when every node has one (a
 * reload draws the same picture); otherwise every node moves (the Layout button). Positions are remembered after.
 */
export function startLayout(nodeSize: (id: string) => number, maxIterations = 300, { incremental = false } = {}): Promise<LayoutReport> {
  const fresh = incremental ? unplacedNodes(graph) : null;
  if (fresh && fresh.length === 0 && !current) {
    return Promise.resolve({ iterations: 0, settled: true, fa2Ms: 0, noverlapMs: 0, barnesHut: false });
  }
  current?.stop();
  setEdgesSuspended(graph.size > LARGE_GRAPH_EDGES);
  status.running = true;
  status.iteration = 0;
  emit();
  let lastEmit = 0;
  const run = runLayout(graph, {
    maxIterations,
    nodeSize,
    ...(fresh ? { moveOnly: new Set(fresh) } : {}),
    onIteration(iteration) {
      status.iteration = iteration;
      // Throttled: the status line does not need 60 updates a second.
      const now = performance.now();
      if (now - lastEmit > 200) {
        lastEmit = now;
        emit();
      }
    },
  });
  current = run;
  return run.done.then((report) => {
    if (current === run) {
      current = null;
      status.running = false;
      status.last = report;
      setEdgesSuspended(false);
      rememberPositions(graph);
      emit();
    }
    return report;
  });
}
