/* Server tests: POST /api/cypher — read-only guards, syntax errors, the timeout and the row cap. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearGraph } from '../test-database.js';
import { loadFixtureGraph } from './fixture-graph.js';
import { startHarness, type Harness } from './server-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ cypherTimeoutMs: 1_500 });
  await clearGraph(h.driver, h.database);
  await loadFixtureGraph(h.driver, h.database);
});
afterAll(() => h.close());

const run = (query: string, params?: Record<string, unknown>) => h.post('/api/cypher', params ? { query, params } : { query });

describe('running read-only queries', () => {
  it('when a read query runs, then columns, rows, truncated and ms come back', async () => {
    const { status, body } = await run('MATCH (n:Country) RETURN n.name AS name, n.iso2 AS code ORDER BY name');
    expect(status).toBe(200);
    expect(body.columns).toEqual(['name', 'code']);
    expect(body.rows).toEqual([
      ['Canada', 'CA'],
      ['Mexico', 'MX'],
      ['United States', 'US'],
    ]);
    expect(body.truncated).toBe(false);
    expect(body.ms).toBeGreaterThanOrEqual(0);
    expect(body.graph).toEqual({ nodes: [], edges: [] });
  });

  it('when nodes, relationships and paths are returned, then the graph holds them with ontology ids', async () => {
    const { body } = await run("MATCH p = (a:Country {id: 'country:CA'})-[r:TRADES_WITH]-(b) RETURN a, r, b, p");
    expect(body.rows[0][0]).toMatchObject({ elementType: 'node', id: 'country:CA', labels: ['Country'] });
    expect(body.rows[0][1]).toMatchObject({ elementType: 'relationship', type: 'TRADES_WITH' });
    expect(body.rows[0][3]).toMatchObject({ elementType: 'path', nodeIds: ['country:CA', 'country:MX'] });
    expect(body.graph.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['country:CA', 'country:MX']);
    expect(body.graph.nodes[0].degree).toBe(5);
    expect(body.graph.edges).toEqual([expect.objectContaining({ type: 'TRADES_WITH', source: 'country:CA', target: 'country:MX' })]);
  });

  it('when a relationship is returned without its nodes, then its ends are resolved into the graph', async () => {
    const { body } = await run("MATCH (:Country {id: 'country:US'})-[r:IMPOSES]->() RETURN r");
    expect(body.graph.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['country:US', 'tariff:50%-tariff-on-canadian-steel']);
  });

  it('when parameters are given, then they bind, whole numbers as integers', async () => {
    const { body } = await run('MATCH (n:Person) WHERE n.id = $id RETURN n.name AS name LIMIT $n', { id: 'person:mark-carney', n: 5 });
    expect(body.rows).toEqual([['Mark Carney']]);
  });

  it('when allowed procedures are called, then they run', async () => {
    expect((await run('CALL db.labels() YIELD label RETURN label ORDER BY label')).body.rows.flat()).toContain('Country');
    const ft = await run("CALL db.index.fulltext.queryNodes('entityNames', 'carney') YIELD node RETURN node.id AS id");
    expect(ft.body.rows[0]).toEqual(['person:mark-carney']);
    expect((await run('CALL db.schema.visualization()')).status).toBe(200);
  });

  it('when forbidden words sit inside strings or comments, then the query still runs', async () => {
    const { status, body } = await run("// LOAD CSV, SHOW, USE\nRETURN 'USE system; SHOW DATABASES; LOAD CSV' AS s /* TERMINATE */");
    expect(status).toBe(200);
    expect(body.rows).toEqual([['USE system; SHOW DATABASES; LOAD CSV']]);
  });
});

describe('the row cap and the timeout', () => {
  it('when a query yields 100k rows, then 1,000 come back with truncated true', async () => {
    const { body } = await run('UNWIND range(1, 100000) AS x RETURN x');
    expect(body.rows).toHaveLength(1000);
    expect(body.rows[0]).toEqual([1]);
    expect(body.rows[999]).toEqual([1000]);
    expect(body.truncated).toBe(true);
  });

  it('when a query yields exactly the cap, then it is not truncated', async () => {
    const { body } = await run('UNWIND range(1, 1000) AS x RETURN x');
    expect(body.rows).toHaveLength(1000);
    expect(body.truncated).toBe(false);
  });

  it('when a query runs away, then it is cut at the timeout with 408', async () => {
    const started = Date.now();
    const { status, body } = await run('UNWIND range(1, 100000000) AS x WITH x WHERE x = -1 RETURN x');
    expect(status).toBe(408);
    expect(body.error.code).toBe('query_timeout');
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(h.server.context.executor.openSessions).toBe(0);
  });
});

