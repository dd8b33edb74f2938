/* Ingest re-extraction against a real Neo4j: every stored document's extraction is replaced by the
 * current extractor's, one transaction per document; a failing document rolls back alone. */

import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../ontology/extraction-result.js';
import { relationId } from '../../ontology/ids.js';
import { ingestInputs } from '../../ingest/ingest-inputs.js';
import { loadExtraction } from '../../ingest/load/load-extraction.js';
import { reextractDocuments } from '../../ingest/reextract-documents.js';
import { extractDocument } from '../../ingest/extract-documents.js';
import { cleanGraphPerTest, clearGraph } from '../test-database.js';
import { combine, minister, poisoned, summit } from './fixtures.js';
import { fingerprint, query } from './graph-queries.js';

const { driver, database } = cleanGraphPerTest();

const TALKS = {
  title: 'Talks in Lisbon',
  source: 'news/talks.txt',
  publishedAt: '2025-03-04',
  text: 'Portuguese Prime Minister Ana Costa met Brazilian President Joao Silva in Lisbon on Tuesday. Portugal imposed a 20% tariff on Brazilian steel.',
};
const REVIEW = {
  title: 'Trade review',
  source: 'news/review.txt',
  publishedAt: '2025-03-08',
  url: 'https://news.example/review',
  text: 'Brazilian President Joao Silva visited Madrid on Friday. Spain and Brazil signed the Madrid Trade Accord.',
};

/** The fingerprint with list properties sorted: a shared relationship lists its documents in the order they were (re)loaded. */
async function sortedFingerprint(): Promise<unknown> {
  const sortLists = (value: unknown): unknown =>
    Array.isArray(value)
      ? [...value].map(sortLists).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'rels' || k === 'nodes' ? v : sortLists(v)]))
        : value;
  const { nodes, rels } = (await fingerprint(driver, database)) as { nodes: { props: unknown }[]; rels: { props: unknown }[] };
  return { nodes: nodes.map((n) => ({ ...n, props: sortLists(n.props) })), rels: rels.map((r) => ({ ...r, props: sortLists(r.props) })) };
}

async function write(cypher: string, params: Record<string, unknown> = {}): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite((tx) => tx.run(cypher, params));
  } finally {
    await session.close();
  }
}

