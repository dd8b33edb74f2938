/* Bench: `npm run bench:api` — 100k entities / 300k relationships, then autocannon (a second process) per endpoint. */

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/config.js';
import { createDriver } from '../graph/create-driver.js';
import { ensureSchema } from '../graph/ensure-schema.js';
import { selectDatabase } from '../graph/select-database.js';
import { helloRoute } from '../server/routes/explore-routes.js';
import { startWebServer, type WebServer } from '../server/web-server.js';
import { PRIMARY_ENTITY_LABELS } from '../ontology/labels.js';
import { ENTITIES, loadGraph, random, RELATIONS, waitForSettledDatabase } from './bench-graph.js';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const CONNECTIONS = 50;
/** The latency target is measured with fewer clients: queueing is not the endpoint's cost. */
const LATENCY_CONNECTIONS = 10;
/** Requests drawn per endpoint and run (autocannon goes through them in order; the 10-connection run gets fresh draws). */
const DRAWS = 100_000;
/** Zipf's exponent: 1 is the classic skew of popularity (the top 1 % of the entities get about 60 % of the requests). */
const ZIPF_S = 1;
/** `on`, `off` or `both` (default): the servers measured, with the read cache on and off. */
const CACHE = process.env.BENCH_CACHE ?? 'both';
const specDir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-api-spec-'));
const say = (line: string) => process.stdout.write(`${line}\n`);

// ---- autocannon in a second process ---------------------------------------------------------
const CHILD = `
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import Queue from 'autocannon/lib/pipelinedRequestsQueue.js';
// autocannon appends every body chunk to a string (UTF-8 decoding) though nothing here reads bodies; on a
// gzipped body that decoding, not the server, sets the pace. Bytes are still counted from the socket.
Queue.prototype.addBody = () => {};
const { url, paths, connections, duration } = JSON.parse(readFileSync(process.env.BENCH_SPEC, 'utf8'));
let i = 0;
const result = await autocannon({
  url, connections, duration,
  // What a browser sends with every request (the web app is the API's client).
  headers: { 'accept-encoding': 'gzip, deflate, br' },
  requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }],
});
process.stdout.write(JSON.stringify({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99,
  non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts, total: result.requests.total }));
`;

interface Run {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  total: number;
}

let specs = 0;
/** The request list goes through a file: 100,000 paths do not fit in an environment variable. */
function cannon(url: string, paths: string[], duration = DURATION_S, connections = CONNECTIONS): Promise<Run> {
  const spec = join(specDir, `spec-${specs++}.json`);
  writeFileSync(spec, JSON.stringify({ url, paths, connections, duration }));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD], {
      cwd: process.cwd(),
      env: { ...process.env, BENCH_SPEC: spec },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.on('exit', (code) => {
      rmSync(spec, { force: true });
      if (code === 0) resolve(JSON.parse(out) as Run);
      else reject(new Error(`autocannon exited ${code}`));
    });
  });
}

/**
 * Requests as users make them: every entity can be asked for, a few often and most rarely. Popularity ranks are a
 * shuffle of all entities (independent of degree), drawn with Zipf's law (the k-th most popular in proportion to
 * 1/k^ZIPF_S), so the read cache meets what it meets in use instead of a small set it can hold whole.
 */
function zipfDraws<T>(items: T[], count: number): T[] {
  const ranked = [...items];
  for (let i = ranked.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ranked[i], ranked[j]] = [ranked[j]!, ranked[i]!];
  }
  const cdf = new Float64Array(ranked.length);
  let sum = 0;
  for (let k = 0; k < ranked.length; k++) cdf[k] = sum += 1 / (k + 1) ** ZIPF_S;
  return Array.from({ length: count }, () => {
    const u = random() * sum;
    let lo = 0;
    let hi = ranked.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return ranked[lo]!;
  });
}

