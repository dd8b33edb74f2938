/* Server tests: curation on a real Neo4j — tokens, merge (validation, parallel requests on two servers),
   review (hidden unless include=rejected), decisions outliving ingest and re-extraction, undo, the queue. */

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reextractDocuments } from '../../ingest/reextract-documents.js';
import { removeDocument } from '../../ingest/remove-document.js';
import { relationId } from '../../ontology/ids.js';
import { clearGraph } from '../test-database.js';
import { startHarness, type Harness } from './server-harness.js';

const ALICE = 'alice-token-0123456789';
const BOB = 'bob-token-0123456789';
const alice = { authorization: `Bearer ${ALICE}` };
const bob = { authorization: `Bearer ${BOB}` };

const LISBON =
  'Portuguese Prime Minister Ana Costa met Brazilian President Joao Silva in Lisbon on Tuesday. Portugal imposed a 20% tariff on Brazilian steel.';
// A misspelt surname too short for a spelling variant: resolution at load keeps it apart, an analyst may merge it.
const MADRID = 'Brazilian President Joao Sylva visited Madrid on Friday. Ana Costa met Joao Sylva in Madrid.';
const PARIS = 'Joao Sylva visited Paris on Monday.';
const PEDRO = 'Brazilian Foreign Minister Pedro Silva visited Porto on Thursday. Ana Costa met Pedro Silva in Porto.';
const SURNAME_ONLY = 'Brazilian President Silva visited Lisbon on Saturday. Ana Costa met President Silva in Lisbon.';
const PORTO = 'Portuguese Prime Minister Ana Costa held talks with Brazilian President Joao Silva in Porto on Wednesday.';

const SILVA = 'person:joao-silva';
const P_SILVA = 'person:joao-sylva';
const COSTA = 'person:ana-costa';
const PEDRO_SILVA = 'person:pedro-silva';
const BARE_SILVA = 'person:silva';

let h: Harness;
let h2: Harness;

const ingest = (text: string) => h.post('/api/documents', { text, source: `test-${text.slice(0, 12)}` }, alice);
const send = (method: string, path: string, body: unknown, headers: Record<string, string> = alice) => h.send(method, path, body, headers);
const rows = <T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> => h.rows<T>(cypher, params);

/** type → other end ids of an entity's relationships (mentions left out). */
async function relationsOf(id: string): Promise<string[]> {
  const found = await rows<{ t: string }>(
    `MATCH (n {id: $id})-[r]-(o) WHERE type(r) <> 'MENTIONED_IN' RETURN type(r) + ' ' + o.id AS t ORDER BY t`,
    { id },
  );
  return found.map((r) => r.t);
}

beforeAll(async () => {
  h = await startHarness({
    editorTokens: [
      { user: 'alice', token: ALICE },
      { user: 'bob', token: BOB },
    ],
  });
  h2 = await startHarness({
    editorTokens: [
      { user: 'alice', token: ALICE },
      { user: 'bob', token: BOB },
    ],
  });
});
afterAll(async () => {
  await h.close();
  await h2.close();
});
beforeEach(async () => {
  await clearGraph(h.driver, h.database);
  expect((await ingest(LISBON)).status).toBe(201);
  expect((await ingest(MADRID)).status).toBe(201);
});

