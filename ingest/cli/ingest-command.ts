/*
 * Ingest CLI: `npm run ingest -- PATH|URL... [--dry-run] [--remove DOC_ID]`,
 * `npm run ingest -- --feed URL|FILE [--follow [--every 15m]]` — writes the graph to Neo4j;
 * `npm run ingest -- --reextract` runs the current extractor over every stored Document and replaces what it wrote.
 */

import { Command } from 'commander';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../config/config.js';
import { createDriver } from '../../graph/create-driver.js';
import { selectDatabase, type DatabaseTarget } from '../../graph/select-database.js';
import { ingestPaths, type PathsIngestSummary } from '../ingest-paths.js';
import { reextractDocuments } from '../reextract-documents.js';
import { ingestUrls, isUrlArgument, parseInterval, pollFeed, type FeedState } from '../ingest-urls.js';
import { defaultWorkerCount } from '../extract-pool.js';
import { fetchLimits } from '../read/fetch-url.js';
import { removeDocument } from '../remove-document.js';
import { describeError } from './describe-error.js';
import { formatReextract, formatRemoval, formatSummary } from './format-summary.js';
import { progressReporter } from './progress-reporter.js';

interface Flags {
  dryRun?: boolean;
  remove?: string;
  reextract?: boolean;
  feed?: string;
  follow?: boolean;
  every?: string;
  workers?: number;
  publishedAt?: string;
  dates?: string;
}

const MIN_INTERVAL_MS = 1000;

const pathArguments = (args: string[]): string[] => args.filter((a) => !isUrlArgument(a));

/** "2025-03-04" or an ISO date-time that is a real calendar date. */
function isIsoDate(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value) &&
    !Number.isNaN(Date.parse(value.slice(0, 10))) &&
    new Date(`${value.slice(0, 10)}T00:00:00Z`).toISOString().slice(0, 10) === value.slice(0, 10)
  );
}

function merge(a: PathsIngestSummary, b: PathsIngestSummary): PathsIngestSummary {
  const sum = (x: { created: number; updated: number }, y: { created: number; updated: number }) => ({
    created: x.created + y.created,
    updated: x.updated + y.updated,
  });
  return {
    ...a,
    documents: {
      read: a.documents.read + b.documents.read,
      new: a.documents.new + b.documents.new,
      alreadyIngested: a.documents.alreadyIngested + b.documents.alreadyIngested,
      rejected: a.documents.rejected + b.documents.rejected,
      failed: a.documents.failed + b.documents.failed,
    },
    rejected: [...a.rejected, ...b.rejected],
    failed: [...a.failed, ...b.failed],
    results: [...a.results, ...b.results],
    entities: { ...sum(a.entities, b.entities), resolved: a.entities.resolved + b.entities.resolved },
    relations: sum(a.relations, b.relations),
    rows: a.rows + b.rows,
    words: a.words + b.words,
    extractMs: a.extractMs + b.extractMs,
    loadMs: a.loadMs + b.loadMs,
    ms: a.ms + b.ms,
    warnings: [...a.warnings, ...b.warnings],
  };
}

const stamp = (): string => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

