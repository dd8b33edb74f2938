/* Server tests: saved views on a real Neo4j — create, list, read, rename, update, delete, tokens and read
   protection, validation, and "what is new since" after a second ingest. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearGraph } from '../test-database.js';
import { startHarness, type Harness } from './server-harness.js';

const EDITOR = 'editor-token-views-0123456789';
const READER = 'reader-token-views-0123456789';
const editor = { authorization: `Bearer ${EDITOR}` };
const reader = { authorization: `Bearer ${READER}` };

const FIRST =
  'Norwegian Prime Minister Erik Dahl met Chilean President Rosa Vidal in Oslo on Tuesday. Norway signed the Fjord Accord with Chile.';
const SECOND = 'Erik Dahl visited Lima on Friday. Rosa Vidal met Erik Dahl in Lima. Norway imposed a 15% tariff on Chilean copper.';

let h: Harness;

const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = editor) =>
  h.send(method, path, body, headers);
const rows = <T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> => h.rows<T>(cypher, params);

beforeAll(async () => {
  h = await startHarness({ editorTokens: [{ user: 'alice', token: EDITOR }], readTokens: [{ user: 'team', token: READER }] });
  await clearGraph(h.driver, h.database);
});
afterAll(() => h?.close());

describe('saved views', () => {
  let viewId = '';
  let savedAt = '';
  let firstDoc = '';
  let viewIds: string[] = [];

  it('when an editor saves the current view, then it is stored in Neo4j with who and when, and reopens identical', async () => {
    const ingested = await send('POST', '/api/documents', { text: FIRST, source: 'views-a', publishedAt: '2025-01-07' });
    expect(ingested.status).toBe(201);
    firstDoc = ingested.body.documentId;
    const overview = await send('GET', '/api/graph', undefined, reader);
    expect(overview.status).toBe(200);
    viewIds = overview.body.nodes.map((n: { id: string }) => n.id);
    expect(viewIds).toContain('person:erik-dahl');
    const positions = Object.fromEntries(viewIds.map((id, i) => [id, { x: i * 1.5, y: 0.25 - i / 3 }]));
    const camera = { x: 0.4, y: 0.6, ratio: 0.8, angle: 0 };
    const state = { link: '?node=person%3Aerik-dahl&expand=person%3Aerik-dahl' };
    const created = await send('POST', '/api/views', { name: '  Dahl and Vidal ', state, positions, camera });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Dahl and Vidal', state, positions, camera, createdBy: 'alice', nodeCount: viewIds.length });
    expect(Date.parse(created.body.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    viewId = created.body.id;
    savedAt = created.body.savedAt;
    const [stored] = await rows<{ n: number }>('MATCH (v:SavedView {id: $id}) RETURN count(v) AS n', { id: viewId });
    expect(Number(stored!.n)).toBe(1);

    const one = await send('GET', `/api/views/${viewId}`, undefined, reader);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(created.body);
    const list = await send('GET', '/api/views', undefined, reader);
    expect(list.body.views).toEqual([
      expect.objectContaining({ id: viewId, name: 'Dahl and Vidal', link: state.link, nodeCount: viewIds.length }),
    ]);
    expect(list.body.views[0].positions).toBeUndefined();

    // The view's graph: exactly its entities, and the relationships among them.
    const graph = await send('GET', `/api/views/${viewId}/graph`, undefined, reader);
    expect(graph.status).toBe(200);
    expect(graph.body.nodes.map((n: { id: string }) => n.id).sort()).toEqual([...viewIds].sort());
    const among = await rows<{ id: string }>(
      'MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids AND NOT r:MENTIONED_IN RETURN r.id AS id',
      { ids: viewIds },
    );
    expect(among.length).toBeGreaterThan(0);
    expect(graph.body.edges.map((e: { id: string }) => e.id).sort()).toEqual(among.map((r) => r.id).sort());
    expect((await send('GET', '/api/views/nope/graph', undefined, reader)).status).toBe(404);
  });

  it('when a view is renamed, then savedAt stays; when its positions change, savedAt moves', async () => {
    const renamed = await send('PUT', `/api/views/${viewId}`, { name: 'Renamed' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Renamed', savedAt, updatedBy: 'alice' });
    expect(renamed.body.updatedAt >= savedAt).toBe(true);
    const moved = { ...renamed.body.positions, 'person:erik-dahl': { x: 99, y: 98 } };
    const updated = await send('PUT', `/api/views/${viewId}`, { positions: moved });
    expect(updated.body.positions['person:erik-dahl']).toEqual({ x: 99, y: 98 });
    expect(updated.body.savedAt > savedAt).toBe(true);
    expect(updated.body.name).toBe('Renamed');
    savedAt = updated.body.savedAt;
  });

  it('when nothing was ingested since the view was saved, then it has no changes', async () => {
    const changes = await send('GET', `/api/views/${viewId}/changes`, undefined, reader);
    expect(changes.status).toBe(200);
    expect(changes.body).toMatchObject({ viewId, since: savedAt, changes: [], nodes: [], newNodeIds: [], truncated: false });
  });

  it('when a second document is ingested, then the view lists exactly the new relationships around it, with evidence', async () => {
    const second = await send('POST', '/api/documents', { text: SECOND, source: 'views-b', publishedAt: '2025-01-10' });
    expect(second.status).toBe(201);
    // Expected from the graph itself: relationships touching a view entity that only the second document states.
    const expected = await rows<{ id: string }>(
      `MATCH (n)-[r]-() WHERE n.id IN $ids AND NOT r:MENTIONED_IN AND NOT $first IN r.docIds RETURN DISTINCT r.id AS id`,
      { ids: viewIds, first: firstDoc },
    );
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const { status, body } = await send('GET', `/api/views/${viewId}/changes`, undefined, reader);
    expect(status).toBe(200);
    expect(body.changes.map((c: { edge: { id: string } }) => c.edge.id).sort()).toEqual(expected.map((e) => e.id).sort());
    // The meeting was known before (the second document only restates it): not new.
    expect(body.changes.some((c: { edge: { type: string } }) => c.edge.type === 'MET_WITH')).toBe(false);
    for (const c of body.changes) {
      expect(c.evidence.length).toBeGreaterThan(0);
      expect(c.documents.map((d: { source: string }) => d.source)).toEqual(['views-b']);
      expect(c.firstIngestedAt > savedAt).toBe(true);
    }
    expect(body.newNodeIds).toContain('place:lima');
    expect(body.newNodeIds).not.toContain('person:erik-dahl');
    expect(body.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining(['place:lima', 'person:erik-dahl']));
    // An explicit `since` before the first ingest sees the first document's relationships as well.
    const all = await send('GET', `/api/views/${viewId}/changes?since=2000-01-01`, undefined, reader);
    expect(all.body.changes.length).toBeGreaterThan(body.changes.length);
    expect(all.body.changes.some((c: { edge: { type: string } }) => c.edge.type === 'MET_WITH')).toBe(true);
    const capped = await send('GET', `/api/views/${viewId}/changes?since=2000-01-01&limit=1`, undefined, reader);
    expect(capped.body).toMatchObject({ truncated: true });
    expect(capped.body.changes).toHaveLength(1);
  });

  it('when tokens are missing or only a reader\u2019s, then reads and writes are refused as read protection says', async () => {
    expect((await send('GET', '/api/views', undefined, {})).status).toBe(401);
    expect((await send('GET', `/api/views/${viewId}`, undefined, {})).status).toBe(401);
    const asReader = await send('POST', '/api/views', { name: 'x', state: { link: '' }, positions: {} }, reader);
    expect(asReader.status).toBe(403);
    expect((await send('DELETE', `/api/views/${viewId}`, undefined, reader)).status).toBe(403);
  });

  it('when a request is malformed, then it is a 400 naming the field, and unknown views are 404', async () => {
    const noName = await send('POST', '/api/views', { state: { link: '' }, positions: {} });
    expect(noName.status).toBe(400);
    expect(noName.body.error.message).toMatch(/name/);
    const badPos = await send('POST', '/api/views', { name: 'x', state: { link: '' }, positions: { a: { x: 'left', y: 0 } } });
    expect(badPos.status).toBe(400);
    expect(badPos.body.error.message).toMatch(/positions/);
    const emptyPut = await send('PUT', `/api/views/${viewId}`, {});
    expect(emptyPut.status).toBe(400);
    const badSince = await send('GET', `/api/views/${viewId}/changes?since=yesterday`, undefined, reader);
    expect(badSince.status).toBe(400);
    expect(badSince.body.error.message).toMatch(/since/);
    expect((await send('GET', '/api/views/nope', undefined, reader)).status).toBe(404);
    expect((await send('PUT', '/api/views/nope', { name: 'y' })).status).toBe(404);
    expect((await send('GET', '/api/views/nope/changes', undefined, reader)).status).toBe(404);
  });

  it('when a view is deleted, then it is gone', async () => {
    const deleted = await send('DELETE', `/api/views/${viewId}`);
    expect(deleted).toEqual({ status: 200, body: { deleted: viewId } });
    expect((await send('GET', `/api/views/${viewId}`, undefined, reader)).status).toBe(404);
    expect((await send('DELETE', `/api/views/${viewId}`)).status).toBe(404);
    expect((await send('GET', '/api/views', undefined, reader)).body.views).toEqual([]);
  });

  it('when the OpenAPI document is read, then it lists the view routes', async () => {
    const { body } = await send('GET', '/api/openapi.json', undefined, reader);
    expect(Object.keys(body.paths['/api/views'])).toEqual(['post', 'get']);
    expect(Object.keys(body.paths['/api/views/{id}'])).toEqual(['get', 'put', 'delete']);
    expect(body.paths['/api/views/{id}/changes'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['id', 'since', 'limit']);
  });
});
