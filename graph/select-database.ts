/* Graph: picks the Neo4j to use — NEO4J_URI, else testcontainers, else the local launcher (the one
   already running on the data directory when there is one, else a new one). */

import type { Config } from '../config/config.js';
import { connectOrStartLocalNeo4j } from '../neo4j/connect-or-start-local-neo4j.js';

export interface DatabaseTarget {
  uri: string;
  user?: string;
  password?: string;
  database: string;
  source: 'env' | 'testcontainers' | 'local';
  /** True when this selection started the database (stop() then stops it); false when it connected. */
  startedHere: boolean;
  /** Stops what this selection started; a no-op for NEO4J_URI and for a local Neo4j another process runs. */
  stop(): Promise<void>;
}

export interface SelectOptions {
  /** Data directory and port for the local launcher (tests use a fresh directory and port 0). */
  localDataDir?: string;
  localBoltPort?: number;
  /** Skip the container-runtime probe (e.g. `npm start` with the persistent local data directory). */
  tryContainers?: boolean;
  log?: (line: string) => void;
}

/** Resolves within `ms` or yields undefined, so a hanging runtime probe cannot stall start-up. */
async function within<T>(ms: number, work: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((res) => (timer = setTimeout(() => res(undefined), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function tryTestcontainers(log: (line: string) => void): Promise<DatabaseTarget | undefined> {
  let tc: typeof import('testcontainers');
  let tcNeo4j: typeof import('@testcontainers/neo4j');
  try {
    tc = await import('testcontainers');
    tcNeo4j = await import('@testcontainers/neo4j');
  } catch {
    return undefined; // not installed (production install)
  }
  const client = await within(
    10_000,
    tc.getContainerRuntimeClient().catch(() => undefined),
  );
  if (!client) return undefined;
  log('database: a container runtime answered; starting neo4j:5.26-community with testcontainers');
  const container = await new tcNeo4j.Neo4jContainer('neo4j:5.26-community').withPassword('newsgraph-test').start();
  return {
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password: container.getPassword(),
    database: 'neo4j',
    source: 'testcontainers',
    startedHere: true,
    stop: async () => {
      await container.stop();
    },
  };
}

export async function selectDatabase(config: Config, options: SelectOptions = {}): Promise<DatabaseTarget> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  if (config.neo4jUri) {
    return {
      uri: config.neo4jUri,
      user: config.neo4jUser,
      password: config.neo4jPassword,
      database: config.neo4jDatabase,
      source: 'env',
      startedHere: false,
      stop: async () => {},
    };
  }
  if (options.tryContainers !== false) {
    const container = await tryTestcontainers(log);
    if (container) return container;
  }
  log('database: no NEO4J_URI and no container runtime; using the local Neo4j launcher');
  const local = await connectOrStartLocalNeo4j({
    dataDir: options.localDataDir ?? config.localDataDir,
    boltPort: options.localBoltPort ?? config.localBoltPort,
    heap: config.localHeap,
    pageCacheMiB: config.localPageCacheMiB,
    txTimeoutS: config.localTxTimeoutS,
    user: config.neo4jUser,
    password: config.neo4jPassword,
    log,
  });
  return {
    uri: local.uri,
    user: config.neo4jUser,
    password: config.neo4jPassword,
    database: config.neo4jDatabase,
    source: 'local',
    startedHere: local.startedHere,
    stop: () => local.stop(),
  };
}
