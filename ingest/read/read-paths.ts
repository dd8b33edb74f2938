/* Ingest read: paths, folders and globs → SourceInputs, with every rejected input and its reason. */

import { relative, sep } from 'node:path';
import type { SourceInput } from '../source-input.js';
import { expandPaths } from './expand-paths.js';
import { readFile } from './read-file.js';

export interface ReadResult {
  inputs: SourceInput[];
  rejected: { path: string; reason: string }[];
  warnings: string[];
}

export interface ReadOptions {
  /** Relative paths resolve against it and sources are named relative to it (default: cwd). */
  baseDir?: string;
  /** `--published-at`: the publication date of every input that carries none of its own (ISO date or date-time). */
  publishedAt?: string;
}

/** Inputs read one file at a time; `rejected` and `warnings` fill up as the stream is read. */
export interface PathStream {
  inputs: AsyncIterable<SourceInput>;
  rejected: { path: string; reason: string }[];
  warnings: string[];
  /** The documents expected: one per file, a JSONL file's lines once it has been read. */
  expected(): number;
}

function sourceName(file: string, baseDir: string): string {
  const rel = relative(baseDir, file);
  return rel.startsWith('..') || rel === '' ? file : rel.split(sep).join('/');
}

/** Expands the paths now (a list of file names), reads each file only when the stream reaches it. */
export async function streamPaths(paths: string[], options: ReadOptions = {}): Promise<PathStream> {
  const baseDir = options.baseDir ?? process.cwd();
  const expanded = await expandPaths(paths, baseDir);
  const rejected = [...expanded.rejected];
  const warnings = [...expanded.warnings];
  let expected = expanded.files.length;
  async function* inputs(): AsyncGenerator<SourceInput> {
    for (const file of expanded.files) {
      const read = await readFile(file, sourceName(file, baseDir));
      expected += read.inputs.length - 1;
      rejected.push(...read.rejected);
      warnings.push(...read.warnings);
      for (const input of read.inputs)
        yield options.publishedAt && !input.publishedAt ? { ...input, publishedAt: options.publishedAt } : input;
    }
  }
  return { inputs: inputs(), rejected, warnings, expected: () => expected };
}

export async function readPaths(paths: string[], options: ReadOptions = {}): Promise<ReadResult> {
  const stream = await streamPaths(paths, options);
  const inputs: SourceInput[] = [];
  for await (const input of stream.inputs) inputs.push(input);
  return { inputs, rejected: stream.rejected, warnings: stream.warnings };
}
