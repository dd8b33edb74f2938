/* Local Neo4j: the record a running launcher leaves in its data directory (launcher.json), so other
   processes on the same data directory connect to it instead of starting a second one. */

import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const RECORD_FILE = 'launcher.json';

const LauncherRecordSchema = z.object({
  /** The launcher's JVM, which holds the data directory's lock and listens on Bolt. */
  pid: z.number().int().positive(),
  /** The Node process that started it and stops it. */
  ownerPid: z.number().int().positive(),
  boltUri: z.string().startsWith('bolt://'),
  boltPort: z.number().int().min(1).max(65535),
  startedAt: z.iso.datetime(),
});

export type LauncherRecord = z.infer<typeof LauncherRecordSchema>;

export function launcherRecordPath(dataDir: string): string {
  return join(dataDir, RECORD_FILE);
}

/** Writes the record atomically: a reader sees the old file or the whole new one, never a part. */
export function writeLauncherRecord(dataDir: string, record: LauncherRecord): void {
  const file = launcherRecordPath(dataDir);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(LauncherRecordSchema.parse(record), null, 2)}\n`);
  renameSync(temp, file);
}

export type RecordReading = { state: 'none' } | { state: 'unreadable'; reason: string } | { state: 'found'; record: LauncherRecord };

/** The record in `dataDir`, if there is one; a file that is not a valid record says why. */
export function readLauncherRecord(dataDir: string): RecordReading {
  let text: string;
  try {
    text = readFileSync(launcherRecordPath(dataDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'none' };
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { state: 'unreadable', reason: `not JSON (${(error as Error).message})` };
  }
  const parsed = LauncherRecordSchema.safeParse(json);
  if (!parsed.success)
    return { state: 'unreadable', reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ') };
  return { state: 'found', record: parsed.data };
}

/** Deletes the record; with `onlyForPid`, only when it still names that launcher (a newer one's stays). */
export function removeLauncherRecord(dataDir: string, onlyForPid?: number): void {
  if (onlyForPid !== undefined) {
    const reading = readLauncherRecord(dataDir);
    if (reading.state !== 'found' || reading.record.pid !== onlyForPid) return;
  }
  rmSync(launcherRecordPath(dataDir), { force: true });
}
