/* Local Neo4j: one database per data directory, many clients — connects to the launcher already
   running there (found through launcher.json), else starts one that this process then owns. */

import { resolve } from 'node:path';
import { findRunningLocalNeo4j } from './find-running-local-neo4j.js';
import { startLocalNeo4j, type LocalNeo4jOptions } from './start-local-neo4j.js';

export interface LocalNeo4jConnection {
  uri: string;
  /** The launcher JVM's pid. */
  pid: number;
  /** True when this process started the database: only then does stop() stop it. */
  startedHere: boolean;
  stop(): Promise<void>;
}

export interface ConnectOrStartOptions extends LocalNeo4jOptions {
  log?: (line: string) => void;
}

// What Neo4j says when another process holds the data directory.
const LOCKED = /Lock file has been locked|FileLockException|StoreLockException/;

export async function connectOrStartLocalNeo4j(options: ConnectOrStartOptions): Promise<LocalNeo4jConnection> {
  const log = options.log ?? (() => {});
  const dataDir = resolve(options.dataDir);
  const running = await findRunningLocalNeo4j(dataDir, { log });
  if (running) {
    log(`database: connecting to the local Neo4j already running on ${dataDir} (pid ${running.pid}, since ${running.startedAt})`);
    return { uri: running.boltUri, pid: running.pid, startedHere: false, stop: async () => {} };
  }
  log(`database: starting the local Neo4j launcher on ${dataDir}`);
  try {
    const local = await startLocalNeo4j({ ...options, dataDir });
    return {
      uri: local.uri,
      pid: local.process.pid!,
      startedHere: true,
      stop: async () => {
        await local.stop();
      },
    };
  } catch (error) {
    if (!(error instanceof Error) || !LOCKED.test(error.message)) throw error;
    // Another process started a launcher on this directory at the same moment: use that one once it
    // is ready (its record appears when Bolt answers).
    const other = await waitForRecord(dataDir, options.startTimeoutMs ?? 120_000, log);
    if (!other)
      throw new Error(
        `${error.message}\nneo4j: another process holds ${dataDir} but no launcher.json appeared; is a Neo4j outside Newsgraph using this directory?`,
        { cause: error },
      );
    log(`database: connecting to the local Neo4j another process just started on ${dataDir} (pid ${other.pid})`);
    return { uri: other.boltUri, pid: other.pid, startedHere: false, stop: async () => {} };
  }
}

async function waitForRecord(dataDir: string, timeoutMs: number, log: (line: string) => void) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const record = await findRunningLocalNeo4j(dataDir, { log });
    if (record) return record;
    await new Promise((res) => setTimeout(res, 500));
  }
  return undefined;
}
