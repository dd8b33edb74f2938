/* Ingest read: a dates.csv sidecar — `file,date` rows, ISO dates — that dates the files beside it which carry no date
   of their own. Found in a file's folder or any folder above it up to the folder ingested, or given as `--dates FILE`. */

import { readFile } from 'node:fs/promises';
import { basename, dirname, relative, resolve, sep } from 'node:path';

export const SIDECAR_NAME = 'dates.csv';

/** A sidecar's rows: the file as written (relative to the sidecar's folder) → its date. */
export interface DatesSidecar {
  path: string;
  dir: string;
  dates: Map<string, string>;
}

/** YYYY-MM-DD, an ISO date-time, or YYYY alone (a year only completes a dateline's day and month). */
const ISO = /^(?:\d{4}|\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)$/;

function isRealDate(value: string): boolean {
  if (!ISO.test(value)) return false;
  if (value.length === 4) return true;
  const day = value.slice(0, 10);
  return !Number.isNaN(Date.parse(day)) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
}

/** One CSV line's cells: commas split, double quotes group ("a, b.txt"), `""` is a quote. */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  out.push(cell.trim());
  return out;
}

const normalPath = (p: string): string => p.replace(/\\/g, '/').replace(/^\.\//, '');

/** Parses a sidecar's text; bad rows are skipped with a warning naming the line. */
function parseDatesSidecar(text: string, path: string): { sidecar: DatesSidecar; warnings: string[] } {
  const warnings: string[] = [];
  const dates = new Map<string, string>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let fileCol = 0;
  let dateCol = 1;
  let first = true;
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    const row = cells(raw);
    if (first) {
      first = false;
      const names = row.map((c) => c.toLowerCase());
      if (names.includes('file') && names.includes('date')) {
        fileCol = names.indexOf('file');
        dateCol = names.indexOf('date');
        return;
      }
      if (!isRealDate(row[1] ?? '')) {
        warnings.push(`${path}: line 1 is neither a header "file,date" nor a row; columns file,date assumed`);
        return;
      }
    }
    const file = row[fileCol] ?? '';
    const date = row[dateCol] ?? '';
    if (file === '') warnings.push(`${path}: line ${i + 1} names no file; skipped`);
    else if (!isRealDate(date))
      warnings.push(`${path}: line ${i + 1}: "${date}" is not an ISO date (YYYY-MM-DD, a date-time or YYYY); skipped`);
    else dates.set(normalPath(file), date);
  });
  return { sidecar: { path, dir: dirname(path), dates }, warnings };
}

export async function readDatesSidecar(path: string): Promise<{ sidecar: DatesSidecar; warnings: string[] }> {
  return parseDatesSidecar(await readFile(path, 'utf8'), path);
}

/**
 * The date a sidecar gives `file` (absolute): by its path relative to the sidecar's folder, else by its name (for a
 * file below the sidecar's folder, or any file when the sidecar was named with `--dates`).
 */
export function sidecarDate(sidecar: DatesSidecar, file: string, byNameAnywhere = false): string | undefined {
  const rel = relative(sidecar.dir, resolve(file)).split(sep).join('/');
  return sidecar.dates.get(rel) ?? (rel.startsWith('..') && !byNameAnywhere ? undefined : sidecar.dates.get(basename(file)));
}
