/* Ingest CLI: `npm run ingest -- PATH... [--dry-run] [--remove DOC_ID]` — writes the graph to Neo4j;
 * `--reextract` runs the current extractor over every stored Document and replaces what it wrote. */

import { Command } from 'commander';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../config/config.js';
import { createDriver } from '../../graph/create-driver.js';
import { selectDatabase, type DatabaseTarget } from '../../graph/select-database.js';
import { ingestPaths } from '../ingest-paths.js';
import { reextractDocuments } from '../reextract-documents.js';
import { removeDocument } from '../remove-document.js';
import { describeError } from './describe-error.js';
import { formatReextract, formatRemoval, formatSummary } from './format-summary.js';
import { progressReporter } from './progress-reporter.js';

interface Flags {
  dryRun?: boolean;
  remove?: string;
  reextract?: boolean;
}

/** Exit codes: 0 all good, 1 something was rejected or failed, 2 usage, config or database trouble. */
async function run(paths: string[], flags: Flags): Promise<number> {
  if (flags.reextract && (paths.length > 0 || flags.remove || flags.dryRun)) {
    process.stderr.write('ingest: --reextract takes no PATH and cannot be combined with --remove or --dry-run\n');
    return 2;
  }
  if (paths.length === 0 && !flags.remove && !flags.reextract) {
    process.stderr.write('ingest: give one or more PATHs (files, folders, globs), --remove DOC_ID or --reextract\n');
    return 2;
  }
  if (flags.remove && flags.dryRun) {
    process.stderr.write('ingest: --remove cannot be combined with --dry-run\n');
    return 2;
  }
  let target: DatabaseTarget | undefined;
  let driver: Driver | undefined;
  const stopOnSignal = (): void => {
    void (async () => {
      await driver?.close().catch(() => undefined);
      await target?.stop().catch(() => undefined);
      process.exit(130);
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
      const summary = await reextractDocuments(driver, target.database, { onProgress: (done, total, label) => progress.update(done, total, label) });
      progress.stop();
      process.stdout.write(`${formatReextract(summary)}\n`);
      if (summary.failed.length > 0) code = 1;
    }
    if (paths.length > 0) {
      const progress = progressReporter();
      const summary = await ingestPaths(driver, target.database, paths, {
        dryRun: flags.dryRun ?? false,
        baseDir: process.env.INIT_CWD ?? process.cwd(),
        onProgress: (done, total, label) => progress.update(done, total, label),
      });
      progress.stop();
      process.stdout.write(`${formatSummary(summary)}\n`);
      if (summary.failed.length > 0 || summary.rejected.length > 0) code = 1;
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
  .description('Reads news texts (.txt, .md, .html, .jsonl; files, folders, globs) and writes their graph to Neo4j.')
  .argument('[paths...]', 'files, folders (read recursively) or globs')
  .option('--dry-run', 'run everything, then roll the writes back')
  .option('--remove <docId>', 'delete a document and what only it supports; trim its evidence elsewhere')
  .option('--reextract', 'run the current extractor over every stored document and replace what extraction wrote (one transaction per document)')
  .action(async (paths: string[], flags: Flags) => {
    process.exitCode = await run(paths, flags);
  });

await program.parseAsync(process.argv);
