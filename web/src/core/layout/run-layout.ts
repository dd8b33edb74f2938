/* Core/layout: ForceAtlas2 through graphology's worker supervisor until it settles (or a cap), then noverlap's worker. */

import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import NoverlapLayoutSupervisor from 'graphology-layout-noverlap/worker';
import type { ExplorerGraph } from '../graph/types.js';
import { createSettleDetector, DEFAULT_SETTLE } from './settle-detector.js';

export interface LayoutReport {
  iterations: number;
  settled: boolean;
  fa2Ms: number;
  noverlapMs: number;
  barnesHut: boolean;
}

export interface LayoutRun {
  done: Promise<LayoutReport>;
  stop(): void;
}

export interface LayoutOptions {
  maxIterations?: number;
  noverlapMs?: number;
  onIteration?: (iteration: number, movement: number) => void;
  /** Rendered size in pixels, so noverlap separates what the eye sees as overlapping. */
  nodeSize?: (id: string) => number;
  /** How often the drawn graph receives positions while FA2 runs (0 = every iteration). */
  syncEveryMs?: number;
  /** Only these nodes move (an incremental layout: the rest keep the place the analyst knows). */
  moveOnly?: ReadonlySet<string>;
}

/** Barnes-Hut pays off above ~2,000 nodes (the threshold); inferSettings tunes gravity and slow-down.
 *  Strong gravity keeps the many isolated entities of a news graph near the story instead of on the rim. */
function fa2Settings(order: number) {
  return {
    ...forceAtlas2.inferSettings(order),
    barnesHutOptimize: order > 2000,
    adjustSizes: false,
    strongGravityMode: true,
    gravity: 0.3,
  };
}

export function runLayout(graph: ExplorerGraph, options: LayoutOptions = {}): LayoutRun {
  const maxIterations = options.maxIterations ?? 300;
  let stopRequested = false;
  let stopNow: () => void = () => undefined;
  const done = new Promise<LayoutReport>((resolve) => {
    const started = performance.now();
    const settings = fa2Settings(graph.order);
    const report: LayoutReport = { iterations: 0, settled: false, fa2Ms: 0, noverlapMs: 0, barnesHut: settings.barnesHutOptimize };
    if (graph.order < 2) return resolve(report);
    // The worker writes into a copy; the drawn graph receives positions only as often as the renderer can
    // afford: the supervisor asks for the next iteration after the main thread is free again, so a render
    // that costs more than an iteration would otherwise gate the layout.
    const shadow = graph.copy();
    const moves = options.moveOnly;
    if (moves) shadow.updateEachNodeAttributes((id, a) => ({ ...a, fixed: a.fixed || !moves.has(id) }), { attributes: ['fixed'] });
    const pacer = createSyncPacer(options.syncEveryMs);
    let lastSync = performance.now();
    const sync = () => {
      lastSync = performance.now();
      graph.updateEachNodeAttributes(
        (id, a) => {
          if (shadow.hasNode(id) && (!moves || moves.has(id))) {
            a.x = shadow.getNodeAttribute(id, 'x');
            a.y = shadow.getNodeAttribute(id, 'y');
          }
          return a;
        },
        { attributes: ['x', 'y'] },
      );
    };
    const fa2 = new FA2LayoutSupervisor(shadow, { settings });
    const detector = createSettleDetector(DEFAULT_SETTLE);
    const positions = new Float64Array(shadow.order * 2);
    // The supervisor writes every iteration's positions with one updateEachNodeAttributes call.
    const onIteration = () => {
      report.iterations += 1;
      let i = 0;
      shadow.forEachNode((_, a) => {
        positions[i++] = a.x;
        positions[i++] = a.y;
      });
      const settled = detector.push(positions);
      const now = performance.now();
      if (now - lastSync >= pacer.interval(now)) {
        sync();
        pacer.synced();
      }
      options.onIteration?.(report.iterations, detector.lastRatio());
      if (settled) report.settled = true;
      // Deferred: killing inside the supervisor's own message handler would null its matrices mid-call.
      if (settled || report.iterations >= maxIterations || stopRequested) {
        fa2.stop();
        queueMicrotask(finishFa2);
      }
    };
    let finished = false;
    const finishFa2 = () => {
      if (finished) return;
      finished = true;
      shadow.off('eachNodeAttributesUpdated', onIteration);
      fa2.kill();
      report.fa2Ms = performance.now() - started;
      // One sync after noverlap is enough; a stopped layout shows where it got to.
      if (stopRequested) {
        sync();
        return resolve(report);
      }
      runNoverlap(shadow, options.noverlapMs ?? 1500, options.nodeSize ?? (() => 6)).then((ms) => {
        sync();
        report.noverlapMs = ms;
        resolve(report);
      });
    };
    stopNow = finishFa2;
    shadow.on('eachNodeAttributesUpdated', onIteration);
    fa2.start();
  });
  return {
    done,
    stop() {
      stopRequested = true;
      stopNow();
    },
  };
}

