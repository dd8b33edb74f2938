/* Local Neo4j: `npm run db` — runs the launcher in the foreground until Ctrl-C, or says where the one
   already running on the data directory listens. */

import { loadConfig } from '../config/config.js';
import { findRunningLocalNeo4j } from './find-running-local-neo4j.js';
import { startLocalNeo4j } from './start-local-neo4j.js';

const config = loadConfig();
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const running = await findRunningLocalNeo4j(config.localDataDir, { log });
if (running) {
  console.log(`neo4j: already running at ${running.boltUri} (pid ${running.pid}, data in ${config.localDataDir}); nothing to start`);
  process.exit(0);
}
const db = await startLocalNeo4j({
  dataDir: config.localDataDir,
  boltPort: config.localBoltPort,
  heap: config.localHeap,
  pageCacheMiB: config.localPageCacheMiB,
  txTimeoutS: config.localTxTimeoutS,
  user: config.neo4jUser,
  password: config.neo4jPassword,
  onOutput: log,
});
console.log(`neo4j: ready at ${db.uri} (data in ${config.localDataDir}); Ctrl-C stops it`);
const shutdown = async (): Promise<void> => {
  console.log('neo4j: stopping…');
  process.exit((await db.stop()) ?? 0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
