/* Server tests: the exploration endpoints against the fixture graph — happy paths and the caller's mistakes. */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relationId } from '../../ontology/ids.js';
import { clearGraph } from '../test-database.js';
import { DOCS, HUB_FANS, loadFixtureGraph } from './fixture-graph.js';
import { startHarness, type Harness } from './server-harness.js';
import { ENTITY_LABELS } from '../../ontology/labels.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await clearGraph(h.driver, h.database);
  await loadFixtureGraph(h.driver, h.database);
});
afterAll(() => h.close());

describe('GET /api/health and /api/stats', () => {
  it('when the database is up, then health is ok with versions', async () => {
    const { status, body } = await h.json('/api/health');
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.database).toMatchObject({ reachable: true, name: h.database, edition: 'community' });
    expect(body.database.version).toMatch(/^5\./);
    expect(body.versions.node).toBe(process.versions.node);
  });

  it('when stats are asked for, then counts come by label and type with documents and the last ingest', async () => {
    const { body } = await h.json('/api/stats');
    expect(body.nodesByLabel).toMatchObject({ Person: 3 + HUB_FANS, Country: 3, Document: 2 });
    expect(body.nodesByLabel).not.toHaveProperty('Minister');
    expect(body.subLabels).toEqual({ Minister: { of: 'Person', count: 1 } });
    const { records } = await h.driver.executeQuery(
      'MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN count(n) AS n',
      { labels: ENTITY_LABELS },
      { database: h.database },
    );
    expect(body.entities).toBe(records[0]!.get('n'));
    const labelled = Object.values(body.nodesByLabel as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(labelled).toBe(body.entities + body.documents);
    expect(body.relationshipsByType).toMatchObject({ AFFILIATED_WITH: HUB_FANS, PARTY_TO: 3 });
    expect(body.documents).toBe(2);
    expect(body.lastIngest).toBe(DOCS[1]!.ingestedAt);
  });
});

describe('GET /api/search', () => {
  it('when a prefix of a name is given, then that entity ranks first', async () => {
    const { body } = await h.json('/api/search?q=carn');
    expect(body.hits[0]).toMatchObject({ id: 'person:mark-carney', type: 'Person', name: 'Mark Carney' });
    expect(typeof body.hits[0].score).toBe('number');
  });

  it('when an alias is given with a type filter, then the entity behind the alias is found', async () => {
    const { body } = await h.json('/api/search?q=Canadian&types=Country');
    expect(body.hits.map((x: { id: string }) => x.id)).toEqual(['country:CA']);
    const cdmx = await h.json('/api/search?q=CDMX');
    expect(cdmx.body.hits[0].id).toBe('place:mexico-city');
  });

  it('when a name is misspelt, then fuzzy matching still finds it', async () => {
    const { body } = await h.json('/api/search?q=sheinbam');
    expect(body.hits[0].id).toBe('person:claudia-sheinbaum');
  });

  it('when a stub with no relationships carries the exact name too, then the well-connected entity ranks first', async () => {
    const run = (cypher: string) => h.driver.executeQuery(cypher, {}, { database: h.database });
    await run(`CREATE (:Person {id: 'person:mark-carney-stub', name: 'Mark Carney', aliases: []})`);
    try {
      const { body } = await h.json(`/api/search?q=${encodeURIComponent('Mark Carney')}`);
      expect(body.hits.map((x: { id: string }) => x.id).slice(0, 2)).toEqual(['person:mark-carney', 'person:mark-carney-stub']);
      expect(body.hits[0].score).toBeGreaterThan(body.hits[1].score);
    } finally {
      await run(`MATCH (n:Person {id: 'person:mark-carney-stub'}) DELETE n`);
    }
  });

  it('when limit is 1, then one hit comes back', async () => {
    const { body } = await h.json('/api/search?q=fan&limit=1');
    expect(body.hits).toHaveLength(1);
  });

  it('when the text is only Lucene syntax, then the answer is 200 with no error', async () => {
    const { status, body } = await h.json(`/api/search?q=${encodeURIComponent('"(*&^%~:\\/[]{}')}`);
    expect(status).toBe(200);
    expect(Array.isArray(body.hits)).toBe(true);
  });

  it.each([
    ['/api/search'],
    ['/api/search?q='],
    ['/api/search?q=x&limit=0'],
    ['/api/search?q=x&limit=abc'],
    ['/api/search?q=x&types=Bogus'],
  ])('when the query is %s, then 400 invalid_request', async (path) => {
    const { status, body } = await h.json(path);
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_request');
    expect(Object.keys(body.error).sort()).toEqual(['code', 'message']);
  });
});

