/* Bench: `npm run bench:curation` — on the 100k-entity / 300k-relationship bench graph, the time of one
   merge (POST /api/entities/merge, typical and hub entities), one review, one undo, and the review queue. */

import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/config.js';
import { createDriver } from '../graph/create-driver.js';
import { ensureSchema } from '../graph/ensure-schema.js';
import { selectDatabase } from '../graph/select-database.js';
import { startWebServer } from '../server/web-server.js';
import { ENTITIES, loadGraph, RELATIONS, waitForSettledDatabase } from './bench-graph.js';

const TOKEN = 'bench-curation-token';
const say = (line: string) => process.stdout.write(`${line}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const config = loadConfig();
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-curation-'));
  const target = await selectDatabase(
    { ...config, neo4jUri: undefined },
    { localDataDir: dataDir, localBoltPort: 0, tryContainers: false, log: say },
  );
  let server: Awaited<ReturnType<typeof startWebServer>> | undefined;
  try {
    const driver = createDriver(target);
    await ensureSchema(driver, target.database);
    const t0 = performance.now();
    const { ids } = await loadGraph(driver, target.database);
    say(
      `bench:curation: loaded ${ENTITIES.toLocaleString()} entities and ${RELATIONS.toLocaleString()} relationships in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    say(`bench:curation: settling: ${await waitForSettledDatabase(dataDir)}`);
    server = await startWebServer({
      target,
      port: 0,
      host: '127.0.0.1',
      config: { ...config, logLevel: 'silent', rateLimitPerMinute: 10_000_000, writeToken: TOKEN },
    });
    const url = server.url;
    const call = async (method: string, path: string, body?: unknown): Promise<{ ms: number; status: number; json: any }> => {
      const started = performance.now();
      const res = await fetch(url + path, {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const json = await res.json();
      return { ms: performance.now() - started, status: res.status, json };
    };
    const degree = async (id: string) =>
      Number(
        (
          await driver.executeQuery('MATCH (n:Person {id: $id}) RETURN COUNT { (n)--() } AS d', { id }, { database: target.database })
        ).records[0]!.get('d'),
      );

    const people = ids.Person;
    // Typical entities: from the long tail; hubs: the skewed generator's first ids.
    const runs: [string, string, string][] = [];
    for (let i = 0; i < 7; i++) runs.push(['typical', people[people.length - 1 - 2 * i]!, people[people.length - 2 - 2 * i]!]);
    for (let i = 0; i < 3; i++) runs.push(['hub', people[2 * i]!, people[2 * i + 1]!]);
    const times: Record<string, number[]> = { typical: [], hub: [] };
    for (const [kind, into, from] of runs) {
      const rels = (await degree(into)) + (await degree(from));
      const r = await call('POST', '/api/entities/merge', { into, from: [from] });
      if (r.status !== 200) throw new Error(`merge ${from} → ${into}: ${r.status} ${JSON.stringify(r.json)}`);
      times[kind]!.push(r.ms);
      say(`bench:curation: merge (${kind}, ${rels} relationships on the pair) ${r.ms.toFixed(0)} ms`);
    }
    say(`bench:curation: merge median typical ${median(times.typical!).toFixed(0)} ms, hub ${median(times.hub!).toFixed(0)} ms`);

    const lastMerge = (await call('GET', '/api/decisions?limit=1')).json.decisions[0].id as string;
    const undo = await call('POST', `/api/decisions/${lastMerge}/undo`);
    say(`bench:curation: undo of a hub merge ${undo.ms.toFixed(0)} ms (status ${undo.status})`);
    // Each read twice: the first call also pays for planning the query (and, for duplicates, scoring every name).
    for (const round of ['cold', 'warm']) {
      const queue = await call('GET', '/api/review?kind=relations&limit=50');
      say(`bench:curation: review queue (relations, 50, ${round}) ${queue.ms.toFixed(0)} ms`);
      const review = await call('POST', `/api/relations/${queue.json.items[0].edge.id}/review`, { verdict: 'rejected' });
      say(`bench:curation: review (reject, ${round}) ${review.ms.toFixed(0)} ms (status ${review.status})`);
      const dups = await call('GET', '/api/review?kind=duplicates&limit=50');
      say(`bench:curation: review queue (duplicates, 50, ${round}) ${dups.ms.toFixed(0)} ms, ${dups.json.items?.length ?? 0} candidates`);
    }
    say(
      `bench:curation: load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} on ${cpus().length} cores`,
    );
    await driver.close();
  } finally {
    await server?.stop();
    await target.stop?.();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:curation: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
