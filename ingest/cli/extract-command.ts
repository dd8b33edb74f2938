/* Extract CLI: `npm run --silent extract -- FILE...` — prints the ontology JSON; touches no database.
 * `--explain` prints instead, per numbered sentence, which rules fired and what each emitted. */

import { Command } from 'commander';
import { analyzeDocument, extractDocuments } from '../extract-documents.js';
import { documentTitle } from '../extract/document-title.js';
import { explainDocument, formatExplanation } from '../extract/explain-document.js';
import { readPaths } from '../read/read-paths.js';
import { describeError } from './describe-error.js';
import { toExtractJson } from './to-extract-json.js';

interface Flags {
  json?: boolean;
  withMentions?: boolean;
  explain?: boolean;
}

/** Exit codes: 0 all read, 1 some input rejected (the rest still printed), 2 nothing to print. */
async function run(paths: string[], flags: Flags): Promise<number> {
  const read = await readPaths(paths, { baseDir: process.env.INIT_CWD ?? process.cwd() });
  for (const warning of read.warnings) process.stderr.write(`extract: warning: ${warning}\n`);
  for (const r of read.rejected) process.stderr.write(`extract: rejected ${r.path}: ${r.reason}\n`);
  if (read.inputs.length === 0) {
    process.stderr.write('extract: no input to extract\n');
    return 2;
  }
  if (flags.explain) {
    const parts = read.inputs.map((input) => {
      const analysis = analyzeDocument(input);
      return formatExplanation(explainDocument(analysis), `${documentTitle(analysis.text, input.title)} (${input.source ?? 'input'})`);
    });
    process.stdout.write(`${parts.join('\n\n')}\n`);
    return read.rejected.length > 0 ? 1 : 0;
  }
  const result = extractDocuments(read.inputs);
  process.stdout.write(`${JSON.stringify(toExtractJson(result, { withMentions: flags.withMentions }), null, 2)}\n`);
  return read.rejected.length > 0 ? 1 : 0;
}

const program = new Command()
  .name('extract')
  .description('Prints the entities and relations found in news texts as the ontology JSON (no database).')
  .argument('<files...>', 'files, folders or globs (.txt, .md, .html, .jsonl)')
  .option('--json', 'print JSON (the only format; accepted for clarity)')
  .option('--with-mentions', "include each entity's mentions with offsets into the normalized text")
  .option('--explain', 'print each sentence with the rules that fired in it and what they emitted (refused drafts marked)')
  .action(async (files: string[], flags: Flags) => {
    try {
      process.exitCode = await run(files, flags);
    } catch (error) {
      process.stderr.write(`extract: ${describeError(error)}\n`);
      process.exitCode = 2;
    }
  });

await program.parseAsync(process.argv);
