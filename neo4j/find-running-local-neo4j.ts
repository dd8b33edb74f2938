/* Local Neo4j: the launcher already running on a data directory, found through its launcher.json.
   A record whose launcher is gone (or a file that is no record at all) is removed. */

import { setTimeout as sleep } from 'node:timers/promises';
import { boltAnswers } from './bolt-answers.js';
import { isLauncherAlive } from './is-launcher-alive.js';
import { launcherRecordPath, readLauncherRecord, removeLauncherRecord, type LauncherRecord } from './launcher-record.js';

export interface FindOptions {
  /** How long a live launcher whose Bolt is silent (shutting down, busy) is given to answer or exit. */
  waitMs?: number;
  log?: (line: string) => void;
}

class LauncherNotAnsweringError extends Error {
  override name = 'LauncherNotAnsweringError';
}

/** The record of a live launcher (its JVM runs and Bolt answers), or undefined when none runs. */
export async function findRunningLocalNeo4j(dataDir: string, options: FindOptions = {}): Promise<LauncherRecord | undefined> {
  const log = options.log ?? (() => {});
  const file = launcherRecordPath(dataDir);
  const deadline = Date.now() + (options.waitMs ?? 10_000);
  for (;;) {
    const reading = readLauncherRecord(dataDir);
    if (reading.state === 'none') return undefined;
    if (reading.state === 'unreadable') {
      log(`database: removing ${file}: not a launcher record (${reading.reason})`);
      removeLauncherRecord(dataDir);
      return undefined;
    }
    const { record } = reading;
    if (!isLauncherAlive(record.pid)) {
      log(`database: removing the stale ${file} (launcher pid ${record.pid} is not running)`);
      removeLauncherRecord(dataDir, record.pid);
      return undefined;
    }
    const bolt = new URL(record.boltUri);
    if (await boltAnswers(bolt.hostname, record.boltPort)) return record;
    if (Date.now() >= deadline) {
      throw new LauncherNotAnsweringError(
        `neo4j: ${file} names a running launcher (pid ${record.pid}) but Bolt at ${record.boltUri} does not answer; ` +
          `stop that process (kill ${record.pid}) or delete the file`,
      );
    }
    await sleep(250);
  }
}
