/* Ingest end to end through the real extractor: seeds, idempotence, parallel uploads, dry run. */

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestInputs } from '../../ingest/ingest-inputs.js';
import { readPaths } from '../../ingest/read/read-paths.js';
import type { SourceInput } from '../../ingest/source-input.js';
import { loadSeeds } from '../seed-graph.js';
import { cleanGraphPerTest, clearGraph } from '../test-database.js';
import { fingerprint, graphCounts, query } from './graph-queries.js';

const { driver, database } = cleanGraphPerTest();

const UPLOAD = {
  text: 'Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum in Mexico City on Thursday. Carney said Canada and Mexico would deepen trade.',
  title: 'Upload',
  source: 'upload',
  publishedAt: '2025-09-18',
};

describe('ingestInputs', () => {
  it('when the seeds are loaded twice, then the second run adds nothing and counts them as already ingested', async () => {
    const first = await loadSeeds(driver, database);
    expect(first.documents).toMatchObject({ read: 5, new: 5, alreadyIngested: 0, rejected: 0, failed: 0 });
    expect(first.entities.created).toBeGreaterThan(10);
    const before = await fingerprint(driver, database);
    const second = await loadSeeds(driver, database);
    expect(second.documents).toMatchObject({ read: 5, new: 0, alreadyIngested: 5 });
    expect(second.entities).toEqual({ created: 0, updated: 0, resolved: 0 });
    expect(second.relations).toEqual({ created: 0, updated: 0 });
    expect(await fingerprint(driver, database)).toEqual(before);
    const [docs] = await query<{ n: number }>(driver, database, 'MATCH (d:Document) RETURN count(d) AS n');
    expect(docs!.n).toBe(5);
  });

  it('when every node is loaded from the seeds, then each has a MENTIONED_IN edge with offsets inside its document', async () => {
    await loadSeeds(driver, database);
    const orphans = await query(
      driver,
      database,
      'MATCH (n) WHERE NOT n:Document AND NOT (n)-[:MENTIONED_IN]->(:Document) RETURN n.id AS id',
    );
    expect(orphans).toEqual([]);
    const rows = await query<{ text: string; offsets: number[]; name: string; aliases: string[] }>(
      driver,
      database,
      'MATCH (n)-[m:MENTIONED_IN]->(d:Document) WHERE size(m.offsets) > 0 RETURN d.text AS text, m.offsets AS offsets, n.name AS name, n.aliases AS aliases LIMIT 50',
    );
    for (const row of rows) {
      for (let i = 0; i < row.offsets.length; i += 2) {
        expect(row.offsets[i]!).toBeLessThan(row.offsets[i + 1]!);
        expect(row.offsets[i + 1]!).toBeLessThanOrEqual(row.text.length);
      }
    }
  });

  it('when 100 uploads of the same text run in parallel, then there is one Document and the graph equals a single upload', async () => {
    await ingestInputs(driver, database, [UPLOAD]);
    const single = await fingerprint(driver, database);
    await clearGraph(driver, database);
    const results = await Promise.all(Array.from({ length: 100 }, () => ingestInputs(driver, database, [UPLOAD])));
    expect(results.filter((r) => r.documents.new === 1)).toHaveLength(1);
    expect(results.filter((r) => r.documents.alreadyIngested === 1)).toHaveLength(99);
    expect(results.every((r) => r.failed.length === 0)).toBe(true);
    expect(await fingerprint(driver, database)).toEqual(single);
  });

  it('when run as a dry run, then the summary reports the documents as new and nothing is written', async () => {
    const summary = await ingestInputs(driver, database, [UPLOAD], { dryRun: true });
    expect(summary.dryRun).toBe(true);
    expect(summary.documents).toMatchObject({ read: 1, new: 1 });
    expect(summary.entities.created).toBeGreaterThan(0);
    expect(await graphCounts(driver, database)).toEqual({ nodes: 0, relationships: 0, byType: {} });
  });

  it('when an input is blank, then it is rejected and the others are ingested', async () => {
    const summary = await ingestInputs(driver, database, [{ text: '  \n ', source: 'blank' }, UPLOAD]);
    expect(summary.rejected).toEqual([{ source: 'blank', reason: 'empty text' }]);
    expect(summary.documents).toMatchObject({ read: 2, new: 1, rejected: 1 });
  });

  it('when progress is observed, then it ends at the number of inputs', async () => {
    const seen: [number, number][] = [];
    await ingestInputs(driver, database, [UPLOAD, { ...UPLOAD, text: `${UPLOAD.text} More.` }], {
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(seen.at(-1)).toEqual([2, 2]);
  });

  it('when a corpus is streamed through 2 worker threads, then the graph equals the one extracted in this thread', async () => {
    const { inputs: texts } = await readPaths(['seeds', 'test/extraction/articles/*.txt'], {
      baseDir: fileURLToPath(new URL('../..', import.meta.url)),
    });
    // Each text twice (the second a new document), so the pool starts (≥ 32 inputs) and chunks span documents.
    const corpus: SourceInput[] = [
      ...texts,
      ...texts.map((t) => ({ ...t, text: `${t.text}\n\nReporting by the newsroom.`, source: `${t.source}#2` })),
    ];
    expect(corpus.length).toBeGreaterThanOrEqual(32);
    async function* stream(): AsyncGenerator<SourceInput> {
      yield* corpus;
    }
    const threaded = await ingestInputs(driver, database, stream(), { workers: 2, chunkSize: 8 });
    expect(threaded.documents).toMatchObject({ read: corpus.length, new: corpus.length, rejected: 0, failed: 0 });
    const withWorkers = await fingerprint(driver, database);
    await clearGraph(driver, database);
    const inProcess = await ingestInputs(driver, database, corpus, { workers: 1, chunkSize: 8 });
    expect(inProcess.documents).toEqual(threaded.documents);
    expect(inProcess.results).toEqual(threaded.results);
    expect(await fingerprint(driver, database)).toEqual(withWorkers);
  }, 180_000);
});
