/* Bench: `npm run bench:api` — 100k entities / 300k relationships, then autocannon (a second process) per endpoint. */

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../config/config.js';
import { createDriver } from '../graph/create-driver.js';
import { ensureSchema } from '../graph/ensure-schema.js';
import { selectDatabase } from '../graph/select-database.js';
import { entityId, relationId } from '../ontology/ids.js';
import { PRIMARY_ENTITY_LABELS, type PrimaryEntityLabel } from '../ontology/labels.js';
import { RELATION_SPECS, RELATION_TYPES } from '../ontology/relation-types.js';
import { helloRoute } from '../server/routes/explore-routes.js';
import { startWebServer } from '../server/web-server.js';

const ENTITIES = 100_000;
const RELATIONS = 300_000;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const CONNECTIONS = 50;
/** The latency target is measured with fewer clients: queueing is not the endpoint's cost. */
const LATENCY_CONNECTIONS = 10;
const say = (line: string) => process.stdout.write(`${line}\n`);

// ---- a deterministic generated graph -------------------------------------------------------
// mulberry32: integer arithmetic stays exact (a float LCG degenerates into a short cycle).
let seed = 42;
const random = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'te', 'su', 'no', 'vi', 'da', 'po', 'ren', 'tal', 'mar', 'sen', 'dor', 'lin'];
const word = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

const SHARE: Record<PrimaryEntityLabel, number> = { Person: 0.4, Organization: 0.2, Place: 0.12, Country: 0.002, Agreement: 0.08, Tariff: 0.08, Event: 0.08, Product: 0.038 };

interface Generated {
  ids: Record<PrimaryEntityLabel, string[]>;
  names: string[];
}

