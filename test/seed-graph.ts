/* Tests: loads the seed articles into the test database (idempotent), for integration suites' beforeAll. */

import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { ingestPaths, type PathsIngestSummary } from '../ingest/ingest-paths.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Ingests seeds/ through the real pipeline; a second call adds nothing. Throws if a seed fails. */
export async function loadSeeds(driver: Driver, database: string): Promise<PathsIngestSummary> {
  const summary = await ingestPaths(driver, database, ['seeds'], { baseDir: REPO_ROOT });
  if (summary.failed.length > 0 || summary.rejected.length > 0) {
    const problems = [...summary.failed, ...summary.rejected].map((p) => `${p.source}: ${p.reason}`).join('; ');
    throw new Error(`test/seed-graph: seeds did not load cleanly: ${problems}`);
  }
  return summary;
}
