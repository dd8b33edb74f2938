/* Fuzz tests: schemathesis, a peer's fuzzer, runs every operation of the server's own OpenAPI document
   against the real server on the run's Neo4j — writes included, with an editor's token — under a fixed seed
   and a time budget, with the checks a client relies on: no server error, only documented statuses and
   content types, bodies that match their schemas, and invalid input rejected. Zero failures. */

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadSeeds } from '../seed-graph.js';
import { clearGraph } from '../test-database.js';
import { loadFixtureGraph } from '../server/fixture-graph.js';
import { startHarness, type Harness } from '../server/server-harness.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Made by .ci/run: `python3 -m venv .venv-fuzz && .venv-fuzz/bin/pip install -r test/fuzz/requirements.txt`. */
const SCHEMATHESIS = path.join(ROOT, '.venv-fuzz/bin/schemathesis');
const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
  'negative_data_rejection',
];
const TOKEN = 'fuzz-editor-token';
/** The fuzzing budget; schemathesis stops by itself when it is spent. */
const MAX_TIME_S = 150;

let h: Harness;
let workDir: string;

beforeAll(async () => {
  h = await startHarness({ editorTokens: [{ user: 'fuzzer', token: TOKEN }], rateLimitPerMinute: 10_000_000 });
  await clearGraph(h.driver, h.database);
  await loadSeeds(h.driver, h.database);
  await loadFixtureGraph(h.driver, h.database);
  workDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-fuzz-'));
});

afterAll(async () => {
  await h?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  // The fuzzer's writes (documents, merges, edits) stay out of the files that run after this one.
  if (h) await clearGraph(h.driver, h.database).catch(() => undefined);
});

it(
  'when schemathesis fuzzes every operation with a fixed seed, then it finds no failure',
  async () => {
    expect(existsSync(SCHEMATHESIS), `${SCHEMATHESIS} is missing: run .ci/run, or make the venv as it does`).toBe(true);
    const args = [
      '--config-file',
      path.join(ROOT, 'test/fuzz/schemathesis.toml'),
      'run',
      `${h.server.url}/api/openapi.json`,
      '--checks',
      CHECKS.join(','),
      '--seed',
      '20',
      '--max-examples',
      '10',
      '--max-time',
      String(MAX_TIME_S),
      '--workers',
      '1',
      // The one operation that makes the server fetch a URL: fuzzed, it would send the fuzzer's URLs to hosts on
      // the internet. test/server/url-ingest-api.test.ts covers it against a local site.
      '--exclude-path',
      '/api/documents/url',
      '--header',
      `Authorization: Bearer ${TOKEN}`,
      '--generation-database',
      'none',
      '--no-color',
      '--output-truncate',
      'true',
    ];
    const run = await new Promise<{ code: number; out: string }>((resolve) => {
      execFile(SCHEMATHESIS, args, { cwd: workDir, maxBuffer: 64 * 2 ** 20, timeout: (MAX_TIME_S + 60) * 1000 }, (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, out: `${stdout}${stderr}` }),
      );
    });
    const summary = run.out.slice(run.out.lastIndexOf('SUMMARY'));
    // The operations it tested, and the failures it found (the report names each with a curl to reproduce).
    expect(summary, run.out.slice(-20_000)).toMatch(/Tested: \d+/);
    expect(run.out.slice(-20_000)).not.toMatch(/FAILURES|Failures:|Errors:/);
    expect(run.code, run.out.slice(-20_000)).toBe(0);
    const [, selected, all] = /Selected: (\d+)\/(\d+)/.exec(summary) ?? [];
    const [, tested] = /Tested: (\d+)/.exec(summary) ?? [];
    expect(Number(tested)).toBe(Number(selected));
    expect(Number(selected)).toBe(Number(all) - 1);
    expect(Number(selected)).toBeGreaterThanOrEqual(20);
  },
  (MAX_TIME_S + 120) * 1000,
);