async function loadGraph(driver: Driver, database: string): Promise<Generated> {
  const ids = {} as Record<PrimaryEntityLabel, string[]>;
  const names: string[] = [];
  const session = driver.session({ database });
  try {
    for (const label of PRIMARY_ENTITY_LABELS) {
      const count = Math.round(ENTITIES * SHARE[label]);
      const rows = Array.from({ length: count }, (_, i) => {
        const name = `${cap(word())} ${cap(word())}`;
        if (names.length < 2000 && i % 7 === 0) names.push(name);
        const key = label === 'Country' ? `B${String(i).padStart(4, '0')}` : `${name} ${i}`;
        return { id: entityId(label, key), name, aliases: [word(), `${name.split(' ')[1]}`], mentionCount: 1 + (i % 9) };
      });
      ids[label] = rows.map((r) => r.id);
      for (let i = 0; i < rows.length; i += 10_000) {
        await session.run(`UNWIND $rows AS r CREATE (n:${label}) SET n = r`, { rows: rows.slice(i, i + 10_000) });
      }
    }
    // Relations: a type, then ends from its allowed labels; low indexes are hubs (skewed picks).
    const groups = new Map<string, { s: string; t: string; id: string; evidence: string[]; confidence: number }[]>();
    const seen = new Set<string>();
    const skewed = (list: string[]) => list[Math.floor(list.length * random() ** 2.2)]!;
    let made = 0;
    for (let attempts = 0; made < RELATIONS; attempts++) {
      if (attempts > RELATIONS * 20) throw new Error('bench:api: could not draw enough distinct relationships');
      const type = RELATION_TYPES[Math.floor(random() * RELATION_TYPES.length)]!;
      const spec = RELATION_SPECS[type];
      const fromLabel = spec.from[Math.floor(random() * spec.from.length)]!;
      const toLabel = spec.to[Math.floor(random() * spec.to.length)]!;
      const s = skewed(ids[fromLabel]);
      const t = skewed(ids[toLabel]);
      if (s === t) continue;
      const id = relationId(type, s, t);
      if (seen.has(id)) continue;
      seen.add(id);
      const key = `${fromLabel}|${type}|${toLabel}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push({ s, t, id, evidence: [`${s} ${type} ${t}.`], confidence: 0.8 });
      made++;
    }
    for (const [key, rows] of groups) {
      const [from, type, to] = key.split('|');
      for (let i = 0; i < rows.length; i += 10_000) {
        await session.run(
          `UNWIND $rows AS r MATCH (a:${from} {id: r.s}) MATCH (b:${to} {id: r.t})
           CREATE (a)-[x:${type}]->(b) SET x.id = r.id, x.evidence = r.evidence, x.docIds = [], x.confidence = r.confidence`,
          { rows: rows.slice(i, i + 10_000) },
        );
      }
    }
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
  return { ids, names };
}

// ---- autocannon in a second process ---------------------------------------------------------
const CHILD = `
import autocannon from 'autocannon';
const { url, paths, connections, duration } = JSON.parse(process.env.BENCH_SPEC);
let i = 0;
const result = await autocannon({
  url, connections, duration,
  requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }],
});
process.stdout.write(JSON.stringify({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99,
  non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts, total: result.requests.total }));
`;

interface Run { rps: number; p50: number; p99: number; non2xx: number; errors: number; timeouts: number; total: number }

function cannon(url: string, paths: string[], duration = DURATION_S, connections = CONNECTIONS): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD], {
      cwd: process.cwd(),
      env: { ...process.env, BENCH_SPEC: JSON.stringify({ url, paths, connections, duration }) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as Run) : reject(new Error(`autocannon exited ${code}`))));
  });
}

// ---- main ----------------------------------------------------------------------------------
async function main(): Promise<void> {
  const config = loadConfig();
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-api-'));
  // Always a private local database: the bench writes 400k elements.
  const target = await selectDatabase({ ...config, neo4jUri: undefined }, { localDataDir: dataDir, localBoltPort: 0, tryContainers: false, log: say });
  let server: Awaited<ReturnType<typeof startWebServer>> | undefined;
  try {
    const driver = createDriver(target);
    await ensureSchema(driver, target.database);
    const t0 = performance.now();
    const { ids, names } = await loadGraph(driver, target.database);
    await driver.close();
    say(`bench:api: loaded ${ENTITIES.toLocaleString()} entities and ${RELATIONS.toLocaleString()} relationships in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    server = await startWebServer({
      target, port: 0, host: '127.0.0.1', extraRoutes: [helloRoute],
      config: { ...config, logLevel: 'silent', rateLimitPerMinute: 10_000_000 },
    });
    const pick = (n: number) => Array.from({ length: n }, () => {
      const labels = ['Person', 'Organization', 'Place', 'Agreement', 'Tariff', 'Event'] as const;
      const list = ids[labels[Math.floor(random() * labels.length)]!];
      return list[Math.floor(random() * list.length)]!;
    });
    const nodeIds = pick(2000);
    const searches = names.map((n) => `/api/search?q=${encodeURIComponent(n.slice(0, 3 + Math.floor(random() * 6)))}`);
    const endpoints: [string, string[]][] = [
      ['hello JSON', ['/api/hello']],
      ['search', searches],
      ['neighbours', nodeIds.map((id) => `/api/nodes/${encodeURIComponent(id)}/neighbors`)],
      ['node', nodeIds.map((id) => `/api/nodes/${encodeURIComponent(id)}`)],
      ['overview', ['/api/graph']],
    ];
    const only = process.env.BENCH_ENDPOINTS?.split(',');
    if (only) for (let i = endpoints.length - 1; i > 0; i--) if (!only.includes(endpoints[i]![0])) endpoints.splice(i, 1);
    say(`bench:api: ${CONNECTIONS} connections, ${DURATION_S} s per endpoint, server ${server.url} (autocannon in a second process)`);
    // Warm-up (plans, page cache, JIT) without the overview, whose backlog would spill into the next runs.
    await cannon(server.url, endpoints.filter(([n]) => n !== 'overview').flatMap(([, p]) => p.slice(0, 400)), 8);
    // One request at a time: the latency without queueing, to tell cost per request from contention.
    const serial = new Map<string, number>();
    for (const [name, paths] of endpoints) {
      const times: number[] = [];
      for (let i = 0; i < (name === 'overview' ? 5 : 100); i++) {
        const t = performance.now();
        await (await fetch(server.url + paths[(i * 7) % paths.length]!)).arrayBuffer();
        times.push(performance.now() - t);
      }
      serial.set(name, times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!);
    }
    const load = loadavg();
    const results: [string, Run, Run][] = [];
    for (const [name, paths] of endpoints) {
      const wide = await cannon(server.url, paths);
      await new Promise((r) => setTimeout(r, 2_000)); // let queries still running drain
      const narrow = await cannon(server.url, paths, DURATION_S, LATENCY_CONNECTIONS);
      await new Promise((r) => setTimeout(r, 2_000));
      results.push([name, wide, narrow]);
    }

    const hello = results[0]![1].rps;
    say('');
    say(`load average at the start of the runs: ${load.map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs`);
    say(`endpoint     req/s@${CONNECTIONS}  p50 ms  p99 ms  vs hello  non-2xx  p99 ms@${LATENCY_CONNECTIONS}  serial p50 ms  targets`);
    for (const [name, r, narrow] of results) {
      const share = (r.rps / hello) * 100;
      const targets =
        name === 'hello JSON'
          ? 'baseline'
          : name === 'overview'
            ? `>= 50 % of hello: ${share >= 50 ? 'met' : 'MISSED'}`
            : `>= 25 % of hello: ${share >= 25 ? 'met' : 'MISSED'}; p99 < 50 ms at ${LATENCY_CONNECTIONS}: ${narrow.p99 < 50 ? 'met' : 'MISSED'}`;
      const errors = r.non2xx + r.errors + narrow.non2xx + narrow.errors;
      say(
        `${name.padEnd(11)} ${r.rps.toFixed(0).padStart(9)}  ${String(r.p50).padStart(6)}  ${String(r.p99).padStart(6)}  ${share.toFixed(0).padStart(6)} %  ${String(errors).padStart(7)}  ${String(narrow.p99).padStart(9)}  ${serial.get(name)!.toFixed(1).padStart(13)}  ${targets}`,
      );
    }
  } finally {
    await server?.stop();
    await target.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:api: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
