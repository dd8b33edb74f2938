/* Server tests on a real Neo4j: a merge recounts the sources, outlets, first and last day of every relationship it
   joins (and of the survivor), and its undo recounts them back. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearGraph } from '../test-database.js';
import { startHarness, type Harness } from './server-harness.js';

const TOKEN = 'merge-provenance-token-01';
const auth = { authorization: `Bearer ${TOKEN}` };
const DOCS = [
  { text: 'Norwegian Prime Minister Kari Lund opened the new harbour in Bergen.', publishedAt: '2024-01-05', outlet: 'North Wire' },
  { text: 'Norwegian Prime Minister Kari Berg spoke to fishermen in Tromso.', publishedAt: '2024-03-07', outlet: 'Fjord Post' },
];

let h: Harness;

const rows = async <T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> =>
  (await h.driver.executeQuery(cypher, params, { database: h.database })).records.map((r) => r.toObject() as T);

interface Figures {
  id: string;
  sources: number;
  outlets: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  docs: number;
}
const officeOf = (country: string) =>
  rows<Figures>(
    `MATCH (p:Person)-[r:HOLDS_OFFICE]->(:Country {id: $country})
     RETURN p.id AS id, toInteger(r.sources) AS sources, r.outlets AS outlets, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen,
            size(r.docIds) AS docs ORDER BY id`,
    { country },
  );
const entitySources = (id: string) =>
  rows<{ sources: number; outlets: string[] }>(`MATCH (p {id: $id}) RETURN toInteger(p.sources) AS sources, p.outlets AS outlets`, { id });

beforeAll(async () => {
  h = await startHarness({ editorTokens: [{ user: 'alice', token: TOKEN }] });
  await clearGraph(h.driver, h.database);
  for (const [i, doc] of DOCS.entries()) expect((await h.post('/api/documents', { ...doc, source: `mp/${i}.txt` }, auth)).status).toBe(201);
});
afterAll(async () => {
  await h.close();
});

describe('merge and undo recount provenance', () => {
  it('when two people holding one office are merged, then the joined relationship counts both documents; undo counts each again', async () => {
    const before = await officeOf('country:NO');
    expect(before.map((r) => [r.id, r.sources, r.outlets, r.firstSeen])).toEqual([
      ['person:kari-berg', 1, ['Fjord Post'], '2024-03-07'],
      ['person:kari-lund', 1, ['North Wire'], '2024-01-05'],
    ]);

    const res = await h.post('/api/entities/merge', { into: 'person:kari-lund', from: ['person:kari-berg'] }, auth);
    expect(res.status).toBe(200);
    expect(await officeOf('country:NO')).toEqual([
      {
        id: 'person:kari-lund',
        sources: 2,
        outlets: ['Fjord Post', 'North Wire'],
        firstSeen: '2024-01-05',
        lastSeen: '2024-03-07',
        docs: 2,
      },
    ]);
    expect(await entitySources('person:kari-lund')).toEqual([{ sources: 2, outlets: ['Fjord Post', 'North Wire'] }]);
    const edge = (
      await h.json(
        `/api/relations/${encodeURIComponent((await rows<{ id: string }>('MATCH ()-[r:HOLDS_OFFICE]->() RETURN r.id AS id'))[0]!.id)}`,
      )
    ).body as { edge: { sources: number; outlets: string[] } };
    expect(edge.edge).toMatchObject({ sources: 2, outlets: ['Fjord Post', 'North Wire'] });

    const undo = await h.post(`/api/decisions/${res.body.decision.id}/undo`, {}, auth);
    expect(undo.status).toBe(200);
    expect((await officeOf('country:NO')).map((r) => [r.id, r.sources, r.outlets, r.firstSeen, r.lastSeen])).toEqual([
      ['person:kari-berg', 1, ['Fjord Post'], '2024-03-07', '2024-03-07'],
      ['person:kari-lund', 1, ['North Wire'], '2024-01-05', '2024-01-05'],
    ]);
    expect(await entitySources('person:kari-lund')).toEqual([{ sources: 1, outlets: ['North Wire'] }]);
    expect(await entitySources('person:kari-berg')).toEqual([{ sources: 1, outlets: ['Fjord Post'] }]);
  });
});