// ---- main ----------------------------------------------------------------------------------
async function main(): Promise<void> {
  const config = loadConfig();
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-api-'));
  // Always a private local database: the bench writes 400k elements.
  const target = await selectDatabase(
    { ...config, neo4jUri: undefined },
    { localDataDir: dataDir, localBoltPort: 0, tryContainers: false, log: say },
  );
  let server: WebServer | undefined;
  let cold: WebServer | undefined;
  try {
    const driver = createDriver(target);
    await ensureSchema(driver, target.database);
    const t0 = performance.now();
    const { ids, names } = await loadGraph(driver, target.database);
    say(
      `bench:api: loaded ${ENTITIES.toLocaleString()} entities and ${RELATIONS.toLocaleString()} relationships in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    say(`bench:api: settling: ${await waitForSettledDatabase(dataDir)}`);
    await driver.close();

    const serve = (readCacheMiB?: number) =>
      startWebServer({
        target,
        port: 0,
        host: '127.0.0.1',
        extraRoutes: [helloRoute],
        config: { ...config, logLevel: 'silent', rateLimitPerMinute: 10_000_000, ...(readCacheMiB === undefined ? {} : { readCacheMiB }) },
      });
    // As shipped (read cache on), and with the read cache off: what a request costs when it misses.
    const shipped = await serve();
    server = shipped;
    const uncached = await serve(0);
    cold = uncached;
    // Every entity, each with the prefix a user types for it (3 to 8 letters, fixed per entity).
    const entities = PRIMARY_ENTITY_LABELS.flatMap((label) => ids[label]).map((id, i) => ({
      id,
      prefix: names[i]!.slice(0, 3 + ((i * 7919) % 6)),
    }));
    const drawn = zipfDraws(entities, 2 * DRAWS);
    const searches = drawn.map((e) => `/api/search?q=${encodeURIComponent(e.prefix)}`);
    const nodeIds = drawn.map((e) => e.id);
    say(
      `bench:api: ${DRAWS.toLocaleString()} requests per endpoint drawn from all ${entities.length.toLocaleString()} entities by Zipf (s = ${ZIPF_S}): ${new Set(nodeIds.slice(0, DRAWS)).size.toLocaleString()} distinct in a run`,
    );
    const endpoints: [string, string[]][] = [
      ['hello JSON', ['/api/hello']],
      ['search', searches],
      ['neighbours', nodeIds.map((id) => `/api/nodes/${encodeURIComponent(id)}/neighbors`)],
      ['node', nodeIds.map((id) => `/api/nodes/${encodeURIComponent(id)}`)],
      ['overview', ['/api/graph']],
    ];
    const only = process.env.BENCH_ENDPOINTS?.split(',');
    if (only) for (let i = endpoints.length - 1; i > 0; i--) if (!only.includes(endpoints[i]![0])) endpoints.splice(i, 1);
    const cached = (name: string) => name !== 'hello JSON' && name !== 'overview';
    interface Target {
      name: string;
      server: WebServer;
      paths: string[];
    }
    const targets: Target[] = [
      ...endpoints.filter(([name]) => CACHE !== 'off' || !cached(name)).map(([name, paths]) => ({ name, server: shipped, paths })),
      ...(CACHE === 'on' ? [] : endpoints.filter(([name]) => cached(name))).map(([name, paths]) => ({
        name: `${name}, no cache`,
        server: uncached,
        paths,
      })),
    ];
    say(
      `bench:api: ${CONNECTIONS} connections, ${DURATION_S} s per endpoint, servers ${shipped.url} (read cache on) and ${uncached.url} (off); autocannon in a second process, sending Accept-Encoding: gzip, deflate, br as browsers do`,
    );
    // Warm-up (plans, page cache, JIT) without the overview, whose backlog would spill into the next runs.
    for (const s of [shipped, uncached])
      await cannon(
        s.url,
        endpoints.filter(([n]) => n !== 'overview').flatMap(([, p]) => p.slice(0, 400)),
        8,
      );
    // One request at a time: the latency without queueing, to tell cost per request from contention.
    const serial = new Map<string, number>();
    for (const t of targets) {
      const times: number[] = [];
      for (let i = 0; i < (t.name === 'overview' ? 5 : 100); i++) {
        const start = performance.now();
        await (await fetch(t.server.url + t.paths[(i * 7) % t.paths.length]!)).arrayBuffer();
        times.push(performance.now() - start);
      }
      serial.set(t.name, times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!);
    }
    const load = loadavg();
    const results: [Target, Run, Run, string][] = [];
    for (const t of targets) {
      const stats = t.server.context.readCache?.stats;
      const before = stats ? { ...stats } : undefined;
      const wide = await cannon(t.server.url, t.paths.slice(0, DRAWS));
      await new Promise((r) => setTimeout(r, 2_000)); // let queries still running drain
      const narrow = await cannon(t.server.url, t.paths.slice(-DRAWS), DURATION_S, LATENCY_CONNECTIONS);
      await new Promise((r) => setTimeout(r, 2_000));
      const hits = stats && before ? stats.hits - before.hits : 0;
      const asked = stats && before ? hits + stats.misses - before.misses : 0;
      results.push([t, wide, narrow, cached(t.name) && asked ? `${((hits / asked) * 100).toFixed(0)} %` : '-']);
    }

    const hello = results[0]![1].rps;
    say('');
    say(`load average at the start of the runs: ${load.map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs`);
    say(
      `endpoint              req/s@${CONNECTIONS}  p50 ms  p99 ms  vs hello  non-2xx  p99 ms@${LATENCY_CONNECTIONS}  serial p50 ms  cache hits  targets`,
    );
    for (const [t, r, narrow, hitRate] of results) {
      const share = (r.rps / hello) * 100;
      const verdict =
        t.name === 'hello JSON'
          ? 'baseline'
          : t.name === 'overview'
            ? `>= 50 % of hello: ${share >= 50 ? 'met' : 'MISSED'}`
            : `>= 25 % of hello: ${share >= 25 ? 'met' : 'MISSED'}; p99 < 50 ms at ${LATENCY_CONNECTIONS}: ${narrow.p99 < 50 ? 'met' : 'MISSED'}`;
      const errors = r.non2xx + r.errors + narrow.non2xx + narrow.errors;
      say(
        `${t.name.padEnd(20)} ${r.rps.toFixed(0).padStart(9)}  ${String(r.p50).padStart(6)}  ${String(r.p99).padStart(6)}  ${share.toFixed(0).padStart(6)} %  ${String(errors).padStart(7)}  ${String(narrow.p99).padStart(9)}  ${serial.get(t.name)!.toFixed(1).padStart(13)}  ${hitRate.padStart(10)}  ${verdict}`,
      );
    }
    say('');
    say('The "no cache" rows are every request querying Neo4j: the cost of a miss');
    say('(a node, a neighbourhood or a search no one asked for since the graph last changed).');
  } finally {
    await server?.stop();
    await cold?.stop();
    await target.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(specDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:api: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
