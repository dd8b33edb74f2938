/* Ingest read: a dates.csv sidecar — `file,date` rows, ISO dates — that dates the files beside it which carry no date
   of their own. Found in a file's folder or any folder above it up to the folder ingested, or given as `--dates FILE`. */

import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
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

const normalPath = (p: string): string => p.replace(/\\/g, '/').replace(/^\.\//, '');

/** Parses a sidecar's text; bad rows are skipped with a warning naming the line. */
function parseDatesSidecar(text: string, path: string): { sidecar: DatesSidecar; warnings: string[] } {
  const warnings: string[] = [];
  const dates = new Map<string, string>();
  // Each record with the line it starts on, so a warning names the line as the user sees it.
  const records = parse(text, { bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  let fileCol = 0;
  let dateCol = 1;
  records.forEach(({ record: row, info }, i) => {
    const line = info.lines;
    if (i === 0) {
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
    if (file === '') warnings.push(`${path}: line ${line} names no file; skipped`);
    else if (!isRealDate(date))
      warnings.push(`${path}: line ${line}: "${date}" is not an ISO date (YYYY-MM-DD, a date-time or YYYY); skipped`);
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
