/* Server: `npm run serve` — config, database, schema, then the web server until SIGINT/SIGTERM. */

import { ConfigError, loadConfig } from '../config/config.js';
import { createDriver } from '../graph/create-driver.js';
import { ensureSchema } from '../graph/ensure-schema.js';
import { selectDatabase } from '../graph/select-database.js';
import { startWebServer } from './web-server.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const target = await selectDatabase(config);
  const driver = createDriver(target);
  try {
    await ensureSchema(driver, target.database);
  } finally {
    await driver.close();
  }
  const server = await startWebServer({ target, config, port: config.port, host: config.host });
  process.stdout.write(`serve: Newsgraph API and web app at ${server.url} (Neo4j ${target.source} at ${target.uri})\n`);
  let closing = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (closing) return;
    closing = true;
    process.stdout.write(`serve: ${signal}, shutting down …\n`);
    await server.stop().catch(() => undefined);
    await target.stop().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof ConfigError || err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
