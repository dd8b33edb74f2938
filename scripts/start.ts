/* Start: `npm start` — database up, seeds ingested into an empty graph, web app built, server on :3000. */

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadConfig, ConfigError } from '../config/config.js';
import { createDriver } from '../graph/create-driver.js';
import { ensureSchema } from '../graph/ensure-schema.js';
import { selectDatabase, type DatabaseTarget } from '../graph/select-database.js';

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

async function documentCount(target: DatabaseTarget): Promise<number> {
  const driver = createDriver(target);
  try {
    await ensureSchema(driver, target.database);
    const { records } = await driver.executeQuery('MATCH (d:Document) RETURN count(d) AS n', {}, { database: target.database });
    return records[0]?.get('n') as number;
  } finally {
    await driver.close();
  }
}

async function ingestSeeds(target: DatabaseTarget): Promise<void> {
  const { ingestPaths } = await import('../ingest/ingest-paths.js');
  const { formatSummary } = await import('../ingest/cli/format-summary.js');
  const driver = createDriver(target);
  try {
    say('start: the graph is empty; ingesting seeds/ …');
    const summary = await ingestPaths(driver, target.database, ['seeds']);
    say(formatSummary(summary).replace(/^/gm, 'start: '));
  } finally {
    await driver.close();
  }
}

function buildWebIfMissing(): void {
  if (existsSync('web/dist/index.html')) return;
  say('start: building the web app (web/dist) …');
  const result = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('start: the web build failed (see above)');
}

async function main(): Promise<void> {
  const config = loadConfig();
  const target = await selectDatabase(config, { log: say });
  const owner = target.startedHere ? '' : ', already running: left running when this stops';
  say(`start: Neo4j (${target.source}${owner}) at ${target.uri}, database "${target.database}"`);
  const stopAll: (() => Promise<void>)[] = [() => target.stop()];
  const shutdown = async (): Promise<void> => {
    say('start: shutting down …');
    for (const stop of stopAll.reverse()) await stop().catch(() => {});
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  if ((await documentCount(target)) === 0) await ingestSeeds(target);
  buildWebIfMissing();
  const { startWebServer } = await import('../server/web-server.js');
  const server = await startWebServer({ target, port: config.port, host: config.host });
  stopAll.push(() => server.stop());
  say(`start: Newsgraph is running at http://localhost:${server.port} (Ctrl-C stops it)`);
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
