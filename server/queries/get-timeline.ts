/* Server queries: documents published and relationships first seen, per day, week (Monday to Sunday) or month. */

import type { TimelineResponse } from '../../ontology/api-types.js';
import { AppError } from '../errors/app-error.js';
import type { GraphExecutor } from '../executor.js';
import { alternation, DEFAULT_REL_TYPES } from './cypher-fragments.js';

export interface TimelineParams {
  bucket: TimelineResponse['bucket'];
  from?: string;
  to?: string;
}

/** Most buckets one answer holds (about 27 years of days). */
const MAX_BUCKETS = 10_000;

const DAY_MS = 86_400_000;
const day = (d: Date): string => d.toISOString().slice(0, 10);
const parse = (s: string): Date => new Date(`${s}T00:00:00Z`);

/** The first day of the bucket holding `date` (YYYY-MM-DD). */
export function bucketStart(date: string, bucket: TimelineParams['bucket']): string {
  if (bucket === 'day') return date;
  if (bucket === 'month') return `${date.slice(0, 7)}-01`;
  const d = parse(date);
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  return day(new Date(d.getTime() - sinceMonday * DAY_MS));
}

/** The first day of the next bucket. */
function nextStart(start: string, bucket: TimelineParams['bucket']): string {
  const d = parse(start);
  if (bucket === 'day') return day(new Date(d.getTime() + DAY_MS));
  if (bucket === 'week') return day(new Date(d.getTime() + 7 * DAY_MS));
  return day(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)));
}

const lastDay = (start: string, bucket: TimelineParams['bucket']): string =>
  day(new Date(parse(nextStart(start, bucket)).getTime() - DAY_MS));

/** Counts per calendar day, folded into contiguous buckets from the first to the last (or over from/to). */
export function toBuckets(docs: Map<string, number>, rels: Map<string, number>, p: TimelineParams): TimelineResponse['buckets'] {
  const days = [...docs.keys(), ...rels.keys()].sort();
  const first = p.from ?? days[0];
  const last = p.to ?? days[days.length - 1];
  if (!first || !last) return [];
  const counts = new Map<string, { documents: number; newRelationships: number }>();
  const add = (date: string, n: number, field: 'documents' | 'newRelationships'): void => {
    const key = bucketStart(date, p.bucket);
    const c = counts.get(key) ?? counts.set(key, { documents: 0, newRelationships: 0 }).get(key)!;
    c[field] += n;
  };
  for (const [date, n] of docs) add(date, n, 'documents');
  for (const [date, n] of rels) add(date, n, 'newRelationships');
  const out: TimelineResponse['buckets'] = [];
  const end = bucketStart(last, p.bucket);
  for (let start = bucketStart(first, p.bucket); start <= end; start = nextStart(start, p.bucket)) {
    if (out.length >= MAX_BUCKETS) {
      throw AppError.badRequest(
        'range_too_long',
        `More than ${MAX_BUCKETS} ${p.bucket} buckets: choose a coarser bucket or a narrower from/to.`,
      );
    }
    out.push({ start, end: lastDay(start, p.bucket), ...(counts.get(start) ?? { documents: 0, newRelationships: 0 }) });
  }
  return out;
}

const IN_RANGE = (x: string) => `${x} >= coalesce($from, '0000-01-01') AND ${x} <= coalesce($to, '9999-12-31')`;

export async function getTimeline(ex: GraphExecutor, p: TimelineParams): Promise<TimelineResponse> {
  const params = { from: p.from ?? null, to: p.to ?? null };
  const [row] = await ex.rows<{ docs: { day: string; n: number }[]; rels: { day: string; n: number }[]; undated: number }>(
    `CALL () {
       MATCH (d:Document) WHERE d.publishedAt IS NOT NULL
       WITH left(toString(d.publishedAt), 10) AS day WHERE day =~ '\\\\d{4}-\\\\d{2}-\\\\d{2}' AND ${IN_RANGE('day')}
       WITH day, count(*) AS n
       RETURN collect({day: day, n: n}) AS docs
     }
     CALL () {
       MATCH ()-[r:${alternation(DEFAULT_REL_TYPES)}]->() WHERE r.firstSeen IS NOT NULL AND ${IN_RANGE('r.firstSeen')}
       WITH r.firstSeen AS day, count(*) AS n
       RETURN collect({day: day, n: n}) AS rels
     }
     RETURN docs, rels, COUNT { MATCH (d:Document) WHERE d.publishedAt IS NULL } AS undated`,
    params,
    { timeoutMs: 30_000 },
  );
  const fold = (list: { day: string; n: number }[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const x of list) m.set(x.day, (m.get(x.day) ?? 0) + Number(x.n));
    return m;
  };
  const buckets = toBuckets(fold(row?.docs ?? []), fold(row?.rels ?? []), p);
  return {
    bucket: p.bucket,
    from: p.from ?? buckets[0]?.start ?? null,
    to: p.to ?? buckets[buckets.length - 1]?.end ?? null,
    buckets,
    undatedDocuments: Number(row?.undated ?? 0),
  };
}