describe('GET /api/graph', () => {
  it('when asked without parameters, then all entities come back (under the 300 cap) with their degrees', async () => {
    const { body } = await h.json('/api/graph');
    expect(body.totalNodes).toBe(12 + HUB_FANS);
    expect(body.nodes).toHaveLength(12 + HUB_FANS);
    expect(body.truncated).toBe(false);
    expect(body.nodes[0]).toMatchObject({ id: 'org:hub', degree: HUB_FANS });
    expect(body.edges.every((e: { type: string }) => e.type !== 'MENTIONED_IN')).toBe(true);
  });

  it('when limit is 5, then the 5 best-connected nodes and only the edges among them come back', async () => {
    const { body } = await h.json('/api/graph?limit=5');
    expect(body.nodes).toHaveLength(5);
    expect(body.truncated).toBe(true);
    const ids = new Set(body.nodes.map((n: { id: string }) => n.id));
    for (const e of body.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const degrees = body.nodes.map((n: { degree: number }) => n.degree);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
  });

  it('when asked again with the ETag it sent, then 304 with no body; another query gets another ETag', async () => {
    const first = await h.json('/api/graph?limit=7');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^(W\/)?"[\w-]+"$/);
    const again = await h.get(`/api/graph?limit=7`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await h.json('/api/graph?limit=6');
    expect(other.headers.get('etag')).not.toBe(etag);
    expect(other.body.nodes).toHaveLength(6);
  });

  it('when the client accepts gzip, then the body comes compressed with a weak ETag of the same version; identity gets the strong one', async () => {
    const plain = await h.get('/api/graph?limit=8', { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const strong = plain.headers.get('etag')!;
    expect(strong).toMatch(/^"[\w-]+"$/);
    const plainBody = await plain.json();
    expect(plainBody.nodes.length).toBeGreaterThan(0);
    // fetch decodes gzip itself and leaves the header in place.
    const zipped = await h.get('/api/graph?limit=8', { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(zipped.headers.get('etag')).toBe(`W/${strong}`);
    expect(await zipped.json()).toEqual(plainBody);
    const again = await h.get('/api/graph?limit=8', { headers: { 'accept-encoding': 'gzip', 'if-none-match': `W/${strong}` } });
    expect(again.status).toBe(304);
  });

  it('when the cap leaves room for some neighbourhoods, then the top hubs come with all their neighbours and a neighbourhood that does not fit is passed over', async () => {
    const ids = async (limit: number) => new Set((await h.json(`/api/graph?limit=${limit}`)).body.nodes.map((n: { id: string }) => n.id));
    const fans = Array.from({ length: HUB_FANS }, (_, i) => `person:fan-${String(i).padStart(3, '0')}`);
    // The hub (150 fans), then Canada and Mexico (5 relationships each) with their neighbours.
    const canada = ['country:CA', 'person:mark-carney', 'agreement:usmca', 'tariff:50%-tariff-on-canadian-steel', 'country:MX', 'org:acme'];
    const mexico = ['person:claudia-sheinbaum', 'person:marcelo-ebrard', 'place:mexico-city'];
    expect(await ids(160)).toEqual(new Set(['org:hub', ...fans, ...canada, ...mexico]));
    // Canada's six do not fit in 155 after the hub's 151: it is passed over, not cut.
    const under = await ids(155);
    expect(under.has('org:hub') && fans.every((f) => under.has(f))).toBe(true);
    expect(under.has('org:acme')).toBe(false);
  });

  it('when a node is drawn, then it has a relationship drawn to another (no isolated dots)', async () => {
    for (const limit of [5, 40, 300]) {
      const { body } = await h.json(`/api/graph?limit=${limit}`);
      const linked = new Set(body.edges.flatMap((e: { source: string; target: string }) => [e.source, e.target]));
      expect(body.nodes.filter((n: { id: string }) => !linked.has(n.id))).toEqual([]);
    }
  });

  it('when an entity has no relationship, then it is left out unless isolated=show', async () => {
    await h.driver.executeQuery(
      "CREATE (:Organization {id: 'org:lonely', name: 'Lonely Society', aliases: []})",
      {},
      { database: h.database },
    );
    try {
      const hidden = await h.json('/api/graph');
      expect(hidden.body.nodes.map((n: { id: string }) => n.id)).not.toContain('org:lonely');
      expect(hidden.body.totalNodes).toBe(13 + HUB_FANS);
      expect(hidden.body.truncated).toBe(true);
      const shown = await h.json('/api/graph?isolated=show');
      expect(shown.body.nodes).toHaveLength(13 + HUB_FANS);
      expect(shown.body.nodes.at(-1)).toMatchObject({ id: 'org:lonely', degree: 0 });
      expect((await h.json('/api/graph?isolated=yes')).status).toBe(400);
    } finally {
      await h.driver.executeQuery("MATCH (n {id: 'org:lonely'}) DELETE n", {}, { database: h.database });
    }
  });

  it('when types and relTypes filter, then only those come back, an entity without such a relationship only when asked', async () => {
    const { body } = await h.json('/api/graph?types=Country&relTypes=TRADES_WITH');
    expect(body.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['country:CA', 'country:MX']);
    const all = await h.json('/api/graph?types=Country&relTypes=TRADES_WITH&isolated=show');
    expect(all.body.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['country:CA', 'country:MX', 'country:US']);
    expect(body.edges).toHaveLength(1);
    expect(body.edges[0]).toMatchObject({
      type: 'TRADES_WITH',
      source: 'country:CA',
      target: 'country:MX',
      confidence: 0.9,
      evidenceCount: 1,
    });
  });

  it.each([['/api/graph?limit=0'], ['/api/graph?limit=99999'], ['/api/graph?relTypes=LIKES']])('when %s, then 400', async (path) => {
    expect((await h.json(path)).status).toBe(400);
  });
});

describe('GET /api/nodes/:id', () => {
  it('when the node exists, then labels, properties, aliases, degree and documents come back', async () => {
    const { status, body } = await h.json('/api/nodes/person:mark-carney');
    expect(status).toBe(200);
    expect(body.node).toMatchObject({
      id: 'person:mark-carney',
      type: 'Person',
      labels: ['Person'],
      name: 'Mark Carney',
      aliases: ['Carney', 'PM Carney'],
      degree: 3,
    });
    expect(body.node.properties.title).toBe('Prime Minister');
    expect(body.documents).toEqual([
      expect.objectContaining({ id: DOCS[0]!.id, title: DOCS[0]!.title, count: 1, publishedAt: DOCS[0]!.publishedAt }),
    ]);
  });

  it('when the node is a minister, then its type stays Person and labels include Minister', async () => {
    const { body } = await h.json('/api/nodes/person:marcelo-ebrard');
    expect(body.node.type).toBe('Person');
    expect(body.node.labels).toEqual(['Person', 'Minister']);
  });

  it('when the node is a document, then it reads as a Document named by its title', async () => {
    const { body } = await h.json(`/api/nodes/${DOCS[0]!.id}`);
    expect(body.node).toMatchObject({ type: 'Document', name: DOCS[0]!.title });
    expect(body.node.properties.text).toBeUndefined();
  });

  it.each([['person:nobody'], ['nonsense'], ['x'.repeat(64)]])('when the id is %s, then 404 not_found', async (id) => {
    const { status, body } = await h.json(`/api/nodes/${encodeURIComponent(id)}`);
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });
});

describe('GET /api/nodes/:id/neighbors', () => {
  it('when a hub has more neighbours than the cap, then 100 come back with the total', async () => {
    const { body } = await h.json('/api/nodes/org:hub/neighbors');
    expect(body.total).toBe(HUB_FANS);
    expect(body.truncated).toBe(true);
    expect(body.nodes).toHaveLength(101);
    expect(body.nodes[0].id).toBe('org:hub');
    expect(body.edges).toHaveLength(100);
  });

  it('when the limit covers them all, then nothing is truncated', async () => {
    const { body } = await h.json('/api/nodes/org:hub/neighbors?limit=500');
    expect(body).toMatchObject({ total: HUB_FANS, truncated: false });
  });

  it('when relTypes and types filter, then only matching neighbours come back', async () => {
    const party = await h.json('/api/nodes/country:CA/neighbors?relTypes=PARTY_TO');
    expect(party.body.nodes.map((n: { id: string }) => n.id)).toEqual(['country:CA', 'agreement:usmca']);
    expect(party.body.total).toBe(1);
    const people = await h.json('/api/nodes/country:CA/neighbors?types=Person');
    expect(people.body.nodes.map((n: { id: string }) => n.id)).toEqual(['country:CA', 'person:mark-carney']);
  });

  it('when no neighbour matches, then only the node itself comes back with total 0', async () => {
    const { body } = await h.json('/api/nodes/person:mark-carney/neighbors?relTypes=FUNDS');
    expect(body).toMatchObject({ total: 0, truncated: false, edges: [] });
    expect(body.nodes.map((n: { id: string }) => n.id)).toEqual(['person:mark-carney']);
  });

  it('when the node is a document, then its neighbours are the entities it mentions', async () => {
    const { body } = await h.json(`/api/nodes/${DOCS[0]!.id}/neighbors`);
    expect(body.total).toBe(6);
    expect(body.edges.every((e: { type: string }) => e.type === 'MENTIONED_IN')).toBe(true);
  });

  it('when the node is unknown or the filter invalid, then 404 or 400', async () => {
    expect((await h.json('/api/nodes/person:nobody/neighbors')).status).toBe(404);
    expect((await h.json('/api/nodes/country:CA/neighbors?relTypes=NOPE')).status).toBe(400);
    expect((await h.json('/api/nodes/country:CA/neighbors?limit=-1')).status).toBe(400);
  });
});

describe('GET /api/relations/:id', () => {
  it('when the relationship exists, then its ends, evidence, documents and confidence come back', async () => {
    const id = relationId('TRADES_WITH', 'country:CA', 'country:MX');
    const { status, body } = await h.json(`/api/relations/${id}`);
    expect(status).toBe(200);
    expect(body.edge).toMatchObject({
      id,
      type: 'TRADES_WITH',
      source: 'country:CA',
      target: 'country:MX',
      confidence: 0.9,
      rules: ['fixture.trades-with'],
    });
    expect(body.edge.properties).toEqual({ valueUsd: 40.5e9, year: 2024 });
    expect(body.sourceNode.id).toBe('country:CA');
    expect(body.targetNode.id).toBe('country:MX');
    expect(body.evidence).toEqual(['country:CA TRADES_WITH country:MX.']);
    expect(body.documents.map((d: { id: string }) => d.id)).toEqual([DOCS[0]!.id]);
  });

  it('when several rules found a relationship, then the edge names them all, in graph payloads too', async () => {
    const id = relationId('HOLDS_OFFICE', 'person:mark-carney', 'country:CA');
    const { body } = await h.json(`/api/relations/${id}`);
    expect(body.edge.rules).toEqual(['office.title-before-name', 'fixture.holds-office']);
    expect(body.edge.properties).not.toHaveProperty('rules');
    const neighbors = await h.json('/api/nodes/person:mark-carney/neighbors');
    const office = neighbors.body.edges.find((e: { id: string }) => e.id === id);
    expect(office.rules).toEqual(['office.title-before-name', 'fixture.holds-office']);
  });

  it('when the id is unknown, then 404', async () => {
    expect((await h.json('/api/relations/rel:00000000000000000000')).status).toBe(404);
  });
});

describe('GET /api/paths', () => {
  it('when two nodes are connected, then the shortest paths come back as ordered ids', async () => {
    const { status, body } = await h.json('/api/paths?from=person:mark-carney&to=product:steel');
    expect(status).toBe(200);
    expect(body.paths.length).toBeGreaterThan(0);
    for (const p of body.paths) {
      expect(p.nodeIds[0]).toBe('person:mark-carney');
      expect(p.nodeIds.at(-1)).toBe('product:steel');
      expect(p.edgeIds).toHaveLength(p.nodeIds.length - 1);
    }
    expect(body.paths[0].nodeIds).toEqual(['person:mark-carney', 'country:CA', 'tariff:50%-tariff-on-canadian-steel', 'product:steel']);
    const ids = new Set(body.nodes.map((n: { id: string }) => n.id));
    expect(ids.has('country:CA')).toBe(true);
  });

  it('when maxHops is too short, then no paths come back', async () => {
    const { body } = await h.json('/api/paths?from=person:mark-carney&to=product:steel&maxHops=2');
    expect(body.paths).toEqual([]);
  });

  it('when an end is unknown or a parameter is missing or out of range, then 404 or 400', async () => {
    expect((await h.json('/api/paths?from=person:nobody&to=product:steel')).status).toBe(404);
    expect((await h.json('/api/paths?from=person:mark-carney')).status).toBe(400);
    expect((await h.json('/api/paths?from=person:mark-carney&to=product:steel&maxHops=50')).status).toBe(400);
  });
});

describe('GET /api/documents and /api/documents/:id', () => {
  it('when documents are listed, then newest first with entity counts and the total', async () => {
    const { body } = await h.json('/api/documents');
    expect(body.total).toBe(2);
    expect(body.documents.map((d: { id: string }) => d.id)).toEqual([DOCS[1]!.id, DOCS[0]!.id]);
    expect(body.documents[0]).toMatchObject({ title: DOCS[1]!.title, source: DOCS[1]!.source, url: DOCS[1]!.url, entityCount: 6 });
    const page = await h.json('/api/documents?limit=1&offset=1');
    expect(page.body.documents.map((d: { id: string }) => d.id)).toEqual([DOCS[0]!.id]);
  });

  it('when one document is read, then its text and mention offsets that slice it come back', async () => {
    const { body } = await h.json(`/api/documents/${DOCS[0]!.id}`);
    expect(body.document.text).toBe(DOCS[0]!.text);
    expect(body.mentions.length).toBeGreaterThanOrEqual(6);
    for (const m of body.mentions) expect(DOCS[0]!.text.slice(m.start, m.end)).toBe(m.text);
    expect(body.mentions).toContainEqual({ entityId: 'person:mark-carney', type: 'Person', start: 0, end: 11, text: 'Mark Carney' });
  });

  it('when the document is unknown or paging is invalid, then 404 or 400', async () => {
    expect((await h.json(`/api/documents/${'0'.repeat(64)}`)).status).toBe(404);
    expect((await h.json('/api/documents?offset=-3')).status).toBe(400);
  });
});

describe('the API surface', () => {
  it('when the OpenAPI document is read, then it is 3.1 and generated from the request schemas', async () => {
    const { body } = await h.json('/api/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    const neighbors = body.paths['/api/nodes/{id}/neighbors'].get;
    expect(neighbors.parameters.map((p: { name: string }) => p.name)).toEqual([
      'id',
      'relTypes',
      'types',
      'limit',
      'include',
      'from',
      'to',
    ]);
    const cypher = body.paths['/api/cypher'].post.requestBody.content['application/json'].schema;
    expect(cypher.required).toContain('query');
    expect(body.paths['/api/export'].get.parameters.find((p: { name: string }) => p.name === 'format').schema.enum).toEqual([
      'csv',
      'json',
      'graphml',
      'gexf',
      'cypher',
      'report',
      'report-md',
    ]);
  });

  it('when an unknown API path is asked for, then 404 in the error shape', async () => {
    const { status, body } = await h.json('/api/nothing-here');
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });

  it('when the body is not JSON or too large, then 400 or 413', async () => {
    const bad = await h.get('/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('invalid_json');
    const big = await h.post('/api/cypher', { query: 'RETURN 1', params: { pad: 'x'.repeat(1_100_000) } });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('payload_too_large');
  });

  it('when any response is sent, then helmet headers and a CSP that allows the web app are set', async () => {
    const res = await h.get('/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('when the web app is not built, then / says how to build it', async () => {
    const unbuilt = await startHarness({}, join(tmpdir(), 'newsgraph-no-such-web-dist'));
    try {
      const res = await unbuilt.get('/', { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('npm run build:web');
    } finally {
      await unbuilt.close();
    }
  });
});

describe('serving the built web app and the rate limit', () => {
  it('when web/dist exists, then files are served and client routes fall back to index.html', async () => {
    const root = mkdtempSync(join(tmpdir(), 'newsgraph-web-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>app shell</title>');
    writeFileSync(join(root, 'app.js'), 'console.log(1)');
    const other = await startHarness({}, root);
    try {
      expect(await (await other.get('/')).text()).toContain('app shell');
      expect(await (await other.get('/explore/person:mark-carney', { headers: { accept: 'text/html' } })).text()).toContain('app shell');
      const js = await other.get('/app.js');
      expect(js.headers.get('content-type')).toContain('javascript');
      expect((await other.get('/api/nope')).status).toBe(404);
    } finally {
      await other.close();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('when a client goes over the rate limit, then 429 in the error shape', async () => {
    const limited = await startHarness({ rateLimitPerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await limited.get('/api/stats')).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect((await limited.json('/api/stats')).body.error.code).toBe('rate_limited');
    } finally {
      await limited.close();
    }
  });
});

describe('Cypher injection through query parameters', () => {
  const NASTY = [
    "x' OR 1=1 //",
    "'}) MATCH (n) DETACH DELETE n //",
    '"}) DETACH DELETE n RETURN 1 //',
    'person:x`) DETACH DELETE n //',
    '*:* OR name:*',
    "country:CA' WITH 1 AS x MATCH (n) DETACH DELETE n //",
    'Person|Country`] DETACH DELETE n //',
    '\u0000\u0007\\',
  ];

  it('when hostile strings fill every parameter of every endpoint, then nothing 5xx and the graph is unchanged', async () => {
    const before = await h.counts();
    const e = encodeURIComponent;
    for (const bad of NASTY) {
      const paths = [
        `/api/search?q=${e(bad)}`,
        `/api/search?q=x&types=${e(bad)}`,
        `/api/search?q=x&limit=${e(bad)}`,
        `/api/graph?types=${e(bad)}&relTypes=${e(bad)}&limit=${e(bad)}`,
        `/api/nodes/${e(bad)}`,
        `/api/nodes/${e(bad)}/neighbors?relTypes=${e(bad)}&types=${e(bad)}&limit=${e(bad)}`,
        `/api/nodes/country:CA/neighbors?types=${e(bad)}`,
        `/api/relations/${e(bad)}`,
        `/api/paths?from=${e(bad)}&to=${e(bad)}&maxHops=${e(bad)}`,
        `/api/paths?from=person:mark-carney&to=${e(bad)}`,
        `/api/documents?limit=${e(bad)}&offset=${e(bad)}`,
        `/api/documents/${e(bad)}`,
        `/api/export?format=${e(bad)}`,
        `/api/export?format=json&scope=nodes&ids=${e(bad)},country:CA`,
        `/api/export?format=json&scope=cypher&query=${e(bad)}`,
      ];
      for (const path of paths) {
        const res = await h.get(path);
        expect(res.status, path).toBeLessThan(500);
        await res.arrayBuffer();
      }
      const posted = await h.post('/api/cypher', { query: 'MATCH (n {id: $id}) RETURN n', params: { id: bad } });
      expect(posted.status).toBe(200);
    }
    expect(await h.counts()).toEqual(before);
    expect(h.server.context.executor.openSessions).toBe(0);
  });
});