describe('refusals', () => {
  it.each([
    ['CREATE (x:Intruder {id: "x"}) RETURN x', 'write_refused'],
    ['MATCH (n) DETACH DELETE n', 'write_refused'],
    ["MERGE (x:Country {id: 'country:XX'})", 'write_refused'],
    ["MATCH (n:Country) SET n.name = 'Renamed' RETURN n", 'write_refused'],
    ['MATCH (n:Person) REMOVE n:Person', 'write_refused'],
    ['MATCH (n:Country) CALL (n) { CREATE (:Shadow) } RETURN count(*)', 'write_refused'],
    ['CREATE INDEX evil IF NOT EXISTS FOR (n:Person) ON (n.name)', 'write_refused'],
    ['FOREACH (i IN range(1, 3) | CREATE (:Loop))', 'write_refused'],
  ])('when a write is sent (%s), then 400 %s and the graph is unchanged', async (query, code) => {
    const before = await h.counts();
    const { status, body } = await run(query);
    expect(status).toBe(400);
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(/read-only/);
    expect(await h.counts()).toEqual(before);
    const { records } = await h.driver.executeQuery(
      "MATCH (n:Country {id: 'country:CA'}) RETURN n.name AS name",
      {},
      { database: h.database },
    );
    expect(records[0]!.get('name')).toBe('Canada');
  });

  it.each([
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"],
    ["LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/evil.csv' AS row RETURN row"],
    ["load /* hidden */ csv from 'https://example.com/x.csv' as row return row"],
    ["CALL { LOAD CSV FROM 'file:///etc/hosts' AS row RETURN row } RETURN row"],
  ])('when LOAD CSV reads a file or URL (%s), then 400 load_csv_refused', async (query) => {
    const { status, body } = await run(query);
    expect(status).toBe(400);
    expect(body.error.code).toBe('load_csv_refused');
    expect(body.error.message).toMatch(/LOAD CSV/);
  });

  it.each([
    ['USE system MATCH (n) RETURN n', 'use_refused', /USE/],
    ['SHOW DATABASES', 'show_refused', /SHOW/],
    ['SHOW TRANSACTIONS YIELD transactionId RETURN transactionId', 'show_refused', /SHOW/],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'terminate_refused', /TERMINATE/],
    ['MATCH (n) CALL (n) { RETURN n.id AS id } IN TRANSACTIONS OF 10 ROWS RETURN id', 'call_in_transactions_refused', /IN TRANSACTIONS/],
    ['CALL dbms.listConfig()', 'procedure_refused', /dbms\.listConfig/],
    ['CALL db.createLabel("Evil")', 'procedure_refused', /db\.createLabel/],
    ["CALL dbms.security.createUser('x', 'y', false)", 'procedure_refused', /not allowed/],
    ['CREATE DATABASE evil', 'admin_refused', /Administration/],
    ["CREATE USER evil SET PASSWORD 'secret1234'", 'admin_refused', /Administration/],
    ['RETURN 1; MATCH (n) DETACH DELETE n', 'multiple_statements', /one statement/],
    ['PROFILE MATCH (n) RETURN n', 'query_option_refused', /PROFILE/],
  ])('when %s is sent, then 400 %s that says why', async (query, code, why) => {
    const before = await h.counts();
    const { status, body } = await run(query);
    expect(status).toBe(400);
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(why);
    expect(await h.counts()).toEqual(before);
  });

  it('when the query has a syntax error, then 400 with Neo4j message and the position in the caller text', async () => {
    const { status, body } = await run('MATCH (n RETURN n');
    expect(status).toBe(400);
    expect(body.error.code).toBe('cypher_syntax');
    expect(body.error.message).toMatch(/Invalid input 'RETURN'/);
    expect(body.error.position).toEqual({ line: 1, column: 10, offset: 9 });
    expect(body.error.message).toContain('line 1, column 10 (offset: 9)');
    const multi = await run('MATCH (n)\nRETURN n +');
    expect(multi.body.error.position.line).toBe(2);
  });

  it('when the request is malformed, then 400 invalid_request', async () => {
    expect((await h.post('/api/cypher', {})).status).toBe(400);
    expect((await h.post('/api/cypher', { query: '   ' })).status).toBe(400);
    expect((await h.post('/api/cypher', { query: 'RETURN 1', params: [1, 2] })).status).toBe(400);
    expect((await run('RETURN $missing AS x')).status).toBe(400);
  });

  it('when all of that is done, then no session is left open', () => {
    expect(h.server.context.executor.openSessions).toBe(0);
  });
});
