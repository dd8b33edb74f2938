/* Local Neo4j: starts the embedded launcher as a child process and waits until Bolt answers; while it
   runs, its launcher.json in the data directory tells other processes where to connect. */

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { buildLauncher, launcherClasspath } from './build-launcher.js';
import { removeLauncherRecord, writeLauncherRecord } from './launcher-record.js';

export interface LocalNeo4jOptions {
  dataDir: string;
  /** 0 picks a free port. */
  boltPort: number;
  heap?: string;
  pageCacheMiB?: number;
  txTimeoutS?: number;
  user?: string;
  password?: string;
  /** How long to wait for the ready line. */
  startTimeoutMs?: number;
  /** Where the launcher's own output goes; silent by default. */
  onOutput?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  dataDir: string;
  process: ChildProcess;
  /** SIGTERM and wait for a clean exit (SIGKILL after the grace period). */
  stop(graceMs?: number): Promise<number | null>;
}

const JAVA_OPENS = ['java.nio', 'java.io', 'sun.nio.ch', 'java.lang', 'java.util', 'java.util.concurrent'].map(
  (pkg) => `--add-opens=java.base/${pkg}=ALL-UNNAMED`,
);

const READY = /^NEWSGRAPH_NEO4J_READY (bolt:\/\/\S+)/;

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  buildLauncher();
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const heap = options.heap ?? '2g';
  const child = spawn(
    'java',
    [`-Xms${heap}`, `-Xmx${heap}`, '-XX:+UseG1GC', ...JAVA_OPENS, '-cp', launcherClasspath(), 'dev.newsgraph.neo4j.Launcher'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NEWSGRAPH_NEO4J_DATA: dataDir,
        NEWSGRAPH_NEO4J_BOLT_PORT: String(options.boltPort),
        NEWSGRAPH_NEO4J_PAGECACHE: String(options.pageCacheMiB ?? 1024),
        NEWSGRAPH_NEO4J_TX_TIMEOUT_S: String(options.txTimeoutS ?? 120),
        NEO4J_USER: options.user ?? '',
        NEO4J_PASSWORD: options.password ?? '',
      },
    },
  );
  const tail: string[] = [];
  const remember = (line: string): void => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
    options.onOutput?.(line);
  };
  createInterface({ input: child.stderr! }).on('line', remember);
  const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));

  const uri = await new Promise<string>((res, rej) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rej(new Error(`neo4j: the launcher did not report ready within ${options.startTimeoutMs ?? 120_000} ms\n${tail.join('\n')}`));
    }, options.startTimeoutMs ?? 120_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const ready = READY.exec(line);
      if (ready) {
        clearTimeout(timer);
        res(ready[1]!);
      } else remember(line);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      rej(new Error(`neo4j: the launcher exited with code ${code} before it was ready\n${tail.join('\n')}`));
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      rej(new Error(`neo4j: could not start java (${err.message}); install Java 17 or set NEO4J_URI`));
    });
  });

  const pid = child.pid!;
  try {
    writeLauncherRecord(dataDir, {
      pid,
      ownerPid: process.pid,
      boltUri: uri,
      boltPort: Number(new URL(uri).port),
      startedAt: new Date().toISOString(),
    });
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`neo4j: could not write the launcher record in ${dataDir}: ${(error as Error).message}`, { cause: error });
  }
  // The owner's database goes with it: stopped (and its record removed) if this process exits first.
  const stopWithOwner = (): void => {
    child.kill('SIGTERM');
    removeLauncherRecord(dataDir, pid);
  };
  process.once('exit', stopWithOwner);
  child.once('exit', () => {
    process.removeListener('exit', stopWithOwner);
    removeLauncherRecord(dataDir, pid);
  });

  return {
    uri,
    dataDir,
    process: child,
    async stop(graceMs = 30_000) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
