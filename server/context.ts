/* Server: what every use case may reach — the executor, the validated config, the database target. */

import type { Config } from '../config/config.js';
import type { GraphExecutor } from './executor.js';
import type { ResponseCache } from './use-cases/response-cache.js';

export interface ServerContext {
  executor: GraphExecutor;
  config: Config;
  target: { uri: string; database: string };
  /** Serialises writes from this process so parallel uploads of one text cannot race. */
  writeQueue: { run<T>(work: () => Promise<T>): Promise<T> };
  /** Ranked overviews by parameters and graph version; this process's writes invalidate it. */
  overviewCache: ResponseCache;
  /** Node, neighbour and search answers by request and graph version (undefined: turned off). */
  readCache: ResponseCache | undefined;
  /** The graph's version, read fresh for each caller but shared by concurrent ones. */
  graphVersion: () => Promise<string>;
}

export function createWriteQueue(): ServerContext['writeQueue'] {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(work: () => Promise<T>): Promise<T> {
      const next = tail.then(work, work);
      tail = next.catch(() => undefined);
      return next;
    },
  };
}

/** After this process writes: cached answers are forgotten at once, not at the next version check. */
export function forgetCachedReads(ctx: ServerContext): void {
  ctx.overviewCache.invalidate();
  ctx.readCache?.invalidate();
}
