/* Server tests: node, neighbour and search answers kept per graph version — served again without the query,
   fresh after any write (this process's or another's), with ETags, and off when NEWSGRAPH_READ_CACHE_MB=0. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relationId } from '../../ontology/ids.js';
import { clearGraph } from '../test-database.js';
import { startHarness, type Harness } from './server-harness.js';

const HOLDER = 'person:orla-vantreck';
const PEOPLE = [
  { id: HOLDER, name: 'Orla Vantreck', aliases: ['Vantreck'] },
  { id: 'person:tamsin-quorrell', name: 'Tamsin Quorrell', aliases: [] },
  { id: 'person:idris-belcastro', name: 'Idris Belcastro', aliases: [] },
];
const ORG = { id: 'org:halvard-shipping-guild', name: 'Halvard Shipping Guild', aliases: [] };

let h: Harness;
let off: Harness;

/** What another process does: a write through its own driver, which this server hears nothing about. */
async function affiliate(personId: string): Promise<void> {
  await h.driver.executeQuery(
    `MATCH (p:Person {id: $p}), (o:Organization {id: $o})
     CREATE (p)-[:AFFILIATED_WITH {id: $id, evidence: ['A sentence.'], docIds: [], confidence: 0.9}]->(o)`,
    { p: personId, o: ORG.id, id: relationId('AFFILIATED_WITH', personId, ORG.id) },
    { database: h.database },
  );
}

beforeAll(async () => {
  h = await startHarness();
  off = await startHarness({ readCacheMiB: 0 });
  await clearGraph(h.driver, h.database);
  await h.driver.executeQuery(
    `UNWIND $people AS p CREATE (n:Person) SET n = p
     WITH count(*) AS _ CREATE (o:Organization) SET o = $org`,
    { people: PEOPLE, org: ORG },
    { database: h.database },
  );
  await affiliate(PEOPLE[1]!.id);
});
afterAll(async () => {
  await off.close();
  await h.close();
});

describe('the read cache', () => {
  it('when a node is asked twice with the graph unchanged, then the second answer is the same bytes and runs no query but the version read', async () => {
    const path = `/api/nodes/${encodeURIComponent(ORG.id)}/neighbors`;
    const first = await h.get(path);
    const firstBody = await first.text();
    const sessions = h.server.context.executor.sessionsOpened;
    const again = await h.get(path);
    expect(await again.text()).toBe(firstBody);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(h.server.context.executor.sessionsOpened - sessions).toBe(1);
  });

  it('when another process adds a relationship, then the next neighbour and node answers show it', async () => {
    const neighbours = async () =>
      (await h.json(`/api/nodes/${encodeURIComponent(ORG.id)}/neighbors`)).body as { nodes: { id: string }[]; total: number };
    const before = await neighbours();
    expect(before.nodes.map((n) => n.id)).not.toContain(HOLDER);
    const nodeBefore = (await h.json(`/api/nodes/${encodeURIComponent(HOLDER)}`)).body;
    expect(nodeBefore.node.degree).toBe(0);

    await affiliate(HOLDER);

    const after = await neighbours();
    expect(after.total).toBe(before.total + 1);
    expect(after.nodes.map((n) => n.id)).toContain(HOLDER);
    expect((await h.json(`/api/nodes/${encodeURIComponent(HOLDER)}`)).body.node.degree).toBe(1);
  });

  it('when another process adds an entity, then a search that found nothing finds it', async () => {
    const search = async () => ((await h.json('/api/search?q=wenlock')).body as { hits: { id: string }[] }).hits.map((x) => x.id);
    expect(await search()).toEqual([]);
    await h.driver.executeQuery(
      `CREATE (:Person {id: 'person:bryn-wenlock', name: 'Bryn Wenlock', aliases: []})`,
      {},
      { database: h.database },
    );
    await h.driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: h.database });
    // The full-text index is eventually consistent: give it a moment to see the new node.
    await expect.poll(search, { timeout: 10_000, interval: 200 }).toEqual(['person:bryn-wenlock']);
  });

  it('when the ETag of a cached node answer is sent back, then 304 with no body', async () => {
    const path = `/api/nodes/${encodeURIComponent(HOLDER)}`;
    const first = await h.get(path);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^(W\/)?"[\w-]+"$/);
    const again = await h.get(path, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('when a node is missing, then 404 every time: errors are not cached', async () => {
    expect((await h.json('/api/nodes/person:nobody-here')).status).toBe(404);
    const sessions = h.server.context.executor.sessionsOpened;
    expect((await h.json('/api/nodes/person:nobody-here')).status).toBe(404);
    // The version read, then the lookup again (and where a merged-away id went): nothing was kept.
    expect(h.server.context.executor.sessionsOpened - sessions).toBeGreaterThanOrEqual(2);
    await h.driver.executeQuery(
      `CREATE (:Person {id: 'person:nobody-here', name: 'Nobody Here', aliases: []})`,
      {},
      { database: h.database },
    );
    expect((await h.json('/api/nodes/person:nobody-here')).status).toBe(200);
  });

  it('when the cache is off, then every request queries and answers the same as the cached server', async () => {
    expect(off.server.context.readCache).toBeUndefined();
    const path = `/api/nodes/${encodeURIComponent(ORG.id)}/neighbors`;
    const sessions = off.server.context.executor.sessionsOpened;
    const a = await off.json(path);
    const b = await off.json(path);
    expect(off.server.context.executor.sessionsOpened - sessions).toBe(2);
    expect(b.body).toEqual(a.body);
    expect((await h.json(path)).body).toEqual(a.body);
  });
});
