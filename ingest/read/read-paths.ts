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
}

function sourceName(file: string, baseDir: string): string {
  const rel = relative(baseDir, file);
  return rel.startsWith('..') || rel === '' ? file : rel.split(sep).join('/');
}

export async function readPaths(paths: string[], options: ReadOptions = {}): Promise<ReadResult> {
  const baseDir = options.baseDir ?? process.cwd();
  const expanded = await expandPaths(paths, baseDir);
  const result: ReadResult = { inputs: [], rejected: [...expanded.rejected], warnings: [...expanded.warnings] };
  for (const file of expanded.files) {
    const read = await readFile(file, sourceName(file, baseDir));
    result.inputs.push(...read.inputs);
    result.rejected.push(...read.rejected);
    result.warnings.push(...read.warnings);
  }
  return result;
}
