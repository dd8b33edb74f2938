/* Tests: starts the one real Neo4j for the whole run (NEO4J_URI, testcontainers or the launcher). */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../config/config.js';
import { createDriver } from '../graph/create-driver.js';
import { ensureSchema } from '../graph/ensure-schema.js';
import { selectDatabase } from '../graph/select-database.js';

export interface TestDatabase {
  uri: string;
  user?: string;
  password?: string;
  database: string;
  source: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestDatabase;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-test-neo4j-'));
  const target = await selectDatabase(config, { localDataDir: dataDir, localBoltPort: 0 });
  const driver = createDriver(target);
  await ensureSchema(driver, target.database);
  await driver.close();
  project.provide('neo4j', {
    uri: target.uri,
    user: target.user,
    password: target.password,
    database: target.database,
    source: target.source,
  });
  process.stderr.write(`tests: Neo4j from ${target.source} at ${target.uri}\n`);
  return async () => {
    await target.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
