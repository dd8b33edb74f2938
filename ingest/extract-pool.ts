/*
 * Ingest: extraction on a pool of worker threads. Each worker runs extractDocument (pure, no shared
 * state) on the SourceInputs it is sent and posts the results back; with one worker, extraction runs
 * in this thread instead (no thread start-up, same results).
 */

import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import { extractInProcess, type ExtractOutcome } from './extract-outcomes.js';
import type { SourceInput } from './source-input.js';

export interface ExtractTask {
  id: number;
  inputs: SourceInput[];
}

export interface ExtractTaskDone {
  id: number;
  outcomes: ExtractOutcome[];
}

export interface ExtractPool {
  /** Worker threads (1: extraction runs in this thread). */
  readonly size: number;
  /** One outcome per input, in input order. */
  extract(inputs: SourceInput[]): Promise<ExtractOutcome[]>;
  close(): Promise<void>;
}

/** One worker per core (what the CLI uses when `--workers` is not given). */
export const defaultWorkerCount = (): number => Math.max(1, availableParallelism());

/**
 * The worker's code: extract-worker.ts and everything it imports, bundled by esbuild into one ES
 * module, built once per process and shared by every pool. A worker then loads one module, with no
 * TypeScript loader of its own: a thread starts in about 0.2 s instead of 2.4 s (the loader's hooks
 * thread per worker, and hundreds of module resolutions, are gone), and uses less memory.
 */
let workerModule: string | undefined;
function workerModuleUrl(): string {
  if (workerModule === undefined) {
    const built = buildSync({
      entryPoints: [fileURLToPath(new URL('./extract-worker.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: `node${process.versions.node.split('.')[0]}`,
      write: false,
      logLevel: 'silent',
    });
    workerModule = `data:text/javascript;base64,${Buffer.from(built.outputFiles[0]!.contents).toString('base64')}`;
  }
  return workerModule;
}

interface Pending {
  task: ExtractTask;
  resolve: (outcomes: ExtractOutcome[]) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
  /** It has sent back at least one task's outcomes. */
  proven: boolean;
}

/** Workers dying one after another before any of them finishes a task: the pool gives up instead of respawning forever. */
const MAX_FAILED_STARTS = 3;

export interface PoolOptions {
  /** Use a worker thread even for one worker (default: one worker runs in this thread). */
  threads?: boolean;
  /** Heap limits of each worker thread (Node's defaults when not given). */
  resourceLimits?: ResourceLimits;
}

export function createExtractPool(workers: number = defaultWorkerCount(), options: PoolOptions = {}): ExtractPool {
  const size = Math.max(1, Math.floor(workers));
  if (size === 1 && !options.threads) {
    return {
      size,
      extract: async (inputs) => extractInProcess(inputs),
      close: async () => {},
    };
  }

  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;
  let failedStarts = 0;
  /** Why the pool stopped respawning workers; every task from then on fails with it. */
  let broken: Error | undefined;
  const code = `import(${JSON.stringify(workerModuleUrl())});`;

  const dispatch = (slot: Slot): void => {
    if (slot.current || closed) return;
    const next = queue.shift();
    if (!next) return;
    slot.current = next;
    slot.worker.ref();
    slot.worker.postMessage(next.task);
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(code, { eval: true, resourceLimits: options.resourceLimits }), current: null, proven: false };
    slot.worker.on('message', (json: string) => {
      const done = JSON.parse(json) as ExtractTaskDone;
      const pending = slot.current;
      slot.current = null;
      slot.proven = true;
      failedStarts = 0;
      if (pending && pending.task.id === done.id) pending.resolve(done.outcomes);
      dispatch(slot);
      if (!slot.current) slot.worker.unref();
    });
    const fail = (error: Error): void => {
      const pending = slot.current;
      slot.current = null;
      pending?.reject(error);
      const index = slots.indexOf(slot);
      if (index < 0 || closed || broken) return;
      if (!slot.proven && ++failedStarts >= MAX_FAILED_STARTS) {
        // A worker that cannot even finish one task (its code does not load, its heap limit is too
        // small) would be replaced by another just like it, forever.
        broken = new Error(`extraction workers keep stopping before finishing a task: ${error.message}`);
        for (const waiting of queue.splice(0)) waiting.reject(broken);
        return;
      }
      // A dead worker is replaced, so the rest of the corpus still has its threads.
      slots[index] = spawn();
      dispatch(slots[index]!);
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (!closed && code !== 0) fail(new Error(`extraction worker stopped with exit code ${code}`));
    });
    // Idle workers do not keep the process alive; busy ones do (see dispatch).
    slot.worker.unref();
    return slot;
  };
  for (let i = 0; i < size; i++) slots.push(spawn());

  return {
    size,
    extract(inputs) {
      if (closed) return Promise.reject(new Error('the extraction pool is closed'));
      if (broken) return Promise.reject(broken);
      if (inputs.length === 0) return Promise.resolve([]);
      return new Promise<ExtractOutcome[]>((resolve, reject) => {
        queue.push({ task: { id: nextId++, inputs }, resolve, reject });
        const idle = slots.find((s) => !s.current);
        if (idle) dispatch(idle);
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const pending of queue.splice(0)) pending.reject(new Error('the extraction pool is closed'));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
