/* Server tests: GET and POST /api/export — every format, formula neutralising, XML round trips, Cypher
   replay, and a view of thousands of node ids posted as JSON. */

import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { strFromU8, unzipSync } from 'fflate';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relationId } from '../../ontology/ids.js';
import { neutralise } from '../../server/exports/to-csv-zip.js';
import { cypherString } from '../../server/exports/to-cypher-script.js';
import { MAX_EXPORT_IDS_POST } from '../../server/http/request-schemas.js';
import { loadSeeds } from '../seed-graph.js';
import { clearGraph } from '../test-database.js';
import { FORMULA, loadFixtureGraph, NASTY_NAME } from './fixture-graph.js';
import { parseCsv, startHarness, type Harness } from './server-harness.js';

const FUNDS_ID = relationId('FUNDS', 'country:CA', 'org:acme');
let h: Harness;
let expected: { nodes: number; rels: number };

/** Ontology nodes and relationships between them: what a whole-graph export carries. */
async function graphCounts(): Promise<{ nodes: number; rels: number }> {
  return h.counts();
}

async function restore(): Promise<void> {
  await clearGraph(h.driver, h.database);
  await loadSeeds(h.driver, h.database);
  await loadFixtureGraph(h.driver, h.database);
}

beforeAll(async () => {
  h = await startHarness();
  await restore();
  expected = await graphCounts();
});
afterAll(() => h.close());

const download = async (query: string) => {
  const res = await h.get(`/api/export?${query}`);
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
};

describe('CSV', () => {
  it('when cells start with = + - @ tab CR or NUL, then they get a leading quote', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '\0x', FORMULA]) expect(neutralise(bad)).toBe(`'${bad}`);
    expect(neutralise('plain')).toBe('plain');
    expect(neutralise(-3)).toBe(-3);
    expect(neutralise(['=a', 'b'])).toBe("'=a | b");
  });

  it('when the graph is exported as CSV, then a zip holds nodes.csv and edges.csv in Gephi columns, formulas neutralised', async () => {
    const { res, bytes } = await download('format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="?newsgraph-graph-\d{8}-\d{6}\.zip/);
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['edges.csv', 'nodes.csv']);
    const nodes = parseCsv(strFromU8(files['nodes.csv']!));
    const edges = parseCsv(strFromU8(files['edges.csv']!));
    expect(nodes[0]!.slice(0, 7)).toEqual(['Id', 'Label', 'type', 'labels', 'aliases', 'degree', 'documents']);
    expect(edges[0]!.slice(0, 9)).toEqual(['Source', 'Target', 'Type', 'Id', 'Label', 'confidence', 'evidence', 'documents', 'rules']);
    expect(nodes.length - 1).toBe(expected.nodes);
    expect(edges.length - 1).toBe(expected.rels);
    const acme = nodes.find((r) => r[0] === 'org:acme')!;
    expect(acme[1]).toBe(NASTY_NAME);
    expect(acme[4]!.startsWith(`'${FORMULA}`)).toBe(true);
    const funds = edges.find((r) => r[3] === FUNDS_ID)!;
    expect(funds[2]).toBe('Directed');
    expect(funds[6]!.startsWith(`'${FORMULA}`)).toBe(true);
    expect(edges.find((r) => r[4] === 'TRADES_WITH')![2]).toBe('Undirected');
    expect(edges.find((r) => r[4] === 'HOLDS_OFFICE' && r[0] === 'person:mark-carney')![8]).toBe(
      'office.title-before-name | fixture.holds-office',
    );
    for (const row of [...nodes, ...edges]) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r\0]/);
  });
});