describe('tokens', () => {
  it('when a curation write has no token or a wrong one, then 401; with no editor configured, 403', async () => {
    expect((await send('POST', '/api/entities/merge', { into: SILVA, from: [P_SILVA] }, {})).status).toBe(401);
    expect((await send('POST', '/api/entities/merge', { into: SILVA, from: [P_SILVA] }, { authorization: 'Bearer nope' })).status).toBe(
      401,
    );
    expect((await send('PATCH', `/api/entities/${SILVA}`, { name: 'X' }, {})).status).toBe(401);
    const closed = await startHarness({ writeToken: undefined, editorTokens: [] });
    try {
      const res = await closed.post('/api/entities/keep-apart', { ids: [SILVA, P_SILVA] }, alice);
      expect(res.status).toBe(403);
    } finally {
      await closed.close();
    }
    expect((await rows('MATCH (d:Decision) RETURN d')).length).toBe(0);
  });

  it('when reader tokens are set, then every read needs a reader or editor token (health stays open) and the write token acts as user editor', async () => {
    const guarded = await startHarness({ readTokens: [{ user: 'team', token: 'team-token-123' }], writeToken: 'single-write-token' });
    try {
      expect((await guarded.get('/api/stats')).status).toBe(401);
      expect((await guarded.get('/api/stats', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
      expect((await guarded.get('/api/stats', { headers: { authorization: 'Bearer team-token-123' } })).status).toBe(200);
      expect((await guarded.get('/api/stats', { headers: { authorization: 'Bearer single-write-token' } })).status).toBe(200);
      expect((await guarded.get('/api/health')).status).toBe(200);
      const reader = await guarded.post('/api/entities/keep-apart', { ids: [SILVA, P_SILVA] }, { authorization: 'Bearer team-token-123' });
      expect(reader.status).toBe(403);
      expect(reader.body.error.code).toBe('read_only_token');
      const editor = await guarded.post(
        '/api/entities/keep-apart',
        { ids: [SILVA, P_SILVA] },
        { authorization: 'Bearer single-write-token' },
      );
      expect(editor.status).toBe(200);
      expect(editor.body.decision.by).toBe('editor');
    } finally {
      await guarded.close();
    }
  });
});

describe('merge', () => {
  it('when merging into itself, an unknown id or another type without saying so, then 4xx with a message and nothing changes', async () => {
    const self = await send('POST', '/api/entities/merge', { into: SILVA, from: [SILVA] });
    expect(self.status).toBe(400);
    expect(self.body.error.message).toMatch(/itself/);
    const unknown = await send('POST', '/api/entities/merge', { into: SILVA, from: ['person:nobody-here'] });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(/person:nobody-here/);
    const typed = await send('POST', '/api/entities/merge', { into: SILVA, from: ['country:BR'] });
    expect(typed.status).toBe(400);
    expect(typed.body.error.message).toMatch(/allowTypeChange/);
    expect((await rows('MATCH (d:Decision) RETURN d')).length).toBe(0);
  });

  it('when two people are merged, then one node keeps every relationship and alias; a new article naming the merged-away one and a re-extraction land on it; undo restores both', async () => {
    const before = await relationsOf(P_SILVA);
    const merged = await send('POST', '/api/entities/merge', { into: SILVA, from: [P_SILVA] });
    expect(merged.status).toBe(200);
    expect(merged.body.decision).toMatchObject({ kind: 'merge', by: 'alice', undone: false, payload: { into: SILVA, from: [P_SILVA] } });
    expect(merged.body.entity.aliases).toContain('Joao Sylva');
    const gone = await h.json(`/api/nodes/${P_SILVA}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toContain(`merged into ${SILVA}`);
    const expected = ['HOLDS_OFFICE country:BR', `MET_WITH ${COSTA}`, 'VISITED place:lisbon', 'VISITED place:madrid'];
    expect(await relationsOf(SILVA)).toEqual(expected);
    // The two MET_WITH edges became one with both sentences and both documents.
    const [met] = await rows<{ evidence: string[]; docIds: string[] }>(
      `MATCH (:Person {id: $a})-[r:MET_WITH]-(:Person {id: $b}) RETURN r.evidence AS evidence, r.docIds AS docIds`,
      { a: COSTA, b: SILVA },
    );
    expect(met!.evidence).toHaveLength(2);
    expect(met!.docIds).toHaveLength(2);
    expect((await rows(`MATCH (:Person {id: $id})-[m:MENTIONED_IN]->() RETURN m`, { id: SILVA })).length).toBe(2);

    expect((await ingest(PARIS)).status).toBe(201);
    expect(await relationsOf(SILVA)).toEqual([...expected, 'VISITED place:paris'].sort());
    const summary = await reextractDocuments(h.driver, h.database);
    expect(summary.documents.failed).toBe(0);
    expect((await rows('MATCH (n:Person {id: $id}) RETURN n', { id: P_SILVA })).length).toBe(0);
    expect(await relationsOf(SILVA)).toEqual([...expected, 'VISITED place:paris'].sort());

    const undo = await send('POST', `/api/decisions/${merged.body.decision.id}/undo`, undefined, bob);
    expect(undo.status).toBe(200);
    expect(undo.body.decision).toMatchObject({ undone: true, undoneBy: 'bob' });
    expect(await relationsOf(P_SILVA)).toEqual(before);
    expect((await h.json(`/api/nodes/${P_SILVA}`)).body.node.name).toBe('Joao Sylva');
    expect(await relationsOf(SILVA)).toEqual([
      'HOLDS_OFFICE country:BR',
      `MET_WITH ${COSTA}`,
      'VISITED place:lisbon',
      'VISITED place:paris',
    ]);
    expect((await send('POST', `/api/decisions/${merged.body.decision.id}/undo`, undefined)).status).toBe(409);
  });

  it('when several analysts merge the same pair at once on two servers, then one merge, one decision and no relationship lost', async () => {
    const request = (server: Harness, headers: Record<string, string>) =>
      server.post('/api/entities/merge', { into: SILVA, from: [P_SILVA] }, headers);
    const results = await Promise.all([request(h, alice), request(h2, bob), request(h, bob), request(h2, alice)]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 200)) expect(r.status).toBe(409);
    expect((await rows('MATCH (d:Decision) RETURN d')).length).toBe(1);
    expect(await relationsOf(SILVA)).toEqual([
      'HOLDS_OFFICE country:BR',
      `MET_WITH ${COSTA}`,
      'VISITED place:lisbon',
      'VISITED place:madrid',
    ]);
  });
});

describe('review', () => {
  it('when an edge is rejected, then every read hides it unless include=rejected; a second article and a re-extraction keep it rejected with the new evidence; undo restores it', async () => {
    const id = relationId('MET_WITH', COSTA, SILVA);
    const rejected = await send('POST', `/api/relations/${id}/review`, { verdict: 'rejected', note: 'misread' }, bob);
    expect(rejected.status).toBe(200);
    expect(rejected.body.edge.review).toBe('rejected');
    expect(rejected.body.decision).toMatchObject({ kind: 'review', by: 'bob', payload: { verdict: 'rejected', relationId: id } });

    const edgeIds = (body: { edges: { id: string }[] }) => body.edges.map((e) => e.id);
    expect(edgeIds((await h.json(`/api/nodes/${COSTA}/neighbors`)).body)).not.toContain(id);
    expect(edgeIds((await h.json(`/api/nodes/${COSTA}/neighbors?include=rejected`)).body)).toContain(id);
    expect(edgeIds((await h.json('/api/graph')).body)).not.toContain(id);
    expect(edgeIds((await h.json('/api/graph?include=rejected')).body)).toContain(id);
    expect((await h.json(`/api/relations/${id}`)).status).toBe(404);
    expect((await h.json(`/api/relations/${id}?include=rejected`)).body.edge.review).toBe('rejected');
    const paths = (await h.json(`/api/paths?from=${COSTA}&to=${SILVA}&maxHops=1`)).body;
    expect(paths.paths).toHaveLength(0);
    const exported = JSON.parse(await (await h.get('/api/export?format=json&scope=all')).text());
    expect(JSON.stringify(exported)).not.toContain(id);
    const withRejected = await (await h.get('/api/export?format=cypher&scope=all&include=rejected')).text();
    expect(withRejected).toContain(id);
    const script = await (await h.get('/api/export?format=cypher&scope=all')).text();
    expect(script).not.toContain(id);

    expect((await ingest(PORTO)).status).toBe(201);
    const evidence = async () =>
      (
        await rows<{ e: string[]; review: string }>('MATCH ()-[r:MET_WITH {id: $id}]->() RETURN r.evidence AS e, r.review AS review', {
          id,
        })
      )[0]!;
    expect((await evidence()).review).toBe('rejected');
    expect((await evidence()).e).toHaveLength(2);
    await reextractDocuments(h.driver, h.database);
    expect((await evidence()).review).toBe('rejected');
    expect((await evidence()).e).toHaveLength(2);

    const undo = await send('POST', `/api/decisions/${rejected.body.decision.id}/undo`, undefined);
    expect(undo.status).toBe(200);
    expect((await h.json(`/api/relations/${id}`)).body.edge.review).toBeNull();
  });
});

describe('remove', () => {
  it('when the only document of a rejected edge is removed and ingested again, then the edge is still rejected', async () => {
    const id = relationId('MET_WITH', COSTA, P_SILVA);
    expect((await send('POST', `/api/relations/${id}/review`, { verdict: 'rejected' })).status).toBe(200);
    const [doc] = await rows<{ id: string }>('MATCH ()-[r:MET_WITH {id: $id}]->() RETURN r.docIds[0] AS id', { id });
    const removed = await removeDocument(h.driver, h.database, doc!.id);
    expect(removed.removed).toBe(true);
    expect((await ingest(MADRID)).status).toBe(201);
    const [rel] = await rows<{ review: string; evidence: string[] }>(
      'MATCH ()-[r:MET_WITH {id: $id}]->() RETURN r.review AS review, r.evidence AS evidence',
      { id },
    );
    expect(rel).toEqual({ review: 'rejected', evidence: ['Ana Costa met Joao Sylva in Madrid.'] });
  });
});

describe('edit, keep apart, queue, history', () => {
  it('when an entity is renamed and its aliases edited, then ingest and re-extraction keep the name and do not re-add a removed alias; undo restores them', async () => {
    const edit = await send('PATCH', `/api/entities/${COSTA}`, { name: 'Ana M. Costa', addAliases: ['A. Costa'] });
    expect(edit.status).toBe(200);
    expect(edit.body.entity).toMatchObject({ id: COSTA, name: 'Ana M. Costa' });
    expect(edit.body.entity.aliases).toEqual(expect.arrayContaining(['Ana Costa', 'A. Costa']));
    const drop = await send('PATCH', `/api/entities/${COSTA}`, { removeAliases: ['Ana Costa'] });
    expect(drop.body.entity.aliases).not.toContain('Ana Costa');
    await ingest(PORTO);
    await reextractDocuments(h.driver, h.database);
    const node = (await h.json(`/api/nodes/${COSTA}`)).body.node;
    expect(node.name).toBe('Ana M. Costa');
    expect(node.aliases).not.toContain('Ana Costa');
    // Undo the newest first; the older one then comes back too.
    expect((await send('POST', `/api/decisions/${edit.body.decision.id}/undo`, undefined)).status).toBe(409);
    expect((await send('POST', `/api/decisions/${drop.body.decision.id}/undo`, undefined)).status).toBe(200);
    expect((await send('POST', `/api/decisions/${edit.body.decision.id}/undo`, undefined)).status).toBe(200);
    expect((await h.json(`/api/nodes/${COSTA}`)).body.node.name).toBe('Ana Costa');
  });

  it("when an entity changes type, then it gets the new type's id and its old id resolves to it at ingest", async () => {
    const res = await send('PATCH', '/api/entities/place:madrid', { type: 'Organization' });
    expect(res.status).toBe(200);
    expect(res.body.entity).toMatchObject({ id: 'org:madrid', type: 'Organization', name: 'Madrid' });
    expect((await h.json('/api/nodes/place:madrid')).status).toBe(404);
    await reextractDocuments(h.driver, h.database);
    expect((await h.json('/api/nodes/place:madrid')).status).toBe(404);
    expect((await h.json('/api/nodes/org:madrid')).body.node.degree).toBeGreaterThan(0);
    const undo = await send('POST', `/api/decisions/${res.body.decision.id}/undo`, undefined);
    expect(undo.status).toBe(200);
    expect((await h.json('/api/nodes/org:madrid')).status).toBe(404);
    expect((await h.json('/api/nodes/place:madrid')).body.node).toMatchObject({ type: 'Place', name: 'Madrid' });
  });

  it('when the queue is asked for, then relations come lowest confidence first; a surname alone that two people carry stays apart at load and the queue suggests it, with its reason, until kept apart', async () => {
    const queue = (await h.json('/api/review?kind=relations&limit=50')).body;
    const confidences = queue.items.map((i: { edge: { confidence: number } }) => i.edge.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
    expect(queue.items[0].evidence.length).toBeGreaterThan(0);
    expect(queue.items[0].rules.length).toBeGreaterThan(0);
    await send('POST', `/api/relations/${queue.items[0].edge.id}/review`, { verdict: 'confirmed' });
    const after = (await h.json('/api/review?kind=relations&limit=50')).body;
    expect(after.items.map((i: { edge: { id: string } }) => i.edge.id)).not.toContain(queue.items[0].edge.id);

    // A second Silva, then "President Silva": two people of that surname, so it cannot be told which one it is.
    expect((await ingest(PEDRO)).status).toBe(201);
    expect((await ingest(SURNAME_ONLY)).status).toBe(201);
    expect((await rows('MATCH (n:Person) WHERE n.id IN $ids RETURN n', { ids: [SILVA, PEDRO_SILVA, BARE_SILVA] })).length).toBe(3);
    const isPair = (d: { a: { id: string }; b: { id: string } }, x: string, y: string) =>
      [d.a.id, d.b.id].sort().join() === [x, y].sort().join();
    const dups = (await h.json('/api/review?kind=duplicates')).body;
    expect(dups.kind).toBe('duplicates');
    const pair = dups.items.find((d: { a: { id: string }; b: { id: string } }) => isPair(d, BARE_SILVA, SILVA));
    expect(pair).toBeDefined();
    expect(pair.reasons).toContain('surname alone');
    expect(pair.sharedNeighbors).toBeGreaterThan(0);
    expect(dups.items.find((d: { a: { id: string }; b: { id: string } }) => isPair(d, BARE_SILVA, PEDRO_SILVA))).toBeDefined();
    // Same surname, different given names: evidence against, never suggested.
    expect(dups.items.some((d: { a: { id: string }; b: { id: string } }) => isPair(d, SILVA, PEDRO_SILVA))).toBe(false);
    expect((await send('POST', '/api/entities/keep-apart', { ids: [SILVA, BARE_SILVA] })).status).toBe(200);
    const again = (await h.json('/api/review?kind=duplicates')).body;
    expect(again.items.some((d: { a: { id: string }; b: { id: string } }) => isPair(d, BARE_SILVA, SILVA))).toBe(false);
    expect(again.items.some((d: { a: { id: string }; b: { id: string } }) => isPair(d, BARE_SILVA, PEDRO_SILVA))).toBe(true);

    const history = (await h.json('/api/decisions')).body;
    expect(history.total).toBe(2);
    expect(history.decisions.map((d: { kind: string }) => d.kind)).toEqual(['keep-apart', 'review']);
    expect(history.decisions[0]).not.toHaveProperty('restore');
  });
});
