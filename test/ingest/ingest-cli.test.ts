/* Ingest and extract commands end to end, as child processes against the test database. */

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clearGraph, testDatabase } from '../test-database.js';
import { graphCounts, query } from './graph-queries.js';

const run = promisify(execFile);
const ROOT = new URL('../..', import.meta.url).pathname;
// The tsx binary itself (what `npx tsx` runs), so npm's own warnings do not reach stderr.
const TSX = join(ROOT, 'node_modules/.bin/tsx');

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(script: string, args: string[], env: Record<string, string> = {}): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(TSX, [script, ...args], {
      cwd: ROOT,
      env: { ...process.env, INIT_CWD: ROOT, ...env },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

let driver: Driver;
let database: string;
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  ({ driver, database } = testDatabase());
  await clearGraph(driver, database);
  const target = inject('neo4j');
  env = {
    NEO4J_URI: target.uri,
    NEO4J_DATABASE: target.database,
    ...(target.user ? { NEO4J_USER: target.user } : {}),
    ...(target.password ? { NEO4J_PASSWORD: target.password } : {}),
  };
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
  writeFileSync(join(dir, 'empty.txt'), '   \n');
});
afterAll(async () => {
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ingest command', () => {
  it('when run with --dry-run on the seeds, then it prints the summary and writes nothing', async () => {
    const out = await cli('ingest/cli/ingest-command.ts', ['seeds', '--dry-run'], env);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^dry run \(nothing written\): documents: 5 read, 5 new/m);
    expect((await graphCounts(driver, database)).nodes).toBe(0);
  });

  it('when run on the seeds and a bad path, then it ingests the seeds, names the rejects and exits 1', async () => {
    const out = await cli('ingest/cli/ingest-command.ts', ['seeds', join(dir, 'empty.txt'), 'no/such/file.txt'], env);
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/documents: 7 read, 5 new, 0 already ingested, 2 rejected, 0 failed/);
    expect(out.stdout).toContain('rejected: no/such/file.txt: no such file or directory');
    expect(out.stdout).toMatch(/rejected: .*empty\.txt: empty file/);
    expect(out.stderr).toContain('ingest: 5/5 documents');
    const [docs] = await query<{ n: number }>(driver, database, 'MATCH (d:Document) RETURN count(d) AS n');
    expect(docs!.n).toBe(5);
  });

  it('when run again on the seeds, then everything is already ingested and it exits 0', async () => {
    const out = await cli('ingest/cli/ingest-command.ts', ['seeds/*.txt'], env);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/documents: 5 read, 0 new, 5 already ingested/);
  });

  it('when --remove is given a document id, then the document is gone', async () => {
    const [doc] = await query<{ id: string }>(
      driver,
      database,
      "MATCH (d:Document) WHERE d.source STARTS WITH 'seeds/004' RETURN d.id AS id",
    );
    const out = await cli('ingest/cli/ingest-command.ts', ['--remove', doc!.id], env);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(new RegExp(`^removed document ${doc!.id} \\(seeds/004`));
    const [left] = await query<{ n: number }>(driver, database, 'MATCH (d:Document) RETURN count(d) AS n');
    expect(left!.n).toBe(4);
  });

  it('when --reextract is given, then every stored document is extracted again and a summary printed', async () => {
    const [before] = await query<{ n: number }>(driver, database, "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONED_IN' RETURN count(r) AS n");
    const out = await cli('ingest/cli/ingest-command.ts', ['--reextract'], env);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^re-extracted 4 of 4 documents, 0 failed$/m);
    expect(out.stdout).toMatch(new RegExp(`^relations: ${before!.n} before, \\d+ after; entities: \\d+ before, \\d+ after$`, 'm'));
    expect(out.stderr).toContain('reextract: 4/4 documents');
    expect((await cli('ingest/cli/ingest-command.ts', ['--reextract', 'seeds'], env)).code).toBe(2);
  });

  it('when Neo4j is unreachable, then it prints one line and exits non-zero', async () => {
    const out = await cli('ingest/cli/ingest-command.ts', ['seeds'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^ingest: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1: .*ECONNREFUSED/),
    ]);
  });
});

describe('extract command', () => {
  it('when run twice on the seeds, then it prints the same ontology JSON without text or mentions', async () => {
    const first = await cli('ingest/cli/extract-command.ts', ['seeds'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    const second = await cli('ingest/cli/extract-command.ts', ['seeds'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    const json = JSON.parse(first.stdout) as {
      documents: Record<string, unknown>[];
      entities: Record<string, unknown>[];
      relations: Record<string, unknown>[];
    };
    expect(Object.keys(json)).toEqual(['documents', 'entities', 'relations']);
    expect(json.documents).toHaveLength(5);
    expect(Object.keys(json.documents[0]!).slice(0, 3)).toEqual(['id', 'title', 'source']);
    expect(json.documents[0]).not.toHaveProperty('text');
    expect(Object.keys(json.entities[0]!)).toEqual(['id', 'type', 'labels', 'name', 'aliases', 'properties']);
    expect(Object.keys(json.relations[0]!)).toEqual([
      'source',
      'type',
      'target',
      'properties',
      'evidence',
      'docIds',
      'confidence',
      'rules',
    ]);
    expect(
      json.relations.every((r) => Array.isArray(r.rules) && (r.rules as string[]).every((id) => /^[a-z]+\.[a-z0-9-]+$/.test(id))),
    ).toBe(true);
  });

  it('when --explain is given a file, then each numbered sentence lists the rules that fired and what they emitted', async () => {
    const file = join(dir, 'explain.txt');
    writeFileSync(
      file,
      'Summit\n\nCanadian Prime Minister Elena Marsh met Mexican President Rosa Quintero in Mexico City on Thursday. The weather was mild.\n',
    );
    const out = await cli('ingest/cli/extract-command.ts', ['--explain', file]);
    expect(out.code).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines[0]).toMatch(/^== Summit \(.*explain\.txt\) · document [0-9a-f]{12}… · \d+ sentences, \d+ relations kept, \d+ refused$/);
    const first = lines.findIndex((l) => l.startsWith('[2] Canadian Prime Minister Elena Marsh met'));
    expect(first).toBeGreaterThan(0);
    const fired = lines.slice(first + 1).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('    ')));
    expect(fired).toContain('    office.title-names-country → HOLDS_OFFICE Elena Marsh → Canada {title: Prime Minister}');
    expect(fired.some((l) => / → MET_WITH (Elena Marsh → Rosa Quintero|Rosa Quintero → Elena Marsh)/.test(l))).toBe(true);
    expect(lines).toContain('[3] The weather was mild.');
  });

  it('when --with-mentions is given, then entities carry their mentions', async () => {
    const out = await cli('ingest/cli/extract-command.ts', ['--with-mentions', 'seeds/000_b91ffdcd2b4e0a21.txt']);
    const json = JSON.parse(out.stdout) as { entities: { mentions: unknown[] }[] };
    expect(json.entities.every((e) => Array.isArray(e.mentions) && e.mentions.length > 0)).toBe(true);
  });
});
