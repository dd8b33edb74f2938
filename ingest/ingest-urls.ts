/* Ingest: web pages by URL and RSS/Atom feeds → Neo4j, each page fetched under the fetcher's limits. */

import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ingestInputs, type IngestOptions } from './ingest-inputs.js';
import type { PathsIngestSummary } from './ingest-paths.js';
import { parseFeed, itemKey, type Feed, type FeedItem } from './read/feed-items.js';
import { FetchError, fetchUrl, type FetchLimits } from './read/fetch-url.js';
import { pageToInput, type PageInput } from './read/page-to-input.js';
import type { SourceInput } from './source-input.js';

export function isUrlArgument(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

/** Fetches one page (HTML only) and keeps its article. Throws a FetchError when it is refused or fails. */
export async function readPage(url: string, limits: FetchLimits): Promise<PageInput> {
  const page = await fetchUrl(url, limits, ['html']);
  return pageToInput(page.body, page.url);
}

interface Collected {
  inputs: SourceInput[];
  rejected: { source: string; reason: string }[];
  warnings: string[];
}

async function ingestCollected(
  driver: Driver,
  database: string,
  collected: Collected,
  options: IngestOptions,
  started: number,
): Promise<PathsIngestSummary> {
  const summary = await ingestInputs(driver, database, collected.inputs, options);
  const rejected = [...collected.rejected, ...summary.rejected];
  return {
    ...summary,
    documents: { ...summary.documents, read: summary.documents.read + collected.rejected.length, rejected: rejected.length },
    rejected,
    warnings: collected.warnings,
    ms: performance.now() - started,
  };
}

/** `npm run ingest -- https://…`: every page fetched, its article ingested; a refused or failed fetch is a rejection. */
export async function ingestUrls(
  driver: Driver,
  database: string,
  urls: string[],
  limits: FetchLimits,
  options: IngestOptions = {},
): Promise<PathsIngestSummary> {
  const started = performance.now();
  const collected: Collected = { inputs: [], rejected: [], warnings: [] };
  for (const url of urls) {
    try {
      const page = await readPage(url, limits);
      collected.inputs.push(page.input);
      if (page.warning) collected.warnings.push(page.warning);
    } catch (error) {
      collected.rejected.push({ source: url, reason: error instanceof FetchError ? error.message : (error as Error).message });
    }
  }
  return ingestCollected(driver, database, collected, options, started);
}

/** A feed by URL (fetched under the limits, feed types only) or by file path. */
async function readFeed(source: string, limits: FetchLimits, baseDir = process.cwd()): Promise<Feed> {
  if (isUrlArgument(source)) {
    const fetched = await fetchUrl(source, limits, ['feed']);
    return parseFeed(fetched.body, fetched.url);
  }
  const file = resolve(baseDir, source);
  const size = (await stat(file)).size;
  if (size > limits.maxBytes) throw new Error(`${source} is larger than the feed size limit (NEWSGRAPH_FETCH_MAX_BYTES)`);
  return parseFeed(await readFile(file, 'utf8'));
}

/** What one poll of a feed remembers for the next: the keys (guid, link) of the items it has handled. */
export interface FeedState {
  seen: Set<string>;
}

export interface FeedPoll extends PathsIngestSummary {
  feedTitle: string | null;
  /** Items in the feed. */
  items: number;
  /** Items skipped: seen on an earlier poll or already a Document with that url. */
  known: number;
}

const keysOf = (item: FeedItem): string[] => [item.guid, item.link].filter((k): k is string => !!k);

async function storedUrls(driver: Driver, database: string, urls: string[]): Promise<Set<string>> {
  if (urls.length === 0) return new Set();
  const { records } = await driver.executeQuery(
    'MATCH (d:Document) WHERE d.url IN $urls RETURN DISTINCT d.url AS url',
    { urls },
    { database, routing: 'READ' },
  );
  return new Set(records.map((r) => r.get('url') as string));
}

/**
 * Reads the feed and ingests the items not seen before (by guid or link) and not already stored as a
 * Document with their link as url. Each item's link is fetched as a page; when that fails, the item's own
 * content is used if it has some. A feed that cannot be read throws (the caller reports it).
 */
export async function pollFeed(
  driver: Driver,
  database: string,
  source: string,
  state: FeedState,
  limits: FetchLimits,
  options: IngestOptions & { baseDir?: string } = {},
): Promise<FeedPoll> {
  const started = performance.now();
  const feed = await readFeed(source, limits, options.baseDir);
  const candidates: FeedItem[] = [];
  const batch = new Set<string>();
  for (const item of feed.items) {
    const keys = keysOf(item);
    const key = itemKey(item);
    if (!key || keys.some((k) => state.seen.has(k) || batch.has(k))) continue;
    keys.forEach((k) => batch.add(k));
    candidates.push(item);
  }
  const stored = await storedUrls(driver, database, [...new Set(candidates.flatMap(keysOf).filter(isUrlArgument))]);
  const collected: Collected = { inputs: [], rejected: [], warnings: [] };
  const handled: FeedItem[] = [];
  let known = feed.items.length - candidates.length;
  const feedName = feed.title ?? source;
  for (const item of candidates) {
    if (keysOf(item).some((k) => stored.has(k))) {
      known++;
      handled.push(item);
      continue;
    }
    const name = item.link ?? item.title ?? item.guid ?? 'item';
    const fromFeed = (): SourceInput => ({
      text: item.content!,
      title: item.title,
      url: item.link,
      source: feedName,
      outlet: feed.title ?? null,
      publishedAt: item.publishedAt,
    });
    if (!item.link) {
      if (item.content) collected.inputs.push(fromFeed());
      else collected.rejected.push({ source: name, reason: 'the item has neither a link nor content' });
      handled.push(item);
      continue;
    }
    try {
      const page = await readPage(item.link, limits);
      collected.inputs.push({
        ...page.input,
        title: page.input.title ?? item.title,
        publishedAt: page.input.publishedAt ?? item.publishedAt,
        outlet: page.input.outlet ?? feed.title ?? null,
      });
      if (page.warning) collected.warnings.push(page.warning);
      handled.push(item);
    } catch (error) {
      const reason = (error as Error).message;
      if (item.content) {
        collected.inputs.push(fromFeed());
        collected.warnings.push(`${name}: the page could not be read (${reason}); the feed's own content was ingested`);
        handled.push(item);
      } else {
        collected.rejected.push({ source: name, reason });
        // A refusal stays a refusal; a timeout or a site error is tried again on the next poll.
        if (!(error instanceof FetchError) || error.kind === 'refused') handled.push(item);
      }
    }
  }
  const summary = await ingestCollected(driver, database, collected, options, started);
  if (!options.dryRun) for (const item of handled) keysOf(item).forEach((k) => state.seen.add(k));
  return { ...summary, feedTitle: feed.title, items: feed.items.length, known };
}

/** `15m`, `30s`, `1h`, `1h30m` or a number of seconds → milliseconds; null when unreadable. */
export function parseInterval(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)\s*(ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== trimmed.replace(/\s+/g, '')) return null;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;
  return parts.reduce((sum, p) => sum + Number(p[1]) * unit[p[2] as keyof typeof unit], 0);
}
