/* Ingest against a real Neo4j: near-duplicates linked and counted once; firstSeen/lastSeen, sources and outlets on
   relationships and entities, kept right by --remove and --reextract. */

import { describe, expect, it } from 'vitest';
import { ingestInputs } from '../../ingest/ingest-inputs.js';
import { DIFFERENT, EDITED, ORIGINAL, RESENT } from '../../ingest/load/duplicate-texts.js';
import { formatSummary } from '../../ingest/cli/format-summary.js';
import { reextractDocuments } from '../../ingest/reextract-documents.js';
import { removeDocument } from '../../ingest/remove-document.js';
import { refreshProvenance } from '../../ingest/load/refresh-provenance.js';
import { cleanGraphPerTest } from '../test-database.js';
import { query } from './graph-queries.js';

const { driver, database } = cleanGraphPerTest();

const INPUTS = [
  { text: ORIGINAL, source: 'wire/original.txt' },
  { text: RESENT, source: 'wire/resent.txt' },
  { text: EDITED, source: 'paper/edited.txt', outlet: 'Daily Ledger' },
  { text: DIFFERENT, source: 'paper/other.txt', outlet: 'Harbour Times', publishedAt: '2024-05-13' },
];

async function ingest(inputs = INPUTS) {
  const summary = await ingestInputs(driver, database, inputs);
  return summary.results.map((r) => r.id);
}

const imposes = async () =>
  (
    await query<{ p: Record<string, unknown> }>(
      driver,
      database,
      "MATCH (:Country {id: 'country:KE'})-[r:IMPOSES]->(:Tariff) RETURN properties(r) AS p",
    )
  )[0]?.p;

