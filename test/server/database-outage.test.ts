/* Server tests: with its own Neo4j — stopping it gives quick 503s, restarting it gives 200s, no session leaks. */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/config.js';
import { createDriver } from '../../graph/create-driver.js';
import { ensureSchema } from '../../graph/ensure-schema.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/start-local-neo4j.js';
import { startWebServer, type WebServer } from '../../server/web-server.js';
import { DOCS, loadFixtureGraph } from './fixture-graph.js';
import { TEST_CONFIG } from './server-harness.js';

const config = loadConfig();
const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-outage-neo4j-'));
const start = (boltPort: number) => startLocalNeo4j({ dataDir, boltPort, heap: config.localHeap, pageCacheMiB: config.localPageCacheMiB });

let db: LocalNeo4j;
let uri: string;
let server: WebServer;

beforeAll(async () => {
  db = await start(0);
  uri = db.uri;
  const driver = createDriver({ uri });
  try {
    await ensureSchema(driver, 'neo4j');
    await loadFixtureGraph(driver, 'neo4j');
  } finally {
    await driver.close();
  }
  server = await startWebServer({ target: { uri, database: 'neo4j' }, port: 0, config: TEST_CONFIG });
});

afterAll(async () => {
  await server?.stop();
  await db?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const READS = [
  '/api/health',
  '/api/stats',
  '/api/search?q=carney',
  '/api/graph?limit=20',
  '/api/nodes/person:mark-carney',
  '/api/nodes/org:hub/neighbors',
  '/api/paths?from=person:mark-carney&to=product:steel',
  '/api/documents',
  `/api/documents/${DOCS[0]!.id}`,
];

async function call(path: string): Promise<{ status: number; ms: number; body: any }> {
  const started = Date.now();
  const res =
    path === 'cypher'
      ? await fetch(`${server.url}/api/cypher`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'MATCH (n:Country) RETURN n LIMIT 3' }),
        })
      : await fetch(server.url + path);
  return { status: res.status, body: await res.json(), ms: Date.now() - started };
}

describe('when the database goes away and comes back', () => {
  it('when it is up, then every read answers 200', async () => {
    for (const path of [...READS, 'cypher']) expect((await call(path)).status, path).toBe(200);
  });

  it('when it is stopped, then reads answer 503 within a few seconds; when restarted, then 200 again', async () => {
    const port = Number(new URL(uri).port);
    await db.stop();
    for (const path of [...READS, 'cypher']) {
      const { status, ms, body } = await call(path);
      expect(status, path).toBe(503);
      expect(ms, path).toBeLessThan(6_000);
      if (path === '/api/health') expect(body).toMatchObject({ status: 'degraded', database: { reachable: false } });
      else expect(body.error.code).toBe('database_unavailable');
    }
    db = await start(port);
    expect(db.uri).toBe(uri);
    const deadline = Date.now() + 60_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await call('/api/health')).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
    for (const path of [...READS, 'cypher']) expect((await call(path)).status, path).toBe(200);
  }, 180_000);

  it('when 1,000 mixed requests run 25 at a time, then each gets its expected status and no session leaks', async () => {
    const mix: [string, number][] = [
      ...READS.map((p): [string, number] => [p, 200]),
      ['cypher', 200],
      ['/api/nodes/person:nobody', 404],
      ['/api/relations/rel:00000000000000000000', 404],
      ['/api/search?q=', 400],
      ['/api/graph?limit=0', 400],
    ];
    const statuses: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < 1000) {
        const [path, want] = mix[next++ % mix.length]!;
        const { status } = await call(path);
        if (status !== want) statuses.push(`${path}: ${status}`);
      }
    };
    await Promise.all(Array.from({ length: 25 }, worker));
    expect(statuses).toEqual([]);
    expect(server.context.executor.openSessions).toBe(0);
    const driver = createDriver({ uri });
    try {
      const { records } = await driver.executeQuery(
        'SHOW TRANSACTIONS YIELD transactionId RETURN count(*) AS n',
        {},
        { database: 'neo4j' },
      );
      expect(records[0]!.get('n')).toBe(1);
    } finally {
      await driver.close();
    }
  }, 180_000);
});
