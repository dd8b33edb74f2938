/* The extraction worker pool gives exactly what extraction in this thread gives, whatever the thread count. */

import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../ontology/extraction-result.js';
import { extractInProcess, type ExtractOutcome } from './extract-outcomes.js';
import { createExtractPool, type ExtractPool } from './extract-pool.js';
import { extractStream } from './extract-stream.js';
import { readPaths } from './read/read-paths.js';
import type { SourceInput } from './source-input.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const { inputs: texts } = await readPaths(['seeds', 'test/extraction/articles/*.txt'], { baseDir: REPO });
const INPUTS: SourceInput[] = [
  ...texts,
  {
    text: 'Brazilian President Anna Costa met Japanese Prime Minister Kenji Tanaka in Tokyo on Monday.',
    source: 'short',
    publishedAt: '2024-05-06',
  },
];

const byDocument = (outcomes: ExtractOutcome[]): ExtractionResult[] =>
  outcomes.map((o) => o.result!).sort((a, b) => (a.documents[0]!.id < b.documents[0]!.id ? -1 : 1));

const pools: ExtractPool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

async function throughPool(workers: number): Promise<ExtractOutcome[]> {
  const pool = createExtractPool(workers, { threads: true });
  pools.push(pool);
  // Several tasks at once, so every thread gets some and they finish in any order.
  const tasks: Promise<ExtractOutcome[]>[] = [];
  for (let i = 0; i < INPUTS.length; i += 3) tasks.push(pool.extract(INPUTS.slice(i, i + 3)));
  return (await Promise.all(tasks)).flat();
}

describe('extraction worker pool', () => {
  it('when the same inputs go through 1 worker thread, 2 worker threads and this thread, then the results are deep-equal', async () => {
    expect(INPUTS.length).toBeGreaterThan(15);
    const inProcess = extractInProcess(INPUTS);
    expect(inProcess.every((o) => o.result)).toBe(true);
    const [one, two] = await Promise.all([throughPool(1), throughPool(2)]);
    expect(byDocument(one)).toEqual(byDocument(inProcess));
    expect(byDocument(two)).toEqual(byDocument(inProcess));
    // Each task's outcomes come back in its own input order too.
    expect(two.map((o) => o.result!.documents[0]!.source)).toEqual(INPUTS.map((i) => i.source));
  }, 120_000);

  it('when a stream is extracted on 2 workers, then its outcomes come back in input order, rejected inputs skipped', async () => {
    async function* stream(): AsyncGenerator<SourceInput> {
      yield { text: '   ', source: 'blank' };
      yield* INPUTS;
    }
    const seen: string[] = [];
    for await (const part of extractStream(stream(), {
      workers: 2,
      taskSize: 2,
      maxInFlight: 6,
      minForPool: 0,
      accept: (input) => input.text.trim() !== '',
    })) {
      for (const item of part) {
        expect(item.outcome.result?.documents[0]!.source).toBe(item.input.source);
        seen.push(`${item.index}:${item.input.source}`);
      }
    }
    expect(seen).toEqual(INPUTS.map((input, i) => `${i + 1}:${input.source}`));
  }, 120_000);

  it('when every worker stops before finishing a task, then the pool stops replacing them and says why', async () => {
    // A heap far too small for the worker's code: each thread dies while loading it.
    const pool = createExtractPool(2, { threads: true, resourceLimits: { maxOldGenerationSizeMb: 1, maxYoungGenerationSizeMb: 1 } });
    pools.push(pool);
    const tasks = [0, 1, 2, 3, 4, 5].map(() =>
      pool.extract(INPUTS.slice(0, 1)).then(
        () => 'extracted',
        (error: Error) => error.message,
      ),
    );
    const messages = await Promise.all(tasks);
    expect(messages.some((m) => m.startsWith('extraction workers keep stopping before finishing a task'))).toBe(true);
    await expect(pool.extract(INPUTS.slice(0, 1))).rejects.toThrow('extraction workers keep stopping before finishing a task');
  }, 120_000);

  it('when a long stream is extracted with room for many results, then inputs are read only a few tasks ahead of the workers', async () => {
    const corpus = [...INPUTS, ...INPUTS, ...INPUTS].map((input, i) => ({ ...input, source: `${i}:${input.source}` }));
    let read = 0;
    async function* stream(): AsyncGenerator<SourceInput> {
      for (const input of corpus) {
        read++;
        yield input;
      }
    }
    let readAtFirst = 0;
    let taken = 0;
    for await (const part of extractStream(stream(), { workers: 2, taskSize: 2, maxInFlight: 1000, minForPool: 0 })) {
      readAtFirst ||= read;
      taken += part.length;
    }
    // Two tasks per worker (one running, one waiting) and those submitted as the first ones finished
    // before the consumer resumed (a few more on a loaded machine): far from the whole corpus, which
    // the room for results would allow.
    expect(readAtFirst).toBeGreaterThan(0);
    expect(readAtFirst).toBeLessThanOrEqual(corpus.length / 2);
    expect(taken).toBe(corpus.length);
  }, 120_000);

  it('when reading the stream fails, then the outcomes read before it come out and then the error', async () => {
    async function* stream(): AsyncGenerator<SourceInput> {
      yield* INPUTS.slice(0, 4);
      throw new Error('the feed went away');
    }
    const seen: string[] = [];
    const run = async (): Promise<void> => {
      for await (const part of extractStream(stream(), { workers: 2, taskSize: 2, minForPool: 0 }))
        for (const item of part) seen.push(item.input.source!);
    };
    await expect(run()).rejects.toThrow('the feed went away');
    expect(seen).toEqual(INPUTS.slice(0, 4).map((i) => i.source));
  }, 120_000);
});
