import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { boltAnswers } from './bolt-answers.js';
import { findRunningLocalNeo4j } from './find-running-local-neo4j.js';
import {
  launcherRecordPath,
  readLauncherRecord,
  removeLauncherRecord,
  writeLauncherRecord,
  type LauncherRecord,
} from './launcher-record.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-record-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has already exited. */
function deadPid(): number {
  const result = spawnSync(process.execPath, ['-e', '']);
  return result.pid!;
}

const record = (pid: number): LauncherRecord => ({
  pid,
  ownerPid: process.pid,
  boltUri: 'bolt://127.0.0.1:7999',
  boltPort: 7999,
  startedAt: '2025-06-01T10:00:00.000Z',
});

describe('the launcher record', () => {
  it('when written, then it reads back whole and no temporary file is left beside it', () => {
    writeLauncherRecord(dir, record(4242));
    expect(readLauncherRecord(dir)).toEqual({ state: 'found', record: record(4242) });
    expect(readdirSync(dir)).toEqual(['launcher.json']);
  });

  it('when removed for another launcher pid, then a newer launcher record stays', () => {
    writeLauncherRecord(dir, record(4242));
    removeLauncherRecord(dir, 4243);
    expect(existsSync(launcherRecordPath(dir))).toBe(true);
    removeLauncherRecord(dir, 4242);
    expect(existsSync(launcherRecordPath(dir))).toBe(false);
  });
});

describe('finding the running local Neo4j', () => {
  it('when there is no record, then none is running', async () => {
    expect(await findRunningLocalNeo4j(dir)).toBeUndefined();
  });

  it('when the record names a dead pid, then none is running and the stale record is removed', async () => {
    const pid = deadPid();
    writeLauncherRecord(dir, record(pid));
    const lines: string[] = [];
    expect(await findRunningLocalNeo4j(dir, { log: (line) => lines.push(line) })).toBeUndefined();
    expect(existsSync(launcherRecordPath(dir))).toBe(false);
    expect(lines).toEqual([expect.stringContaining(`stale ${launcherRecordPath(dir)} (launcher pid ${pid} is not running)`)]);
  });

  it('when the file is not a record, then it is removed with the reason', async () => {
    writeFileSync(launcherRecordPath(dir), '{"pid": "twelve"}');
    const lines: string[] = [];
    expect(await findRunningLocalNeo4j(dir, { log: (line) => lines.push(line) })).toBeUndefined();
    expect(existsSync(launcherRecordPath(dir))).toBe(false);
    expect(lines[0]).toMatch(/not a launcher record \(pid: .*number/);
  });
});

describe('the Bolt probe', () => {
  it('when nothing listens on the port, then Bolt does not answer', async () => {
    expect(await boltAnswers('127.0.0.1', 1, 1_000)).toBe(false);
  });
});
