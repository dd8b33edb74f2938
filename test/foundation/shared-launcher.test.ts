/* Foundation: one local Neo4j per data directory, many clients — with the app running on a local
   launcher, an ingest in a second process connects to that launcher instead of starting another. */

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/config.js';
import { createDriver } from '../../graph/create-driver.js';
import { ensureSchema } from '../../graph/ensure-schema.js';
import { selectDatabase, type DatabaseTarget } from '../../graph/select-database.js';
import { boltAnswers } from '../../neo4j/bolt-answers.js';
import { isLauncherAlive } from '../../neo4j/is-launcher-alive.js';
import { launcherRecordPath, readLauncherRecord } from '../../neo4j/launcher-record.js';
import { startWebServer, type WebServer } from '../../server/web-server.js';
import type { DocumentsResponse } from '../../ontology/api-types.js';
import { TEST_CONFIG } from '../server/server-harness.js';

const run = promisify(execFile);
const ROOT = new URL('../..', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-shared-neo4j-'));
const inputDir = mkdtempSync(join(tmpdir(), 'newsgraph-shared-input-'));
const config = loadConfig(process.env, {
  neo4jUri: undefined,
  neo4jUser: undefined,
  neo4jPassword: undefined,
  localHeap: '512m',
  localPageCacheMiB: 64,
});

let target: DatabaseTarget;
let server: WebServer;

beforeAll(async () => {
  target = await selectDatabase(config, { localDataDir: dataDir, localBoltPort: 0, tryContainers: false, log: () => {} });
  const driver = createDriver(target);
  try {
    await ensureSchema(driver, target.database);
  } finally {
    await driver.close();
  }
  server = await startWebServer({ target, port: 0, host: '127.0.0.1', config: TEST_CONFIG });
});

afterAll(async () => {
  await server?.stop();
  await target?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(inputDir, { recursive: true, force: true });
});

/** `npx tsx ingest/cli/ingest-command.ts PATH` in its own process, on the same data directory, no NEO4J_URI. */
async function ingestInSecondProcess(path: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEWSGRAPH_NEO4J_DATA: dataDir,
    NEWSGRAPH_NEO4J_BOLT_PORT: '0',
    NEWSGRAPH_NEO4J_HEAP: '512m',
    INIT_CWD: ROOT,
  };
  delete env.NEO4J_URI;
  delete env.NEO4J_USER;
  delete env.NEO4J_PASSWORD;
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'ingest/cli/ingest-command.ts', path], { cwd: ROOT, env, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('a local Neo4j shared by the app and the ingest command', () => {
  it('when the app started the launcher, then launcher.json names its JVM and Bolt URI', () => {
    expect(target.source).toBe('local');
    expect(target.startedHere).toBe(true);
    const reading = readLauncherRecord(dataDir);
    expect(reading.state).toBe('found');
    if (reading.state !== 'found') return;
    expect(reading.record).toMatchObject({ boltUri: target.uri, ownerPid: process.pid });
    expect(isLauncherAlive(reading.record.pid)).toBe(true);
  });

  it('when an ingest runs in a second process, then it connects to the running launcher and the app serves the new document', async () => {
    const file = join(inputDir, 'harbour.txt');
    writeFileSync(file, 'Harbour levy talks resume\n\nPortugal and Morocco resumed talks on a harbour levy in Lisbon on Tuesday.\n');
    const before = readLauncherRecord(dataDir);

    const out = await ingestInSecondProcess(file);
    expect(out.stderr).toMatch(/connecting to the local Neo4j already running on .*newsgraph-shared-neo4j-/);
    expect(out.stderr).not.toMatch(/Lock file|starting the local Neo4j/);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/documents: 1 read, 1 new/);

    const res = await fetch(`${server.url}/api/documents`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as DocumentsResponse;
    expect(body.documents.map((d) => d.title)).toContain('Harbour levy talks resume');

    // The client merely connected: the launcher it used is still the same one, running and answering.
    expect(readLauncherRecord(dataDir)).toEqual(before);
    expect(await boltAnswers('127.0.0.1', Number(new URL(target.uri).port))).toBe(true);
  });

  it('when a second selection connects and stops, then the database keeps running; when the owner stops, the record goes', async () => {
    const client = await selectDatabase(config, { localDataDir: dataDir, localBoltPort: 0, tryContainers: false, log: () => {} });
    expect(client.startedHere).toBe(false);
    expect(client.uri).toBe(target.uri);
    await client.stop();
    expect(await boltAnswers('127.0.0.1', Number(new URL(target.uri).port))).toBe(true);

    await server.stop();
    await target.stop();
    expect(existsSync(launcherRecordPath(dataDir))).toBe(false);
    expect(await boltAnswers('127.0.0.1', Number(new URL(target.uri).port))).toBe(false);
  });
});
