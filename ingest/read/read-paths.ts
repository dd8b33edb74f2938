/* Ingest read: paths, folders and globs → SourceInputs, with every rejected input and its reason. */

import { access } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { SourceInput } from '../source-input.js';
import { SIDECAR_NAME, readDatesSidecar, sidecarDate, type DatesSidecar } from './dates-sidecar.js';
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
  /** `--dates FILE`: a dates.csv to use before any found beside the files. */
  datesFile?: string;
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

/** The folders whose dates.csv may date `file`: its own, then each one above it inside `baseDir` (else only its parent). */
function sidecarFolders(file: string, baseDir: string): string[] {
  const dirs: string[] = [];
  let dir = dirname(file);
  const inside = (d: string): boolean => !relative(baseDir, d).startsWith('..');
  const limit = inside(dir) ? Infinity : 2;
  while (dirs.length < limit) {
    dirs.push(dir);
    const up = dirname(dir);
    if (up === dir || (inside(dir) && dir === resolve(baseDir))) break;
    dir = up;
  }
  return dirs;
}

/** Reads each folder's dates.csv once; warnings (unreadable sidecar, bad rows) are pushed once. */
function sidecarFinder(baseDir: string, warnings: string[], explicit?: string) {
  const byDir = new Map<string, Promise<DatesSidecar | null>>();
  const load = (path: string): Promise<DatesSidecar | null> =>
    readDatesSidecar(path).then(
      (read) => {
        warnings.push(...read.warnings);
        return read.sidecar;
      },
      (error: NodeJS.ErrnoException) => {
        warnings.push(`${path}: cannot read the dates sidecar (${error.code ?? error.message}); its dates are not used`);
        return null;
      },
    );
  const given = explicit ? load(resolve(baseDir, explicit)) : undefined;
  const inDir = (dir: string): Promise<DatesSidecar | null> => {
    let found = byDir.get(dir);
    if (!found) {
      const path = join(dir, SIDECAR_NAME);
      found = access(path).then(
        () => load(path),
        () => null,
      );
      byDir.set(dir, found);
    }
    return found;
  };
  return async (file: string): Promise<string | undefined> => {
    const first = given ? await given : null;
    const fromGiven = first ? sidecarDate(first, file, true) : undefined;
    if (fromGiven) return fromGiven;
    for (const dir of sidecarFolders(file, baseDir)) {
      const sidecar = await inDir(dir);
      const date = sidecar ? sidecarDate(sidecar, file) : undefined;
      if (date) return date;
    }
    return undefined;
  };
}

/** Expands the paths now (a list of file names), reads each file only when the stream reaches it. */
export async function streamPaths(paths: string[], options: ReadOptions = {}): Promise<PathStream> {
  const baseDir = options.baseDir ?? process.cwd();
  const expanded = await expandPaths(paths, baseDir);
  const rejected = [...expanded.rejected];
  const warnings = [...expanded.warnings];
  let expected = expanded.files.length;
  const datesOf = sidecarFinder(baseDir, warnings, options.datesFile);
  async function* inputs(): AsyncGenerator<SourceInput> {
    for (const file of expanded.files) {
      const read = await readFile(file, sourceName(file, baseDir));
      expected += read.inputs.length - 1;
      rejected.push(...read.rejected);
      warnings.push(...read.warnings);
      // Dates from outside the document: used by completePublication only when the document dates itself nowhere.
      const fromSidecar = await datesOf(file);
      const givenDate: SourceInput['givenDate'] = fromSidecar
        ? { date: fromSidecar, from: 'dates-csv' }
        : options.publishedAt
          ? { date: options.publishedAt, from: 'published-at-option' }
          : null;
      for (const input of read.inputs) yield givenDate && !input.publishedAt ? { ...input, givenDate } : input;
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
