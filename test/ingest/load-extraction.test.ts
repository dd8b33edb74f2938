/* Ingest load against a real Neo4j: storage format, idempotence, evidence merging, rollback, dry run. */

import { describe, expect, it } from 'vitest';
import { relationId } from '../../ontology/ids.js';
import { loadExtraction } from '../../ingest/load/load-extraction.js';
import { cleanGraphPerTest, clearGraph } from '../test-database.js';
import { FOLLOW_UP_SENTENCE, SUMMIT_SENTENCE_1, combine, followUp, minister, poisoned, summit } from './fixtures.js';
import { fingerprint, graphCounts, query } from './graph-queries.js';

const { driver, database } = cleanGraphPerTest();

describe('loadExtraction', () => {
  it('when a document is loaded, then nodes, relationships and MENTIONED_IN follow the storage format', async () => {
    const summary = await loadExtraction(driver, database, summit);
    expect(summary.outcomes).toMatchObject([{ status: 'new', source: 'fixtures/summit.txt', entities: 6, relations: 4 }]);
    expect(summary.entitiesCreated).toBe(6);
    expect(summary.relationsCreated).toBe(4);

    const docId = summit.documents[0]!.id;
    const [doc] = await query<{ d: Record<string, unknown> }>(driver, database, 'MATCH (d:Document) RETURN properties(d) AS d');
    expect(doc!.d).toMatchObject({
      id: docId,
      title: 'Summit',
      source: 'fixtures/summit.txt',
      publishedAt: '2025-09-18',
      text: summit.documents[0]!.text,
    });
    expect(doc!.d.ingestedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(doc!.d).not.toHaveProperty('ingestToken');

    const [carney] = await query<{ labels: string[]; p: Record<string, unknown> }>(
      driver,
      database,
      "MATCH (n {id: 'person:mark-carney'}) RETURN labels(n) AS labels, properties(n) AS p",
    );
    expect(carney!.labels).toEqual(['Person']);
    expect(carney!.p).toEqual({
      id: 'person:mark-carney',
      name: 'Mark Carney',
      aliases: ['Carney'],
      // Resolution keys: the surname, and the given name with the surname's initial.
      nameKey: 'carney',
      shortKey: 'mark c',
      mentionCount: 1,
      firstSeen: '2025-09-18',
      lastSeen: '2025-09-18',
      title: 'Prime Minister',
      sources: 1,
      outlets: [],
    });

    const [office] = await query<{ p: Record<string, unknown> }>(
      driver,
      database,
      "MATCH (:Person {id: 'person:mark-carney'})-[r:HOLDS_OFFICE]->(:Country {id: 'country:CA'}) RETURN properties(r) AS p",
    );
    expect(office!.p).toEqual({
      id: relationId('HOLDS_OFFICE', 'person:mark-carney', 'country:CA'),
      evidence: [SUMMIT_SENTENCE_1],
      docIds: [docId],
      rules: ['office.demonym-title-name'],
      confidence: 0.9,
      title: 'Prime Minister',
      firstSeen: '2025-09-18',
      lastSeen: '2025-09-18',
      sources: 1,
      outlets: [],
      claimProps: ['title'],
      claimScopes: [''],
      claimValues: ['"Prime Minister"'],
      claimDocIds: [docId],
      conflict: false,
    });

    const [met] = await query<{ a: string; b: string }>(driver, database, 'MATCH (a)-[:MET_WITH]->(b) RETURN a.id AS a, b.id AS b');
    expect(met).toEqual({ a: 'person:claudia-sheinbaum', b: 'person:mark-carney' });

    const mentions = await query<{ p: Record<string, unknown> }>(
      driver,
      database,
      "MATCH ({id: 'country:MX'})-[m:MENTIONED_IN]->(:Document) RETURN properties(m) AS p",
    );
    const text = summit.documents[0]!.text!;
    expect(mentions).toHaveLength(1);
    expect(mentions[0]!.p).toMatchObject({ id: relationId('MENTIONED_IN', 'country:MX', docId), count: 3 });
    const offsets = mentions[0]!.p.offsets as number[];
    expect(offsets).toHaveLength(6);
    expect(text.slice(offsets[0], offsets[1])).toBe('Mexican');
    expect(mentions[0]!.p.sentences).toEqual(text.split(/(?<=\.) /));
  });

  it('when the same text is loaded again, then nothing changes and the document counts as already ingested', async () => {
    await loadExtraction(driver, database, combine(summit, minister));
    const before = await fingerprint(driver, database);
    const again = await loadExtraction(driver, database, combine(summit, minister));
    expect(again.outcomes.map((o) => o.status)).toEqual(['existing', 'existing']);
    expect(again.entitiesCreated + again.entitiesUpdated + again.relationsCreated + again.relationsUpdated).toBe(0);
    expect(await fingerprint(driver, database)).toEqual(before);
  });

  it('when a second document states the same fact, then its sentence and id are appended once', async () => {
    await loadExtraction(driver, database, summit);
    const summary = await loadExtraction(driver, database, followUp);
    expect(summary.outcomes[0]!.status).toBe('new');
    expect(summary.relationsCreated).toBe(0);
    expect(summary.relationsUpdated).toBe(2);
    const ids = [summit.documents[0]!.id, followUp.documents[0]!.id];
    const [office] = await query<{ p: Record<string, unknown> }>(
      driver,
      database,
      'MATCH (:Person)-[r:HOLDS_OFFICE]->(:Country) RETURN properties(r) AS p',
    );
    expect(office!.p.evidence).toEqual([SUMMIT_SENTENCE_1, FOLLOW_UP_SENTENCE]);
    expect(office!.p.docIds).toEqual(ids);
    expect(office!.p.rules).toEqual(['office.demonym-title-name', 'office.title-of-country']);
    expect(office!.p.confidence).toBe(0.95);
    const met = await query<{ docIds: string[]; rules: string[] }>(
      driver,
      database,
      'MATCH ()-[r:MET_WITH]-() RETURN DISTINCT r.docIds AS docIds, r.rules AS rules',
    );
    expect(met).toEqual([{ docIds: ids, rules: ['fixture.hand-written'] }]);
    const [carney] = await query<{ p: Record<string, unknown> }>(
      driver,
      database,
      "MATCH (n:Person {id: 'person:mark-carney'}) RETURN properties(n) AS p",
    );
    expect(carney!.p).toMatchObject({ mentionCount: 3, firstSeen: '2025-09-18', lastSeen: '2025-09-19' });
  });

  it('when documents sharing facts load in one transaction, then the graph equals loading them one by one', async () => {
    await loadExtraction(driver, database, summit);
    await loadExtraction(driver, database, followUp);
    await loadExtraction(driver, database, minister);
    const oneByOne = await fingerprint(driver, database);
    await clearGraph(driver, database);
    const together = await loadExtraction(driver, database, combine(summit, followUp, minister));
    expect(together.rowsWritten).toBeLessThan(together.rows);
    expect(await fingerprint(driver, database)).toEqual(oneByOne);
  });

  it('when a minister is loaded, then the node carries both labels and its portfolio', async () => {
    await loadExtraction(driver, database, minister);
    const [row] = await query<{ labels: string[]; portfolio: string }>(
      driver,
      database,
      'MATCH (n:Minister) RETURN labels(n) AS labels, n.portfolio AS portfolio',
    );
    expect(row!.labels.sort()).toEqual(['Minister', 'Person']);
    expect(row!.portfolio).toBe('Agriculture');
  });

  it('when one document of a batch holds a value Neo4j rejects, then it rolls back whole, says why, and the others stay', async () => {
    const summary = await loadExtraction(driver, database, combine(summit, poisoned, minister));
    expect(summary.outcomes.map((o) => [o.source, o.status])).toEqual([
      ['fixtures/summit.txt', 'new'],
      ['fixtures/poisoned.txt', 'failed'],
      ['fixtures/minister.txt', 'new'],
    ]);
    expect(summary.outcomes[1]!.error).toMatch(/Property values can only be of primitive types|Map/i);
    const docs = await query<{ source: string }>(driver, database, 'MATCH (d:Document) RETURN d.source AS source ORDER BY source');
    expect(docs.map((d) => d.source)).toEqual(['fixtures/minister.txt', 'fixtures/summit.txt']);
    const brazil = await query(driver, database, "MATCH (n) WHERE n.id IN ['country:BR', 'country:AR'] RETURN n");
    expect(brazil).toEqual([]);
  });

  it('when run as a dry run, then the summary counts the writes and the graph stays empty', async () => {
    const summary = await loadExtraction(driver, database, combine(summit, followUp), { dryRun: true });
    expect(summary.outcomes.map((o) => o.status)).toEqual(['new', 'new']);
    expect(summary.entitiesCreated).toBeGreaterThan(0);
    expect(await graphCounts(driver, database)).toEqual({ nodes: 0, relationships: 0, byType: {} });
  });

  it('when 100 loads of the same text run in parallel, then there is one Document and each fact once', async () => {
    const results = await Promise.all(Array.from({ length: 100 }, () => loadExtraction(driver, database, summit)));
    const statuses = results.map((r) => r.outcomes[0]!.status);
    expect(statuses.filter((s) => s === 'new')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'existing')).toHaveLength(99);
    const counts = await graphCounts(driver, database);
    expect(counts.nodes).toBe(7);
    expect(counts.byType).toEqual({ HOLDS_OFFICE: 1, MENTIONED_IN: 6, MET_WITH: 1, SIGNED: 2 });
  });
});
