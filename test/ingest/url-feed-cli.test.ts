/* `ingest` with URLs and feeds, as child processes against the test database; pages and feeds come from a local HTTP server on 127.0.0.1. */

import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testDatabase } from '../test-database.js';
import { articlePage, atomFeed, rssFeed, send, startLocalWeb, type FeedEntry, type LocalWeb } from '../web/local-web.js';
import { query } from './graph-queries.js';

const run = promisify(execFile);
const ROOT = new URL('../..', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SCRIPT = 'ingest/cli/ingest-command.ts';
const RUN_ID = Date.now();

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

let driver: Driver;
let database: string;
let dir: string;
let env: Record<string, string>;
let web: LocalWeb;

async function cli(args: string[], extra: Record<string, string> = {}): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(TSX, [SCRIPT, ...args], {
      cwd: ROOT,
      env: { ...process.env, INIT_CWD: ROOT, ...env, ...extra },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** A distinct article per path, so every page is its own document. */
function servePage(path: string, headline: string, country: string): string {
  const paragraphs = [
    `The government of ${country} announced new tariffs on steel imports on Monday, officials said.`,
    `Trade minister talks with ${country} partners are expected to continue next week in Geneva, according to a statement.`,
    `Analysts said the measures, reference ${path} ${RUN_ID}, would affect exporters across the region for months.`,
  ];
  web.routes.set(
    path,
    send('text/html; charset=utf-8', articlePage({ headline, paragraphs, site: 'Ledger Wire', published: '2025-03-03T08:00:00Z' })),
  );
  return `${web.origin}${path}`;
}

const docsWithUrl = async (url: string) =>
  query<{ title: string; source: string; publishedAt: string | null }>(
    driver,
    database,
    'MATCH (d:Document {url: $url}) RETURN d.title AS title, d.source AS source, d.publishedAt AS publishedAt',
    { url },
  );

beforeAll(async () => {
  ({ driver, database } = testDatabase());
  const target = inject('neo4j');
  env = {
    NEO4J_URI: target.uri,
    NEO4J_DATABASE: target.database,
    NEWSGRAPH_ALLOW_PRIVATE_URLS: 'true',
    ...(target.user ? { NEO4J_USER: target.user } : {}),
    ...(target.password ? { NEO4J_PASSWORD: target.password } : {}),
  };
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-feeds-'));
  web = await startLocalWeb();
});
afterAll(async () => {
  await driver.close();
  await web.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ingest URL', () => {
  it('when given a page URL and an image URL, then the article is ingested with its metadata and the image is rejected with its reason', async () => {
    const page = servePage('/cli/page', 'Steel tariffs announced', 'Portugal');
    web.routes.set('/cli/chart.png', send('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47])));
    const out = await cli([page, `${web.origin}/cli/chart.png`]);
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/documents: 2 read, 1 new, 0 already ingested, 1 rejected/);
    expect(out.stdout).toContain(`rejected: ${web.origin}/cli/chart.png: ${web.origin}/cli/chart.png is image/png: only HTML pages`);
    expect(await docsWithUrl(page)).toEqual([
      { title: 'Steel tariffs announced', source: 'Ledger Wire', publishedAt: '2025-03-03T08:00:00Z' },
    ]);
  });

  it('when private addresses are not allowed, then the local URL is refused and never requested', async () => {
    const page = servePage('/cli/refused', 'Never fetched', 'Chile');
    const before = web.requests.length;
    const out = await cli([page], { NEWSGRAPH_ALLOW_PRIVATE_URLS: 'false' });
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/rejected: .*127\.0\.0\.1 is a loopback address/);
    expect(web.requests.length).toBe(before);
  });
});

describe('ingest --feed', () => {
  const rssItems: FeedEntry[] = [];
  let rssUrl: string;

  it('when an RSS feed is served, then each item page is ingested; run again, nothing is fetched or ingested twice', async () => {
    rssItems.push(
      { title: 'Tariffs one', link: servePage('/rss/one', 'Tariffs one', 'Norway'), date: '2025-03-01T10:00:00Z' },
      { title: 'Tariffs two', link: servePage('/rss/two', 'Tariffs two', 'Kenya'), date: '2025-03-02T10:00:00Z' },
    );
    web.routes.set('/feed.rss', (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed('Ledger Wire RSS', rssItems)),
    );
    rssUrl = `${web.origin}/feed.rss`;
    const first = await cli(['--feed', rssUrl]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/feed "Ledger Wire RSS": 2 items, 0 known, 2 to ingest/);
    expect(first.stdout).toMatch(/documents: 2 read, 2 new/);
    expect(await docsWithUrl(rssItems[0]!.link)).toHaveLength(1);
    expect(await docsWithUrl(rssItems[1]!.link)).toHaveLength(1);
    const pageRequests = web.requests.filter((r) => r.startsWith('/rss/')).length;
    const second = await cli(['--feed', rssUrl]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/2 items, 2 known, 0 to ingest/);
    expect(web.requests.filter((r) => r.startsWith('/rss/')).length).toBe(pageRequests);
  });

  it('when an Atom feed file is given, then its items are ingested, and an item whose page fails falls back to its own content', async () => {
    const content = `<p>Officials in Peru said on Friday that copper exports to Japan rose sharply, reference ${RUN_ID}.</p><p>The trade ministry expects further growth.</p>`;
    const entries: FeedEntry[] = [
      {
        title: 'Atom one',
        link: servePage('/atom/one', 'Atom one', 'Ghana'),
        guid: `urn:test:atom-one-${RUN_ID}`,
        date: '2025-03-04T10:00:00Z',
      },
      {
        title: 'Copper exports rise',
        link: `${web.origin}/atom/gone`,
        guid: `urn:test:atom-gone-${RUN_ID}`,
        date: '2025-03-05T10:00:00Z',
        content,
      },
    ];
    const file = join(dir, 'feed.atom');
    writeFileSync(file, atomFeed('Ledger Wire Atom', entries));
    const out = await cli(['--feed', file]);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/feed "Ledger Wire Atom": 2 items, 0 known, 2 to ingest/);
    expect(out.stdout).toMatch(/documents: 2 read, 2 new/);
    expect(out.stdout).toMatch(/warning: .*\/atom\/gone: the page could not be read \(.*HTTP 404.*\); the feed's own content was ingested/);
    expect(await docsWithUrl(entries[0]!.link)).toHaveLength(1);
    expect(await docsWithUrl(entries[1]!.link)).toEqual([
      { title: 'Copper exports rise', source: 'Ledger Wire Atom', publishedAt: '2025-03-05T10:00:00.000Z' },
    ]);
  });

  it('when following the RSS feed, then a new item is picked up on a later poll and the old ones are not ingested again', async () => {
    const child = spawn(TSX, [SCRIPT, '--feed', rssUrl, '--follow', '--every', '1s'], {
      cwd: ROOT,
      env: { ...process.env, INIT_CWD: ROOT, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const waitFor = async (pattern: RegExp, ms = 90_000): Promise<void> => {
      const until = Date.now() + ms;
      while (!pattern.test(stdout)) {
        if (Date.now() > until) throw new Error(`timed out waiting for ${pattern}\nstdout:\n${stdout}\nstderr:\n${stderr}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    };
    try {
      await waitFor(/poll 1: feed "Ledger Wire RSS": 2 items, 2 known, 0 to ingest/);
      const oldPageRequests = web.requests.filter((r) => r.startsWith('/rss/')).length;
      rssItems.push({ title: 'Tariffs three', link: servePage('/rss/three', 'Tariffs three', 'Vietnam'), date: '2025-03-06T10:00:00Z' });
      await waitFor(/poll \d+: feed "Ledger Wire RSS": 3 items, 2 known, 1 to ingest\ndocuments: 1 read, 1 new/);
      await waitFor(/poll \d+: feed "Ledger Wire RSS": 3 items, 3 known, 0 to ingest/);
      expect(await docsWithUrl(rssItems[2]!.link)).toHaveLength(1);
      for (const item of rssItems) expect(await docsWithUrl(item.link)).toHaveLength(1);
      expect(web.requests.filter((r) => r.startsWith('/rss/')).length).toBe(oldPageRequests + 1);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });

  it('when following a feed that fails to load, then the failure is reported and the next poll still happens', async () => {
    let fail = true;
    web.routes.set('/flaky.rss', (_req, res) => {
      if (fail) res.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
      else res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed('Flaky', []));
    });
    const child = spawn(TSX, [SCRIPT, '--feed', `${web.origin}/flaky.rss`, '--follow', '--every', '1s'], {
      cwd: ROOT,
      env: { ...process.env, INIT_CWD: ROOT, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const until = Date.now() + 90_000;
      while (!/poll 1: the feed .* could not be read: .*HTTP 503/.test(stderr) && Date.now() < until)
        await new Promise((r) => setTimeout(r, 200));
      fail = false;
      while (!/poll \d+: feed "Flaky": 0 items/.test(stdout) && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
      expect(stderr).toMatch(/poll 1: the feed .* could not be read: .*HTTP 503/);
      expect(stdout).toMatch(/poll \d+: feed "Flaky": 0 items/);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });
});
