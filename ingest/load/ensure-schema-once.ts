/* Ingest load: ensures the schema once per driver and database, however many loads run in parallel. */

import type { Driver } from 'neo4j-driver';
import { ensureSchema } from '../../graph/ensure-schema.js';

const done = new WeakMap<Driver, Map<string, Promise<unknown>>>();

export async function ensureSchemaOnce(driver: Driver, database: string): Promise<void> {
  const byDatabase = done.get(driver) ?? done.set(driver, new Map()).get(driver)!;
  let pending = byDatabase.get(database);
  if (!pending) {
    pending = ensureSchema(driver, database);
    byDatabase.set(database, pending);
    pending.catch(() => byDatabase.delete(database));
  }
  await pending;
}
