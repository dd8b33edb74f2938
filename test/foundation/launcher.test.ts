/* Foundation: the local launcher keeps committed writes across SIGKILL and stops cleanly on SIGTERM. */

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../graph/create-driver.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/start-local-neo4j.js';

const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-launcher-'));
const started: LocalNeo4j[] = [];
const start = async (): Promise<LocalNeo4j> => {
  const db = await startLocalNeo4j({ dataDir, boltPort: 0, heap: '512m', pageCacheMiB: 64 });
  started.push(db);
  return db;
};
const debugLog = (): string => readFileSync(join(dataDir, 'logs', 'debug.log'), 'utf8');

afterAll(async () => {
  for (const db of started) await db.stop(5_000);
  rmSync(dataDir, { recursive: true, force: true });
});

async function write(uri: string, id: string): Promise<void> {
  const driver = createDriver({ uri });
  try {
    await driver.executeQuery('CREATE (:Probe {id: $id})', { id }, { database: 'neo4j' });
  } finally {
    await driver.close();
  }
}

async function count(uri: string, id: string): Promise<number> {
  const driver = createDriver({ uri });
  try {
    const { records } = await driver.executeQuery('MATCH (p:Probe {id: $id}) RETURN count(p) AS n', { id }, { database: 'neo4j' });
    return records[0]!.get('n') as number;
  } finally {
    await driver.close();
  }
}

describe('the local Neo4j launcher', () => {
  it('when killed with SIGKILL after a committed write and started again, then the write is there', async () => {
    const first = await start();
    await write(first.uri, 'survives-sigkill');
    first.process.kill('SIGKILL');
    await new Promise((res) => first.process.once('exit', res));

    const logBefore = debugLog().length;
    const second = await start();
    expect(await count(second.uri, 'survives-sigkill')).toBe(1);
    // The contrast that makes the next test meaningful: an unclean stop is recovered.
    expect(debugLog().slice(logBefore)).toMatch(/recovery/i);
    await second.stop();
    // Two cold starts of Neo4j, one with recovery: well over a minute on a loaded machine.
  }, 240_000);

  it('when SIGTERM is sent, then it exits cleanly within a few seconds and restarts without recovery', async () => {
    const db = await start();
    await write(db.uri, 'survives-sigterm');
    const t0 = Date.now();
    const code = await db.stop(15_000);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(db.process.signalCode).toBeNull(); // not SIGKILLed by the grace timer
    expect(code).toBe(143); // the JVM's exit status after running its shutdown hooks on SIGTERM

    const logBefore = debugLog().length;
    const again = await start();
    expect(await count(again.uri, 'survives-sigterm')).toBe(1);
    expect(debugLog().slice(logBefore)).not.toMatch(/recovery (started|completed)|Recovery required/i);
    await again.stop();
  }, 240_000);
});