describe('GraphML and GEXF', () => {
  it('when names hold <, &, quotes and control characters, then GraphML is well-formed and parses back with the same counts', async () => {
    const { res, bytes } = await download('format=graphml');
    expect(res.headers.get('content-type')).toContain('application/graphml+xml');
    const text = strFromU8(bytes);
    const graph = parseGraphml(Graph, text);
    expect(graph.order).toBe(expected.nodes);
    expect(graph.size).toBe(expected.rels);
    expect(graph.getNodeAttribute('org:acme', 'label')).toBe(NASTY_NAME.replace(/[\u0001\u0007]/g, ''));
    expect(graph.getEdgeAttribute(FUNDS_ID, 'rules')).toBe('fixture.funds');
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('when the graph is exported as GraphML, then every edge is directed in its stored direction, symmetric types marked, one key per name', async () => {
    const text = strFromU8((await download('format=graphml')).bytes);
    expect(text).not.toContain('directed="false"');
    const names = [...text.matchAll(/<key id="[^"]+" for="node" attr\.name="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('property_label');
    const graph = parseGraphml(Graph, text);
    expect(graph.type).toBe('directed');
    const trade = graph.findEdge((_e, a) => a.relation === 'TRADES_WITH')!;
    expect(graph.getEdgeAttribute(trade, 'symmetric')).toBe(true);
    expect(graph.getEdgeAttribute(FUNDS_ID, 'symmetric')).toBe(false);
    expect(graph.getNodeAttribute('tariff:50%-tariff-on-canadian-steel', 'property_label')).toBe('50% tariff on Canadian steel');
  });

  it('when the same graph is exported as GEXF, then it parses back with the same counts and labels', async () => {
    const { res, bytes } = await download('format=gexf');
    expect(res.headers.get('content-type')).toContain('application/gexf+xml');
    const graph = parseGexf(Graph, strFromU8(bytes));
    expect(graph.order).toBe(expected.nodes);
    expect(graph.size).toBe(expected.rels);
    expect(graph.getNodeAttribute('org:acme', 'label')).toBe(NASTY_NAME.replace(/[\u0001\u0007]/g, ''));
    expect(graph.getEdgeAttribute(FUNDS_ID, 'rules')).toBe('fixture.funds');
  });
});

describe('real clients: networkx and python-igraph', () => {
  it("when GraphML and GEXF are read by networkx and igraph, then they hold the JSON export's nodes, edges, directions and attributes", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-clients-'));
    try {
      const files: Record<string, string> = {};
      for (const format of ['json', 'graphml', 'gexf']) {
        files[format] = path.join(dir, `graph.${format}`);
        await writeFile(files[format], (await download(`format=${format}`)).bytes);
      }
      const script = path.join(import.meta.dirname, '../clients/read_exports.py');
      // Debian's python3 with python3-networkx and python3-igraph (.ci/run installs them).
      const run = await promisify(execFile)('/usr/bin/python3', [script, files.json!, files.graphml!, files.gexf!]).catch(
        (err: { stdout?: string; stderr?: string }) => ({ stdout: err.stdout ?? '', stderr: err.stderr ?? String(err) }),
      );
      expect(run.stderr).toBe('');
      const summary = JSON.parse(run.stdout) as { nodes: number; edges: number; symmetricEdges: number; problems: string[] };
      expect(summary.problems).toEqual([]);
      expect(summary.nodes).toBe(expected.nodes);
      expect(summary.edges).toBe(expected.rels);
      expect(summary.symmetricEdges).toBeGreaterThan(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('JSON and scopes', () => {
  it('when the graph is exported as JSON, then every node and relationship comes with its properties and evidence', async () => {
    const { res, bytes } = await download('format=json');
    const body = JSON.parse(strFromU8(bytes));
    expect(res.headers.get('content-disposition')).toMatch(/\.json/);
    expect(body.nodes).toHaveLength(expected.nodes);
    expect(body.edges).toHaveLength(expected.rels);
    const funds = body.edges.find((e: { id: string }) => e.id === FUNDS_ID);
    expect(funds.properties.evidence[0]).toBe(FORMULA);
    expect(funds.properties.rules).toEqual(['fixture.funds']);
  });

  it('when node ids are given, then those nodes and the relationships among them come back', async () => {
    const { bytes } = await download('format=json&scope=nodes&ids=country:CA,country:MX,agreement:usmca,person:nobody');
    const body = JSON.parse(strFromU8(bytes));
    expect(body.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['agreement:usmca', 'country:CA', 'country:MX']);
    expect(body.edges.map((e: { type: string }) => e.type).sort()).toEqual(['PARTY_TO', 'PARTY_TO', 'TRADES_WITH']);
  });

  it('when a saved read-only query is the scope, then its graph is exported', async () => {
    const query = encodeURIComponent(
      "MATCH p = (:Country {id: 'country:US'})-[:IMPOSES]->(:Tariff {id: 'tariff:50%-tariff-on-canadian-steel'})-[:TARGETS]->(:Country {id: 'country:CA'}) RETURN p",
    );
    const { res, bytes } = await download(`format=json&scope=cypher&query=${query}`);
    expect(res.headers.get('content-disposition')).toMatch(/newsgraph-query-/);
    const body = JSON.parse(strFromU8(bytes));
    expect(body.nodes).toHaveLength(3);
    expect(body.edges.map((e: { type: string }) => e.type).sort()).toEqual(['IMPOSES', 'TARGETS']);
  });

  it.each([
    ['format=xlsx', 'invalid_request'],
    ['', 'invalid_request'],
    ['format=json&scope=nodes', 'invalid_request'],
    ['format=json&scope=cypher', 'invalid_request'],
    ['format=json&scope=everything', 'invalid_request'],
    [`format=json&scope=cypher&query=${encodeURIComponent('MATCH (n) DETACH DELETE n')}`, 'write_refused'],
    [`format=json&scope=cypher&query=${encodeURIComponent('RETURN $x')}&params=notjson`, 'invalid_request'],
  ])('when the export request is %s, then 400 %s', async (query, code) => {
    const res = await h.get(`/api/export?${query}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe(code);
  });
});

describe('Cypher script', () => {
  it('when strings hold quotes, backslashes and control characters, then the literal escapes them', () => {
    expect(cypherString("it's \\ \n\t\u0001")).toBe("'it\\'s \\\\ \\n\\t\\u0001'");
  });

  it('when the script is replayed into an empty database, then the same counts and values come back', async () => {
    const { res, bytes } = await download('format=cypher');
    expect(res.headers.get('content-disposition')).toMatch(/\.cypher/);
    const script = strFromU8(bytes);
    const statements = script.split('\n').filter((line) => line.trim() && !line.startsWith('//'));
    expect(statements.every((s) => s.endsWith(';') && !/\$\w/.test(s.replace(/'(?:[^'\\]|\\.)*'/g, '')))).toBe(true);
    const byLabel = async () =>
      (
        await h.driver.executeQuery('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l', {}, { database: h.database })
      ).records.map((r) => r.toObject());
    const labelsBefore = await byLabel();
    try {
      await clearGraph(h.driver, h.database);
      expect(await h.counts()).toEqual({ nodes: 0, rels: 0 });
      const session = h.driver.session({ database: h.database });
      try {
        for (let i = 0; i < statements.length; i += 200) {
          const tx = session.beginTransaction();
          for (const s of statements.slice(i, i + 200)) await tx.run(s);
          await tx.commit();
        }
      } finally {
        await session.close();
      }
      expect(await h.counts()).toEqual(expected);
      expect(await byLabel()).toEqual(labelsBefore);
      const { records } = await h.driver.executeQuery(
        "MATCH (o:Organization {id: 'org:acme'})<-[r:FUNDS]-(:Country {id: 'country:CA'}) RETURN o.name AS name, o.aliases AS aliases, r.evidence AS evidence",
        {},
        { database: h.database },
      );
      expect(records[0]!.get('name')).toBe(NASTY_NAME);
      expect(records[0]!.get('aliases')[0]).toBe(FORMULA);
      expect(records[0]!.get('evidence')[1]).toContain('\n');
    } finally {
      await restore();
    }
    expect(await h.counts()).toEqual(expected);
    // Every statement of the script is new Cypher text that Neo4j must plan: minutes on a busy machine.
  }, 240_000);
});

describe('POST /api/export', () => {
  const BULK = 3_000;
  const bulkIds = Array.from({ length: BULK }, (_, i) => `org:bulk-${String(i).padStart(4, '0')}`);
  const postExport = async (body: unknown) => {
    const res = await h.get('/api/export', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
  };

  beforeAll(async () => {
    // 3,000 organizations in a chain (each FUNDS the next): a view far past what a URL can carry.
    await h.driver.executeQuery(
      `UNWIND range(0, size($ids) - 1) AS i
       CREATE (:Organization {id: $ids[i], name: 'Bulk ' + toString(i), aliases: []})`,
      { ids: bulkIds },
      { database: h.database },
    );
    await h.driver.executeQuery(
      `UNWIND range(0, size($ids) - 2) AS i
       MATCH (a:Organization {id: $ids[i]}), (b:Organization {id: $ids[i + 1]})
       CREATE (a)-[:FUNDS {id: 'rel:bulk-' + toString(i), evidence: ['Bulk funding.'], docIds: [], confidence: 0.5}]->(b)`,
      { ids: bulkIds },
      { database: h.database },
    );
  });
  afterAll(async () => {
    await h.driver.executeQuery(
      'MATCH (o:Organization) WHERE o.id STARTS WITH $prefix DETACH DELETE o',
      { prefix: 'org:bulk-' },
      { database: h.database },
    );
  });

  it('when 3,000 node ids are posted as JSON, then exactly those nodes and the relationships among them come back', async () => {
    const ids = [...bulkIds, 'person:nobody'];
    expect(JSON.stringify(ids).length).toBeGreaterThan(40_000); // far past a URL's 16 KB header limit
    const { res, bytes } = await postExport({ format: 'json', scope: 'nodes', ids });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/newsgraph-selection-\d{8}-\d{6}\.json/);
    const body = JSON.parse(strFromU8(bytes));
    expect(body.nodes.map((n: { id: string }) => n.id).sort()).toEqual(bulkIds);
    expect(body.edges).toHaveLength(BULK - 1);
    expect(new Set(body.edges.map((e: { type: string }) => e.type))).toEqual(new Set(['FUNDS']));
  });

  it('when half the chain is posted, then only the relationships inside that half come back', async () => {
    const { bytes } = await postExport({ format: 'json', scope: 'nodes', ids: bulkIds.slice(0, 1_500), includeDocuments: false });
    const body = JSON.parse(strFromU8(bytes));
    expect(body.nodes).toHaveLength(1_500);
    expect(body.edges).toHaveLength(1_499);
  });

  it('when the same ids are exported by GET and by POST, then both files hold the same graph', async () => {
    const ids = ['country:CA', 'country:MX', 'agreement:usmca', 'org:acme'];
    const got = JSON.parse(strFromU8((await download(`format=json&scope=nodes&ids=${ids.join(',')}`)).bytes));
    const posted = JSON.parse(strFromU8((await postExport({ format: 'json', scope: 'nodes', ids })).bytes));
    expect(posted.nodes).toEqual(got.nodes);
    expect(posted.edges).toEqual(got.edges);
    expect(posted.nodes).toHaveLength(4);
  });

  it('when a posted view is exported as CSV, then formulas are neutralised as in GET exports', async () => {
    const { res, bytes } = await postExport({ format: 'csv', scope: 'nodes', ids: ['country:CA', 'org:acme', ...bulkIds] });
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(bytes);
    const nodes = parseCsv(strFromU8(files['nodes.csv']!));
    const edges = parseCsv(strFromU8(files['edges.csv']!));
    expect(nodes.length - 1).toBe(BULK + 2);
    expect(nodes.find((r) => r[0] === 'org:acme')![4]!.startsWith(`'${FORMULA}`)).toBe(true);
    expect(edges.find((r) => r[3] === FUNDS_ID)![6]!.startsWith(`'${FORMULA}`)).toBe(true);
    for (const row of [...nodes, ...edges]) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r\0]/);
  });

  it('when a saved query and its params are posted, then its graph is exported', async () => {
    const query = 'MATCH p = (:Country {id: $from})-[:IMPOSES]->(:Tariff)-[:TARGETS]->(:Country {id: $to}) RETURN p';
    const { res, bytes } = await postExport({ format: 'json', scope: 'cypher', query, params: { from: 'country:US', to: 'country:CA' } });
    expect(res.status).toBe(200);
    const body = JSON.parse(strFromU8(bytes));
    expect(body.edges.map((e: { type: string }) => e.type).sort()).toEqual(expect.arrayContaining(['IMPOSES', 'TARGETS']));
  });

  it.each([
    ['ids as a comma-separated string', { format: 'json', scope: 'nodes', ids: 'country:CA,country:MX' }, /ids/],
    ['no ids for scope=nodes', { format: 'json', scope: 'nodes' }, /scope=nodes needs ids/],
    ['an empty id', { format: 'json', scope: 'nodes', ids: ['country:CA', ''] }, /ids\.1/],
    ['too many ids', { format: 'json', scope: 'nodes', ids: Array.from({ length: MAX_EXPORT_IDS_POST + 1 }, (_, i) => String(i)) }, /ids/],
    ['an unknown format', { format: 'xlsx', scope: 'nodes', ids: ['country:CA'] }, /format/],
    ['includeDocuments as a string', { format: 'json', includeDocuments: 'false' }, /includeDocuments/],
    ['params that are not an object', { format: 'json', scope: 'cypher', query: 'RETURN $x', params: [1] }, /params/],
  ])('when the posted body has %s, then 400 names the problem', async (_case, body, message) => {
    const { res, bytes } = await postExport(body);
    expect(res.status).toBe(400);
    const error = JSON.parse(strFromU8(bytes)).error;
    expect(error.code).toBe('invalid_request');
    expect(error.message).toMatch(message);
  });
});
