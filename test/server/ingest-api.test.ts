/* Server tests: POST /api/documents — the bearer token, the body limit, idempotence under 100 parallel uploads. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../seed-graph.js';
import { clearGraph } from '../test-database.js';
import { startHarness, type Harness } from './server-harness.js';

const TOKEN = 'test-write-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };
const ARTICLE = [
  'Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum in Ottawa on Tuesday.',
  'The two leaders discussed the USMCA review and steel tariffs imposed by the United States.',
  `Reference ${Date.now()}.`,
].join('\n');

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ writeToken: TOKEN });
  await clearGraph(h.driver, h.database);
  await loadSeeds(h.driver, h.database);
});
afterAll(() => h.close());

const documentCount = async () =>
  (await h.driver.executeQuery('MATCH (d:Document) RETURN count(d) AS n', {}, { database: h.database })).records[0]!.get('n') as number;

describe('the seed graph through the API', () => {
  it('when the seeds are loaded, then search, node details and documents read them', async () => {
    const search = await h.json('/api/search?q=Carney');
    expect(search.body.hits[0].id).toBe('person:mark-carney');
    const node = await h.json('/api/nodes/person:mark-carney');
    expect(node.body.documents.length).toBeGreaterThan(0);
    const docs = await h.json('/api/documents');
    expect(docs.body.total).toBe(5);
    const doc = await h.json(`/api/documents/${docs.body.documents[0].id}`);
    for (const m of doc.body.mentions) expect(doc.body.document.text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('GET /api/graph after writes', () => {
  it('when another writer adds then removes a node, then the overview follows (its cache is keyed by the graph version)', async () => {
    const before = (await h.json('/api/graph')).body.totalNodes as number;
    const write = (cypher: string) => h.driver.executeQuery(cypher, {}, { database: h.database });
    await write("CREATE (:Organization {id: 'org:cache-probe', name: 'Cache Probe'})");
    try {
      // The probe has no relationship: the overview shows it only when isolated entities are asked for.
      const added = (await h.json('/api/graph?isolated=show')).body;
      expect(added.totalNodes).toBe(before + 1);
      expect(added.nodes.some((n: { id: string }) => n.id === 'org:cache-probe')).toBe(true);
    } finally {
      await write("MATCH (n:Organization {id: 'org:cache-probe'}) DELETE n");
    }
    expect((await h.json('/api/graph')).body.totalNodes).toBe(before);
  });
});

describe('POST /api/documents', () => {
  it('when no token is configured, then writes are refused with 403', async () => {
    const open = await startHarness({ writeToken: undefined });
    try {
      const { status, body } = await open.post('/api/documents', { text: ARTICLE }, auth);
      expect(status).toBe(403);
      expect(body.error.code).toBe('writes_disabled');
    } finally {
      await open.close();
    }
  });

  it('when the token is missing or wrong, then 401 and nothing is written', async () => {
    const before = await h.counts();
    expect((await h.post('/api/documents', { text: ARTICLE })).status).toBe(401);
    const wrong = await h.post('/api/documents', { text: ARTICLE }, { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('unauthorized');
    expect(await h.counts()).toEqual(before);
  });

  it('when the body is invalid or over 1 MB, then 400 or 413', async () => {
    expect((await h.post('/api/documents', { title: 'no text' }, auth)).status).toBe(400);
    expect((await h.post('/api/documents', { text: 42 }, auth)).status).toBe(400);
    const big = await h.post('/api/documents', { text: 'word '.repeat(220_000) }, auth);
    expect(big.status).toBe(413);
  });

  it('when a text is uploaded, then it is ingested once and readable; uploading it again creates nothing', async () => {
    const first = await h.post('/api/documents', { text: ARTICLE, title: 'Carney meets Sheinbaum', url: 'https://news.example/a' }, auth);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ created: true });
    expect(first.body.documentId).toMatch(/^[0-9a-f]{64}$/);
    expect(first.body.entities).toBeGreaterThan(0);
    const doc = await h.json(`/api/documents/${first.body.documentId}`);
    expect(doc.body.document.title).toBe('Carney meets Sheinbaum');
    const again = await h.post('/api/documents', { text: ARTICLE }, auth);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ documentId: first.body.documentId, created: false });
  });

  it('when a text is uploaded after the overview was read, then the next overview counts its new document', async () => {
    const overview = async () => (await h.json('/api/graph?types=Country')).body as { nodes: { id: string; degree: number }[] };
    await overview();
    const text = `${ARTICLE}\nOverview edition ${Date.now()}.`;
    expect((await h.post('/api/documents', { text }, auth)).status).toBe(201);
    const fresh = await overview();
    const { records } = await h.driver.executeQuery(
      'MATCH (n:Country) RETURN n.id AS id, COUNT { (n)--() } - COUNT { (n)-[:MENTIONED_IN]->() } AS degree ORDER BY degree DESC, id LIMIT 300',
      {},
      { database: h.database },
    );
    expect(fresh.nodes.map((n) => [n.id, n.degree])).toEqual(records.map((r) => [r.get('id'), Number(r.get('degree'))]));
  });

  it('when a text is uploaded, then its write runs in a session of the server executor, closed afterwards', async () => {
    const before = h.server.context.executor.sessionsOpened;
    const res = await h.post('/api/documents', { text: `${ARTICLE}\nExecutor edition ${Date.now()}.` }, auth);
    expect(res.status).toBe(201);
    expect(h.server.context.executor.sessionsOpened).toBeGreaterThan(before);
    expect(h.server.context.executor.openSessions).toBe(0);
  });

  it('when 100 uploads of one new text arrive in parallel, then exactly one document is created', async () => {
    const text = `${ARTICLE}\nParallel edition ${Date.now()}.`;
    const before = await documentCount();
    const responses = await Promise.all(Array.from({ length: 100 }, () => h.post('/api/documents', { text }, auth)));
    expect(responses.every((r) => r.status === 200 || r.status === 201)).toBe(true);
    expect(responses.filter((r) => r.body.created)).toHaveLength(1);
    expect(new Set(responses.map((r) => r.body.documentId)).size).toBe(1);
    expect(await documentCount()).toBe(before + 1);
    const { records } = await h.driver.executeQuery(
      'MATCH (d:Document {id: $id}) RETURN count(d) AS n',
      { id: responses[0]!.body.documentId },
      { database: h.database },
    );
    expect(records[0]!.get('n')).toBe(1);
    expect(h.server.context.executor.openSessions).toBe(0);
  });
});