describe('near-duplicate documents and sources', () => {
  it('when a story is re-sent and lightly edited, then both copies are DUPLICATE_OF the original, and another article is not', async () => {
    const summary = await ingestInputs(driver, database, INPUTS);
    const [original, resent, edited, different] = summary.results.map((r) => r.id);
    expect(summary.results.map((r) => r.duplicateOf ?? null)).toEqual([null, original, original, null]);
    expect(formatSummary({ ...summary, warnings: [] })).toContain('near-duplicates: 2 new document(s) nearly repeat an older one');
    const links = await query<{ a: string; b: string; sim: number }>(
      driver,
      database,
      'MATCH (a:Document)-[x:DUPLICATE_OF]->(b:Document) RETURN a.id AS a, b.id AS b, x.similarity AS sim',
    );
    expect(links.map((l) => [l.a, l.b]).sort()).toEqual(
      [
        [resent, original],
        [edited, original],
      ].sort(),
    );
    expect(links.every((l) => l.sim >= 0.8)).toBe(true);
    const docs = await query<{ id: string; dup: string | null; outlet: string | null; publishedAt: string | null; minhash: number[] }>(
      driver,
      database,
      'MATCH (d:Document) RETURN d.id AS id, d.duplicateOf AS dup, d.outlet AS outlet, d.publishedAt AS publishedAt, d.minhash AS minhash',
    );
    const byId = new Map(docs.map((d) => [d.id, d]));
    expect(byId.get(different!)).toMatchObject({ dup: null, outlet: 'Harbour Times', publishedAt: '2024-05-13' });
    expect(byId.get(edited!)).toMatchObject({ dup: original, outlet: 'Daily Ledger', publishedAt: '2024-05-12' });
    expect(byId.get(original!)).toMatchObject({ dup: null, outlet: 'Reuters', publishedAt: '2024-05-12' });
    expect(byId.get(original!)!.minhash).toHaveLength(64);
  });

  it('when four documents state a fact and two are copies, then it has two sources, its outlets and its dates', async () => {
    await ingest();
    expect(await imposes()).toMatchObject({
      sources: 2,
      outlets: ['Daily Ledger', 'Harbour Times', 'Reuters'],
      firstSeen: '2024-05-12',
      lastSeen: '2024-05-13',
    });
    const [kenya] = await query<{ p: Record<string, unknown> }>(driver, database, "MATCH (n {id: 'country:KE'}) RETURN properties(n) AS p");
    expect(kenya!.p).toMatchObject({
      sources: 2,
      outlets: ['Daily Ledger', 'Harbour Times', 'Reuters'],
      firstSeen: '2024-05-12',
      lastSeen: '2024-05-13',
    });
  });

  it('when a copy arrives in a later ingest, then it still links to the stored original and adds no source', async () => {
    await ingest([INPUTS[0]!, INPUTS[3]!]);
    expect(await imposes()).toMatchObject({ sources: 2 });
    await ingest([INPUTS[1]!]);
    expect(await imposes()).toMatchObject({ sources: 2, outlets: ['Harbour Times', 'Reuters'] });
    const [n] = await query<{ n: number }>(driver, database, 'MATCH (:Document)-[x:DUPLICATE_OF]->(:Document) RETURN count(x) AS n');
    expect(n!.n).toBe(1);
  });

  it('when documents arrive alone and in batches, copies after their originals, then what the load adds equals a recount', async () => {
    const provenance = async () => ({
      relations: await query(
        driver,
        database,
        'MATCH ()-[r]->() WHERE r.docIds IS NOT NULL RETURN r.id AS id, r.sources AS sources, r.outlets AS outlets, r.firstSeen AS first, r.lastSeen AS last, r.conflict AS conflict ORDER BY id',
      ),
      entities: await query(
        driver,
        database,
        'MATCH (e)-[:MENTIONED_IN]->() RETURN DISTINCT e.id AS id, e.sources AS sources, e.outlets AS outlets ORDER BY id',
      ),
    });
    const later = {
      text: 'Kenya raised its import tariff on Tanzania wheat to 15 percent on Monday, the trade ministry said. Kenya also met Uganda.',
      source: 'paper/later.txt',
      outlet: 'Coast Herald',
      publishedAt: '2024-06-03',
    };
    const again = {
      text: 'Lawmakers in the capital debated farm policy for hours on Tuesday. Kenya raised its import tariff on Tanzania wheat to 15 percent, officials confirmed later.',
      source: 'paper/again.txt',
      outlet: 'Lake Courier',
      publishedAt: '2024-06-05',
    };
    await ingest([INPUTS[3]!]);
    await ingest([INPUTS[0]!, later]);
    await ingest([INPUTS[2]!, INPUTS[1]!]);
    await ingest([again]);
    const loaded = await provenance();
    expect(loaded.relations.length).toBeGreaterThan(3);
    expect(loaded.relations.some((r) => (r.sources as number) >= 2)).toBe(true);
    expect(loaded.relations.every((r) => typeof r.sources === 'number')).toBe(true);
    const [all] = await query<{ rids: string[]; eids: string[] }>(
      driver,
      database,
      'MATCH ()-[r]->() WHERE r.docIds IS NOT NULL WITH collect(elementId(r)) AS rids MATCH (e)-[:MENTIONED_IN]->() RETURN rids, collect(DISTINCT elementId(e)) AS eids',
    );
    const session = driver.session({ database });
    try {
      await session.executeWrite((tx) => refreshProvenance(tx, all!.rids, all!.eids));
    } finally {
      await session.close();
    }
    expect(await provenance()).toEqual(loaded);
  });

  it('when a document is removed or everything re-extracted, then sources, outlets and dates follow', async () => {
    const [, , , different] = await ingest();
    const before = await imposes();
    await reextractDocuments(driver, database);
    expect(await imposes()).toEqual(before);
    await removeDocument(driver, database, different!);
    expect(await imposes()).toMatchObject({
      sources: 1,
      outlets: ['Daily Ledger', 'Reuters'],
      firstSeen: '2024-05-12',
      lastSeen: '2024-05-12',
    });
    const [kenya] = await query<{ p: Record<string, unknown> }>(driver, database, "MATCH (n {id: 'country:KE'}) RETURN properties(n) AS p");
    expect(kenya!.p).toMatchObject({ sources: 1, lastSeen: '2024-05-12' });
  });
});

describe('re-extracting a graph ingested before dates, outlets and signatures were read', () => {
  it('when a stored document lacks them, then re-extraction fills them in and its facts get their dates', async () => {
    const [original] = await ingest([INPUTS[0]!]);
    await driver.executeQuery(
      `MATCH (d:Document) SET d.publishedAt = null, d.outlet = null, d.minhash = null, ${Array.from({ length: 16 }, (_, i) => `d.lsh${i} = null`).join(', ')}
      WITH count(d) AS n MATCH ()-[r]->() WHERE r.docIds IS NOT NULL SET r.firstSeen = null, r.sources = null`,
      {},
      { database },
    );
    await reextractDocuments(driver, database);
    const [doc] = await query<{ p: Record<string, unknown> }>(driver, database, 'MATCH (d:Document {id: $id}) RETURN properties(d) AS p', {
      id: original,
    });
    expect(doc!.p).toMatchObject({ publishedAt: '2024-05-12', outlet: 'Reuters', lsh15: expect.any(String) });
    expect(doc!.p.minhash).toHaveLength(64);
    expect(await imposes()).toMatchObject({ firstSeen: '2024-05-12', sources: 1, outlets: ['Reuters'] });
  });
});
