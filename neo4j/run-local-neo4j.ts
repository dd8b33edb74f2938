/* Local Neo4j: `npm run db` — runs the launcher in the foreground until Ctrl-C. */

import { loadConfig } from '../config/config.js';
import { startLocalNeo4j } from './start-local-neo4j.js';

const config = loadConfig();
const db = await startLocalNeo4j({
  dataDir: config.localDataDir,
  boltPort: config.localBoltPort,
  heap: config.localHeap,
  pageCacheMiB: config.localPageCacheMiB,
  txTimeoutS: config.localTxTimeoutS,
  user: config.neo4jUser,
  password: config.neo4jPassword,
  onOutput: (line) => process.stderr.write(`${line}\n`),
});
console.log(`neo4j: ready at ${db.uri} (data in ${config.localDataDir}); Ctrl-C stops it`);
const shutdown = async (): Promise<void> => {
  console.log('neo4j: stopping…');
  process.exit((await db.stop()) ?? 0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
