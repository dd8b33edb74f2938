/* Test runner: unit tests beside the code, integration and browser tests in test/; one real Neo4j. */

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{ontology,config,graph,neo4j,ingest,server,web/src}/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'web/dist/**'],
    globalSetup: ['test/global-setup.ts'],
    // Integration tests share one database; files run one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
