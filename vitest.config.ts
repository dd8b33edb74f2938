/*
 * Test runner, two projects:
 * - unit: `*.test.ts` beside the code and the extraction tests in test/extraction — no database,
 *   no global setup, files in parallel (`npm run test:unit`, seconds);
 * - integration: the rest of test/ (and test/fixtures users) against one real Neo4j started in
 *   test/global-setup.ts, files one after another (`npm run test:integration`).
 * `npm test` runs both and writes test-results/vitest.json.
 */

import { defineConfig } from 'vitest/config';

const UNIT = ['{ontology,config,graph,neo4j,ingest,server,web/src}/**/*.test.ts', 'test/extraction/**/*.test.ts'];

export default defineConfig({
  test: {
    exclude: ['**/node_modules/**', 'web/dist/**'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: UNIT,
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'web/dist/**', 'test/extraction/**'],
          globalSetup: ['test/global-setup.ts'],
          // Integration tests share one database; files run one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
