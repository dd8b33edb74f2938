/* Ingest remove-document against a real Neo4j: deletes what only the document supports, trims the rest. */

import { describe, expect, it } from 'vitest';
import { loadExtraction } from '../../ingest/load/load-extraction.js';
import { removeDocument } from '../../ingest/remove-document.js';
import { cleanGraphPerTest } from '../test-database.js';
import { SUMMIT_SENTENCE_1, combine, followUp, summit } from './fixtures.js';
import { fingerprint, graphCounts, query } from './graph-queries.js';

const { driver, database } = cleanGraphPerTest();

describe('removeDocument', () => {
  it('when a document shares facts with another, then its own nodes go and shared relationships are trimmed', async () => {
    await loadExtraction(driver, database, combine(summit, followUp));
    const followUpId = followUp.documents[0]!.id;
    const summitId = summit.documents[0]!.id;
    const summary = await removeDocument(driver, database, followUpId);
    expect(summary).toMatchObject({
      removed: true,
      source: 'fixtures/follow-up.txt',
      entitiesDeleted: 1,
      relationsDeleted: 0,
      relationsTrimmed: 2,
    });

    const ottawa = await query(driver, database, "MATCH (n {id: 'place:ottawa'}) RETURN n");
    expect(ottawa).toEqual([]);
    const [office] = await query<{ evidence: string[]; docIds: string[]; rules: string[] }>(
      driver,
      database,
      'MATCH (:Person)-[r:HOLDS_OFFICE]->(:Country) RETURN r.evidence AS evidence, r.docIds AS docIds, r.rules AS rules',
    );
    // The rules' union stays: which document each rule read is not stored.
    expect(office).toEqual({
      evidence: [SUMMIT_SENTENCE_1],
      docIds: [summitId],
      rules: ['office.demonym-title-name', 'office.title-of-country'],
    });
    const [carney] = await query<{ p: Record<string, unknown> }>(
      driver,
      database,
      "MATCH (n {id: 'person:mark-carney'}) RETURN properties(n) AS p",
    );
    expect(carney!.p).toMatchObject({ mentionCount: 1, firstSeen: '2025-09-18', lastSeen: '2025-09-18' });
    const docs = await query<{ id: string }>(driver, database, 'MATCH (d:Document) RETURN d.id AS id');
    expect(docs).toEqual([{ id: summitId }]);
  });

  it('when a document is removed and ingested again, then the graph is as before', async () => {
    await loadExtraction(driver, database, combine(summit, followUp));
    const before = await fingerprint(driver, database);
    await removeDocument(driver, database, followUp.documents[0]!.id);
    await loadExtraction(driver, database, followUp);
    expect(await fingerprint(driver, database)).toEqual(before);
  });

  it('when the only document is removed, then the graph is empty', async () => {
    await loadExtraction(driver, database, summit);
    const summary = await removeDocument(driver, database, summit.documents[0]!.id);
    expect(summary).toMatchObject({ removed: true, entitiesDeleted: 6, relationsDeleted: 4, relationsTrimmed: 0 });
    expect(await graphCounts(driver, database)).toEqual({ nodes: 0, relationships: 0, byType: {} });
  });

  it('when the id is unknown, then nothing is removed', async () => {
    await loadExtraction(driver, database, summit);
    const summary = await removeDocument(driver, database, 'f'.repeat(64));
    expect(summary.removed).toBe(false);
    expect((await graphCounts(driver, database)).nodes).toBe(7);
  });
});
