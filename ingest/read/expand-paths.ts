/* Ingest read: files, folders (recursive) and globs → the list of files to read, in a stable order. */

import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { SIDECAR_NAME } from './dates-sidecar.js';
import { globBase, globToRegExp, isGlob } from './glob-to-regexp.js';
import { isSupportedFile } from './supported-types.js';

export interface ExpandedPaths {
  /** Absolute paths, each once. */
  files: string[];
  rejected: { path: string; reason: string }[];
  warnings: string[];
}

/** Every file below `dir` (hidden entries and node_modules skipped), sorted. */
async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error).message;
}

export async function expandPaths(paths: string[], cwd: string = process.cwd()): Promise<ExpandedPaths> {
  const result: ExpandedPaths = { files: [], rejected: [], warnings: [] };
  const seen = new Set<string>();
  const add = (file: string): void => {
    if (!seen.has(file)) {
      seen.add(file);
      result.files.push(file);
    }
  };
  for (const given of paths) {
    const pattern = given.replace(/\\/g, '/').replace(/^\.\//, '');
    if (isGlob(pattern)) {
      const base = globBase(pattern);
      const matcher = globToRegExp(pattern);
      let candidates: string[];
      try {
        candidates = await walk(resolve(cwd, base));
      } catch (error) {
        result.rejected.push({ path: given, reason: `no file matches (${describe(error)})` });
        continue;
      }
      const baseAbs = resolve(cwd, base);
      const matches = candidates.filter((file) => {
        const below = file.slice(baseAbs.length).replace(/\\/g, '/').replace(/^\//, '');
        const asWritten = base === '.' ? below : `${base.replace(/\/$/, '')}/${below}`;
        return matcher.test(asWritten);
      });
      if (matches.length === 0) result.rejected.push({ path: given, reason: 'no file matches' });
      matches.forEach(add);
      continue;
    }
    const full = resolve(cwd, given);
    try {
      const info = await stat(full);
      if (info.isDirectory()) {
        const files = await walk(full);
        const supported = files.filter(isSupportedFile);
        // A dates.csv sidecar beside the files is read with them (read-paths.ts), not skipped.
        const skipped = files.filter((f) => !isSupportedFile(f) && basename(f) !== SIDECAR_NAME).length;
        if (skipped > 0) result.warnings.push(`${given}: skipped ${skipped} file(s) of unsupported type`);
        if (supported.length === 0) result.rejected.push({ path: given, reason: 'folder holds no .txt, .md, .html or .jsonl file' });
        supported.forEach(add);
      } else add(full);
    } catch (error) {
      result.rejected.push({ path: given, reason: describe(error) });
    }
  }
  return result;
}
