/*
 * Ingest: a stream of SourceInputs → their extraction outcomes, in input order, with a bounded
 * number of documents in flight (read, sent to a worker, or extracted and not yet taken), so memory
 * stays flat whatever the corpus size. Short streams run in this thread: starting threads would
 * cost more than it saves.
 */

import { createExtractPool } from './extract-pool.js';
import type { ExtractOutcome } from './extract-outcomes.js';
import type { SourceInput } from './source-input.js';

export type InputStream = Iterable<SourceInput> | AsyncIterable<SourceInput>;

/**
 * Inputs per message to a worker, unless `taskSize` says otherwise. 16 against 8 gave 2 workers
 * 4–8 % more docs/s (fewer messages, results and wake-ups per document); 32 was slower again.
 */
export const TASK_SIZE = 16;

/** Tasks per worker submitted and not yet finished: one running, one waiting for it. */
const AHEAD_PER_WORKER = 2;

export interface Extracted {
  input: SourceInput;
  /** Position in the stream (0-based), rejected inputs included. */
  index: number;
  outcome: ExtractOutcome;
}

export interface ExtractStreamOptions {
  /** Extraction threads (default 1: this thread). */
  workers?: number;
  /** Inputs per message to a worker (default TASK_SIZE). */
  taskSize?: number;
  /** Most documents read and not yet taken by the consumer, with worker threads (default 2 × workers × 250); in this thread, one task. */
  maxInFlight?: number;
  /** Below this many inputs the stream is extracted in this thread whatever `workers` says (default 32). */
  minForPool?: number;
  /** Called for every input as it is read; false keeps it out of extraction (e.g. empty text). */
  accept?: (input: SourceInput, index: number) => boolean;
}

function iterate(inputs: InputStream): AsyncIterator<SourceInput> | Iterator<SourceInput> {
  return Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : inputs[Symbol.iterator]();
}

/** Yields the outcomes task by task, in input order; the pool is closed when the stream ends or the consumer stops. */
export async function* extractStream(inputs: InputStream, options: ExtractStreamOptions = {}): AsyncGenerator<Extracted[]> {
  const taskSize = Math.max(1, options.taskSize ?? TASK_SIZE);
  const source = iterate(inputs);
  let index = 0;
  let ended = false;
  /** The next accepted input, or null at the end of the stream. */
  const next = async (): Promise<{ input: SourceInput; index: number } | null> => {
    while (!ended) {
      const step = await source.next();
      if (step.done) {
        ended = true;
        break;
      }
      const at = index++;
      if (options.accept?.(step.value, at) ?? true) return { input: step.value, index: at };
    }
    return null;
  };

  const head: { input: SourceInput; index: number }[] = [];
  const minForPool = options.minForPool ?? 32;
  while (head.length < minForPool) {
    const item = await next();
    if (!item) break;
    head.push(item);
  }
  const pool = createExtractPool(ended ? 1 : (options.workers ?? 1));
  // In this thread, extraction runs only while the consumer waits (one task ahead), so more would only hold memory.
  const maxInFlight = pool.size === 1 ? taskSize : Math.max(taskSize, options.maxInFlight ?? 2 * pool.size * 250);
  const maxTasks = Math.max(1, Math.ceil(maxInFlight / taskSize));
  // Inputs are read only just before a worker needs them (one task running and one waiting per
  // worker): what may pile up, up to maxInFlight, is results the consumer has not taken yet. Read
  // ahead, a thousand inputs would outlive several young-generation collections each, and copying
  // them cost the pool's thread more time than parsing the results.
  const maxUnfinished = AHEAD_PER_WORKER * pool.size;
  /** Extracted and not yet taken by the consumer, in input order. */
  const queue: Promise<Extracted[]>[] = [];
  let unfinished = 0;
  let failure: { error: unknown } | undefined;
  /** The consumer is done (or the stream failed): nothing more is read. */
  let stopped = false;

  const submit = async (): Promise<boolean> => {
    const items = head.splice(0, taskSize);
    while (items.length < taskSize) {
      const item = await next();
      if (!item) break;
      items.push(item);
    }
    if (items.length === 0) return false;
    const inputs = items.map((i) => i.input);
    unfinished++;
    queue.push(
      pool
        .extract(inputs)
        // A worker that died takes its task with it: those inputs fail, the rest go on.
        .catch((error: unknown) => inputs.map((): ExtractOutcome => ({ error: (error as Error)?.message ?? String(error) })))
        .then((outcomes) => {
          unfinished--;
          void pump();
          return items.map((item, i) => ({ ...item, outcome: outcomes[i] ?? { error: 'no result from the extraction worker' } }));
        }),
    );
    return true;
  };

  const room = (): boolean => !stopped && !failure && queue.length < maxTasks && unfinished < maxUnfinished && (head.length > 0 || !ended);
  const fill = async (): Promise<void> => {
    try {
      while (room()) if (!(await submit())) break;
    } catch (error) {
      // Reading the source failed: the consumer gets the error after the outcomes already queued.
      failure = { error };
    }
  };
  /** Reads and submits tasks while there is room; one run at a time, so the source is never read concurrently. */
  let pumping: Promise<void> | undefined;
  const pump = (): Promise<void> => {
    if (pumping || !room()) return pumping ?? Promise.resolve();
    pumping = fill().finally(() => {
      pumping = undefined;
      // Room made while this run was ending (a task finished, the consumer took one).
      void pump();
    });
    return pumping;
  };

  try {
    for (;;) {
      if (queue.length === 0) await pump();
      const first = queue.shift();
      if (!first) {
        if (failure) throw failure.error;
        break;
      }
      const extracted = await first;
      void pump();
      yield extracted;
    }
  } finally {
    stopped = true;
    // Let a read in progress finish and settle what is still queued (nothing is left unobserved), then stop the threads.
    await pumping;
    await Promise.allSettled(queue.splice(0));
    await pool.close();
    if (!ended) await source.return?.();
  }
}
