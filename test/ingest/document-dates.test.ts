/* Ingest against a real Neo4j: documents that come without metadata are dated from a date line at the top, a
   YYYY-MM-DD in the file name, a dates.csv beside them or --published-at, in that order, then a dateline's day and
   month with the year from the sidecar; Document.dateSource says which. Invented texts only. */

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../ingest/ingest-paths.js';
import { cleanGraphPerTest } from '../test-database.js';
import { query } from './graph-queries.js';

const { driver, database } = cleanGraphPerTest();

const BODY = 'Finnish Prime Minister Aino Korhela visited Madrid. Finland and Spain agreed to expand trade.';
const FILES: Record<string, string> = {
  'harbour-talks.txt': `Harbour talks in Madrid\n\nFOR IMMEDIATE RELEASE\nMarch 3, 2024\n\n${BODY}`,
  'capital-line.txt': `Grain council meets\nNORTHPORT, ST — 14 February 2023 — Ministers from Chile and Peru met on grain.`,
  '2023-11-20-readout.txt': `Readout of a trade call\n\n${BODY.replace('Madrid', 'Lisbon')}`,
  'listed.txt': `Fisheries statement\n\nChile and Peru agreed on a fisheries plan.`,
  'wire.txt': `PERU CUTS COPPER DUTY\nLIMA, May 5 - Peru cut the export duty on copper, officials said.`,
  'undated.txt': `Port statement\n\nChile and Argentina agreed to expand port trade.`,
};
const SIDECAR = [
  'file,date',
  'harbour-talks.txt,2020-01-01',
  '2023-11-20-readout.txt,2020-01-02',
  'listed.txt,2023-06-01',
  'wire.txt,2021',
];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-dates-'));
  for (const [name, text] of Object.entries(FILES)) await writeFile(join(dir, name), text);
  await writeFile(join(dir, 'dates.csv'), SIDECAR.join('\n') + '\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const dated = async () =>
  Object.fromEntries(
    (
      await query<{ source: string; publishedAt: string | null; from: string | null }>(
        driver,
        database,
        'MATCH (d:Document) RETURN d.source AS source, d.publishedAt AS publishedAt, d.dateSource AS from',
      )
    ).map((r) => [r.source, [r.publishedAt, r.from]]),
  );

describe('dates for documents without metadata', () => {
  it('when a folder with a dates.csv is ingested with --published-at, then each document is dated by the first source that has a date', async () => {
    const summary = await ingestPaths(driver, database, [dir], { baseDir: dir, publishedAt: '2022-02-02' });
    expect(summary.documents).toMatchObject({ new: 6, failed: 0, rejected: 0 });
    expect(await dated()).toEqual({
      'harbour-talks.txt': ['2024-03-03', 'date-line'],
      'capital-line.txt': ['2023-02-14', 'date-line'],
      '2023-11-20-readout.txt': ['2023-11-20', 'file-name'],
      'listed.txt': ['2023-06-01', 'dates-csv'],
      'wire.txt': ['2021-05-05', 'dateline'],
      'undated.txt': ['2022-02-02', 'published-at-option'],
    });
    // The timeline's days come from these dates: a relationship read in the dated readout is first seen that day.
    const [office] = await query<{ firstSeen: string }>(
      driver,
      database,
      "MATCH (:Person {id: 'person:aino-korhela'})-[r:HOLDS_OFFICE]->() RETURN r.firstSeen AS firstSeen",
    );
    expect(office!.firstSeen).toBe('2023-11-20');
  });

  it('when nothing dates a document, then it stays undated (never the ingest time)', async () => {
    await rm(join(dir, 'dates.csv'));
    await ingestPaths(driver, database, [join(dir, 'undated.txt'), join(dir, 'wire.txt')], { baseDir: dir });
    expect(await dated()).toEqual({ 'undated.txt': [null, null], 'wire.txt': [null, null] });
  });
});