describe('reextractDocuments', () => {
  it('when the stored graph drifted from what the extractor yields, then re-extraction makes it equal a fresh ingest of the same texts', async () => {
    await ingestInputs(driver, database, [TALKS, REVIEW]);
    const fresh = await sortedFingerprint();
    const talksId = extractDocument(TALKS).documents[0]!.id;
    const [{ n: relations } = { n: 0 }] = await query<{ n: number }>(
      driver,
      database,
      "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONED_IN' RETURN count(r) AS n",
    );
    const stamps = await query(driver, database, 'MATCH (d:Document) RETURN d.id AS id, d.ingestedAt AS at ORDER BY id');

    // An older extractor: one relationship it missed, one it made up, rules since renamed — all only the talks' — and an entity only they mention.
    await write("MATCH (:Person {id: 'person:ana-costa'})-[r:MET_WITH]-() DELETE r");
    await write(
      `MATCH (a:Country {id: 'country:PT'}), (b:Country {id: 'country:BR'}), (d:Document {id: $doc})
       CREATE (a)-[:TRADES_WITH {id: $id, evidence: ['Portugal imposed a 20% tariff on Brazilian steel.'], docIds: [$doc], rules: ['trade.old-rule'], confidence: 0.4}]->(b)
       CREATE (:Organization {id: 'org:bogus', name: 'Bogus', aliases: [], mentionCount: 1})-[:MENTIONED_IN {id: 'rel:bogus', count: 1, sentences: [], offsets: [0, 5]}]->(d)`,
      { doc: talksId, id: relationId('TRADES_WITH', 'country:BR', 'country:PT') },
    );
    await write("MATCH ()-[r:IMPOSES]->() SET r.rules = ['tariff.renamed-long-ago'], r.evidence = ['an old sentence']");
    expect(await sortedFingerprint()).not.toEqual(fresh);

    const progress: number[] = [];
    const summary = await reextractDocuments(driver, database, { batchSize: 1, onProgress: (done) => progress.push(done) });
    expect(summary.documents).toEqual({ total: 2, reextracted: 2, failed: 0 });
    expect(summary.relations).toEqual({ before: relations, after: relations });
    expect(progress).toEqual([1, 2]);
    expect(await sortedFingerprint()).toEqual(fresh);
    // Document nodes are kept, their ingest time included.
    expect(await query(driver, database, 'MATCH (d:Document) RETURN d.id AS id, d.ingestedAt AS at ORDER BY id')).toEqual(stamps);
    const [office] = await query<{ rules: string[] }>(
      driver,
      database,
      "MATCH (:Person {id: 'person:joao-silva'})-[r:HOLDS_OFFICE]->() RETURN r.rules AS rules",
    );
    expect(office!.rules).toEqual(['office.title-names-country']);
  });

  it('when the extractor now yields less, then what only that document supported goes and the graph equals loading the new result', async () => {
    await loadExtraction(driver, database, combine(summit, minister));
    const lessSummit: ExtractionResult = { ...summit, relations: summit.relations.filter((r) => r.type !== 'MET_WITH') };
    await clearGraph(driver, database);
    await loadExtraction(driver, database, combine(lessSummit, minister));
    const expected = await fingerprint(driver, database);
    await clearGraph(driver, database);
    await loadExtraction(driver, database, combine(summit, minister));

    const summary = await reextractDocuments(driver, database, {
      extract: (inputs) => combine(...inputs.map((i) => (i.source === 'fixtures/summit.txt' ? lessSummit : minister))),
    });
    expect(summary.documents).toMatchObject({ reextracted: 2, failed: 0 });
    expect(summary.relations.after).toBe(summary.relations.before - 1);
    const strip = (f: unknown): unknown => JSON.parse(JSON.stringify(f, (k, v) => (k === 'ingestedAt' ? undefined : v)));
    expect(strip(await fingerprint(driver, database))).toEqual(strip(expected));
  });

  it("when one document's new extraction cannot be written, then it rolls back whole, is reported, and the others are re-extracted", async () => {
    const clean: ExtractionResult = structuredClone(poisoned);
    delete clean.entities[0]!.properties.nested;
    await loadExtraction(driver, database, combine(summit, clean));
    await write("MATCH ()-[r:SIGNED]->() SET r.rules = ['signing.stale']");
    const [before] = await query(
      driver,
      database,
      "MATCH (n:Country {id: 'country:BR'})-[m:MENTIONED_IN]->(d) RETURN properties(n) AS n, properties(m) AS m",
    );
    await write('CREATE (:Document {id: $id, title: "No text", source: "fixtures/no-text.txt"})', { id: 'f'.repeat(64) });

    const summary = await reextractDocuments(driver, database, {
      extract: (inputs) => combine(...inputs.map((i) => (i.source === 'fixtures/summit.txt' ? summit : poisoned))),
    });
    expect(summary.documents).toEqual({ total: 3, reextracted: 1, failed: 2 });
    expect(summary.failed.map((f) => [f.source, f.reason]).sort()).toEqual([
      ['fixtures/no-text.txt', 'no stored text to extract from'],
      ['fixtures/poisoned.txt', expect.stringMatching(/Property values can only be of primitive types|Map/i)],
    ]);
    // The failed document's removal rolled back with its write: Brazil is as it was.
    const [after] = await query(
      driver,
      database,
      "MATCH (n:Country {id: 'country:BR'})-[m:MENTIONED_IN]->(d) RETURN properties(n) AS n, properties(m) AS m",
    );
    expect(after).toEqual(before);
    const signed = await query<{ rules: string[] }>(driver, database, 'MATCH ()-[r:SIGNED]->() RETURN r.rules AS rules');
    expect(signed).toEqual([{ rules: ['fixture.hand-written'] }, { rules: ['fixture.hand-written'] }]);
  });
});
