/* Tests: a driver on the run's database, plus a helper that empties it between suites. */

import type { Driver } from 'neo4j-driver';
import { afterAll, beforeEach, inject } from 'vitest';
import { createDriver } from '../graph/create-driver.js';

export function testDatabase(): { driver: Driver; database: string } {
  const target = inject('neo4j');
  return { driver: createDriver(target), database: target.database };
}

/** Deletes every node and relationship (schema stays). */
export async function clearGraph(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/** For suites that need an empty graph before every test: the driver, closed after the suite. */
export function cleanGraphPerTest(): { driver: Driver; database: string } {
  const db = testDatabase();
  beforeEach(() => clearGraph(db.driver, db.database));
  afterAll(() => db.driver.close());
  return db;
}