/** Exit codes: 0 all good, 1 something was rejected or failed, 2 usage, config or database trouble. */
async function run(args: string[], flags: Flags): Promise<number> {
  if (flags.reextract && (args.length > 0 || flags.remove || flags.dryRun || flags.feed)) {
    process.stderr.write('ingest: --reextract takes no PATH and cannot be combined with --remove, --dry-run or --feed\n');
    return 2;
  }
  if (args.length === 0 && !flags.remove && !flags.feed && !flags.reextract) {
    process.stderr.write(
      'ingest: give one or more PATHs (files, folders, globs) or URLs, --feed URL|FILE, --remove DOC_ID or --reextract\n',
    );
    return 2;
  }
  if (flags.remove && flags.dryRun) {
    process.stderr.write('ingest: --remove cannot be combined with --dry-run\n');
    return 2;
  }
  if ((flags.follow || flags.every) && !flags.feed) {
    process.stderr.write('ingest: --follow and --every need --feed URL|FILE\n');
    return 2;
  }
  if (flags.every && !flags.follow) {
    process.stderr.write('ingest: --every needs --follow\n');
    return 2;
  }
  if (flags.workers !== undefined && !(Number.isInteger(flags.workers) && flags.workers >= 1)) {
    process.stderr.write('ingest: --workers takes a whole number of at least 1\n');
    return 2;
  }
  if (flags.publishedAt !== undefined && !isIsoDate(flags.publishedAt)) {
    process.stderr.write(`ingest: --published-at "${flags.publishedAt}" is not an ISO date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)\n`);
    return 2;
  }
  if (flags.dates !== undefined && (flags.reextract || pathArguments(args).length === 0)) {
    process.stderr.write('ingest: --dates needs PATHs to ingest\n');
    return 2;
  }
  const everyMs = parseInterval(flags.every ?? '15m');
  if (everyMs === null || everyMs < MIN_INTERVAL_MS) {
    process.stderr.write(`ingest: --every "${flags.every}" is not an interval of at least 1s (e.g. 30s, 15m, 1h)\n`);
    return 2;
  }
  const urls = args.filter(isUrlArgument);
  const paths = args.filter((a) => !isUrlArgument(a));
  let target: DatabaseTarget | undefined;
  let driver: Driver | undefined;
  const stopOnSignal = (): void => {
    void (async () => {
      await driver?.close().catch(() => undefined);
      await target?.stop().catch(() => undefined);
      // Following a feed ends by Ctrl-C: that is its normal end.
      if (flags.follow) process.stderr.write('ingest: stopped following the feed\n');
      process.exit(flags.follow ? 0 : 130);
    })();
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    const config = loadConfig();
    try {
      target = await selectDatabase(config, { log: (line) => process.stderr.write(`${line}\n`) });
      driver = createDriver(target);
      await driver.verifyConnectivity({ database: target.database });
    } catch (error) {
      const where = target?.uri ?? config.neo4jUri ?? 'the local launcher';
      process.stderr.write(`ingest: cannot reach Neo4j at ${where}: ${describeError(error)}\n`);
      return 2;
    }
    let code = 0;
    if (flags.remove) {
      const removal = await removeDocument(driver, target.database, flags.remove);
      process.stdout.write(`${formatRemoval(removal)}\n`);
      if (!removal.removed) code = 1;
    }
    if (flags.reextract) {
      const progress = progressReporter(process.stderr, 'reextract');
      const summary = await reextractDocuments(driver, target.database, {
        onProgress: (done, total, label) => progress.update(done, total, label),
      });
      progress.stop();
      process.stdout.write(`${formatReextract(summary)}\n`);
      if (summary.failed.length > 0) code = 1;
    }
    const baseDir = process.env.INIT_CWD ?? process.cwd();
    const limits = fetchLimits(config);
    if (paths.length > 0 || urls.length > 0) {
      const progress = progressReporter();
      const options = {
        dryRun: flags.dryRun ?? false,
        baseDir,
        ...(flags.publishedAt ? { publishedAt: flags.publishedAt } : {}),
        ...(flags.dates ? { datesFile: flags.dates } : {}),
        workers: flags.workers ?? defaultWorkerCount(),
        onProgress: (done: number, total: number, label: string) => progress.update(done, total, label),
      };
      let summary: PathsIngestSummary | undefined;
      if (paths.length > 0) summary = await ingestPaths(driver, target.database, paths, options);
      if (urls.length > 0) {
        const fromUrls = await ingestUrls(driver, target.database, urls, limits, options);
        summary = summary ? merge(summary, fromUrls) : fromUrls;
      }
      progress.stop();
      process.stdout.write(`${formatSummary(summary!)}\n`);
      if (summary!.failed.length > 0 || summary!.rejected.length > 0) code = 1;
    }
    if (flags.feed) {
      const state: FeedState = { seen: new Set() };
      const feed = flags.feed;
      for (let poll = 1; ; poll++) {
        try {
          const result = await pollFeed(driver, target.database, feed, state, limits, { dryRun: flags.dryRun ?? false, baseDir });
          const head = `${flags.follow ? `${stamp()} poll ${poll}: ` : ''}feed ${result.feedTitle ? `"${result.feedTitle}"` : feed}: ${result.items} items, ${result.known} known, ${result.items - result.known} to ingest`;
          process.stdout.write(`${head}\n${formatSummary(result)}\n`);
          if (result.failed.length > 0 || result.rejected.length > 0) code = 1;
        } catch (error) {
          process.stderr.write(
            `ingest: ${flags.follow ? `${stamp()} poll ${poll}: ` : ''}the feed ${feed} could not be read: ${describeError(error)}\n`,
          );
          code = 1;
        }
        if (!flags.follow) break;
        process.stderr.write(`ingest: next poll in ${flags.every ?? '15m'} (Ctrl-C stops)\n`);
        await new Promise((resolve) => setTimeout(resolve, everyMs));
      }
    }
    return code;
  } catch (error) {
    process.stderr.write(`ingest: ${describeError(error)}\n`);
    return 2;
  } finally {
    await driver?.close().catch(() => undefined);
    await target?.stop().catch(() => undefined);
  }
}

const program = new Command()
  .name('ingest')
  .description(
    'Reads news texts (.txt, .md, .html, .jsonl; files, folders, globs), web pages (http/https URLs) or an RSS/Atom feed and writes their graph to Neo4j.',
  )
  .argument('[paths...]', 'files, folders (read recursively), globs, or http(s) URLs of article pages')
  .option('--dry-run', 'run everything, then roll the writes back')
  .option('--remove <docId>', 'delete a document and what only it supports; trim its evidence elsewhere')
  .option(
    '--reextract',
    'run the current extractor over every stored document and replace what extraction wrote (one transaction per document)',
  )
  .option('--feed <urlOrFile>', "read an RSS or Atom feed (URL or file) and ingest each item's page")
  .option('--follow', 'with --feed: keep polling and ingest only new items, until Ctrl-C')
  .option('--workers <n>', 'extraction threads (default: one per core; 1 extracts in the main thread)', (v) =>
    /^\d+$/.test(v) ? Number.parseInt(v, 10) : Number.NaN,
  )
  .option(
    '--published-at <date>',
    'publication date (ISO) of every file or line dated by neither its metadata, a date line, its file name nor a dates.csv',
  )
  .option('--dates <file>', 'a dates.csv (columns file,date; ISO dates) for files that carry no date of their own')
  .option('--every <interval>', 'with --follow: time between polls (30s, 15m, 1h; default 15m)')
  .action(async (paths: string[], flags: Flags) => {
    process.exitCode = await run(paths, flags);
  });

await program.parseAsync(process.argv);