/** Removes overlaps in a worker; capped in time because it can oscillate on dense hubs. */
function runNoverlap(graph: ExplorerGraph, capMs: number, nodeSize: (id: string) => number): Promise<number> {
  return new Promise((resolve) => {
    const started = performance.now();
    const scale = graphUnitsPerPixel(graph);
    const layout = new NoverlapLayoutSupervisor(graph, {
      settings: { margin: 5, ratio: 1.2, speed: 3 },
      // Positions are in graph units while sizes are pixels: convert through the drawing's extent.
      inputReducer: (key, attr) => ({ x: attr.x, y: attr.y, size: nodeSize(key) * scale }),
      onConverged: () => finish(),
    });
    let timer = 0;
    const finish = () => {
      window.clearTimeout(timer);
      layout.kill();
      resolve(performance.now() - started);
    };
    timer = window.setTimeout(finish, capMs);
    layout.start();
  });
}

/** Sigma fits the drawing into the viewport, so one screen pixel is roughly extent / ~700 px. */
function graphUnitsPerPixel(graph: ExplorerGraph): number {
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  graph.forEachNode((_, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  return Math.max(maxX - minX, maxY - minY, 1) / 700;
}

/** A sync whose render blocks the main thread longer than this is a long task: stop animating instead. */
const LONG_TASK_MS = 50;

/** Learns what a position sync (and the render it triggers) costs from the gap between iterations, and
 *  spaces syncs so rendering takes about a tenth of the layout's time (at least one sync every 3 s).
 *  When even one render is a long task (software WebGL, huge views), the preview pauses until the layout
 *  ends: a responsive page matters more than watching nodes move. */
function createSyncPacer(fixedMs?: number) {
  let last = 0;
  let plainGap = 0;
  let syncCost = 0;
  let samples = 0;
  let justSynced = false;
  return {
    interval(now: number): number {
      const gap = now - last;
      const first = last === 0;
      last = now;
      // The first gap includes the worker's start-up and the first frame: no sample, no sync yet.
      if (first) return fixedMs ?? Infinity;
      if (justSynced) {
        const cost = Math.max(0, gap - plainGap);
        syncCost = samples ? 0.5 * syncCost + 0.5 * cost : cost;
        samples++;
      } else plainGap = plainGap ? Math.min(gap, 0.8 * plainGap + 0.2 * gap) : gap;
      const measureNext = justSynced;
      justSynced = false;
      if (fixedMs !== undefined) return fixedMs;
      // Right after a sync, skip one: the plain gap between iterations must be measured too.
      if (measureNext) return Infinity;
      if (samples >= 1 && syncCost > LONG_TASK_MS) return Infinity;
      return Math.min(3000, 9 * syncCost);
    },
    synced(): void {
      justSynced = true;
    },
  };
}
