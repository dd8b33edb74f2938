/* Core/time: the timeline's buckets — read from GET /api/timeline (tolerant of its field names), the
   bucket size picked from the span, bucket ends, and the query a time range adds to graph requests. */

import type { TimeRange } from '../state.js';

export type Bucket = 'day' | 'week' | 'month';

export interface TimelineBucket {
  /** First day of the bucket, YYYY-MM-DD. */
  start: string;
  /** Last day of the bucket, YYYY-MM-DD. */
  end: string;
  documents: number;
  relationships: number;
}

export interface Timeline {
  bucket: Bucket;
  buckets: TimelineBucket[];
  /** Documents with no known publication date (not on the axis). */
  undated: number;
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : Number(v) || 0);
const dayOf = (v: unknown): string | null => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null);

const addDays = (iso: string, days: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The last day of the bucket that starts on `start`. */
export function bucketEnd(start: string, bucket: Bucket): string {
  if (bucket === 'day') return start;
  if (bucket === 'week') return addDays(start, 6);
  const d = new Date(`${start.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

/** Whole days from a to b (b later). */
const daysBetween = (a: string, b: string): number =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/** Day buckets up to three months, weeks up to two years, months beyond. */
export function bucketForSpan(first: string, last: string): Bucket {
  const days = daysBetween(first, last);
  return days <= 92 ? 'day' : days <= 730 ? 'week' : 'month';
}

/** GET /api/timeline's body as buckets: `{buckets: [{start|bucket|date|period, documents|count, relationships|newRelationships}]}` or a bare list. */
export function readTimeline(body: unknown, bucket: Bucket): Timeline {
  const obj = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const list = Array.isArray(body) ? body : Array.isArray(obj.buckets) ? obj.buckets : Array.isArray(obj.timeline) ? obj.timeline : [];
  const buckets: TimelineBucket[] = [];
  for (const item of list as Record<string, unknown>[]) {
    if (!item || typeof item !== 'object') continue;
    const start = dayOf(item.start) ?? dayOf(item.bucket) ?? dayOf(item.date) ?? dayOf(item.period) ?? dayOf(item.from);
    if (!start) continue;
    buckets.push({
      start,
      end: dayOf(item.end) ?? dayOf(item.to) ?? bucketEnd(start, bucket),
      documents: num(item.documents ?? item.documentCount ?? item.docs ?? item.count),
      relationships: num(item.relationships ?? item.newRelationships ?? item.relations ?? item.newRelations),
    });
  }
  buckets.sort((a, b) => a.start.localeCompare(b.start));
  return { bucket, buckets, undated: num(obj.undated ?? obj.undatedDocuments) };
}

/** Graph requests' time parameters: `from`/`to` as ISO days (`to` inclusive); none without a range. */
export function rangeQuery(time: TimeRange | null): { from?: string; to?: string } {
  if (!time) return {};
  return time.from ? { from: time.from, to: time.to } : { to: time.to };
}

/** "2 Mar 2025". */
export function formatDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** "2 Mar 2025 – 31 Mar 2025" or "as of 31 Mar 2025". */
export function describeRange(time: TimeRange): string {
  return time.from
    ? time.from === time.to
      ? formatDay(time.from)
      : `${formatDay(time.from)} – ${formatDay(time.to)}`
    : `as of ${formatDay(time.to)}`;
}

/** The bucket after the one starting on `start`. */
function nextBucketStart(start: string, bucket: Bucket): string {
  if (bucket === 'day') return addDays(start, 1);
  if (bucket === 'week') return addDays(start, 7);
  const d = new Date(`${start.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}

/** Every bucket from the first to the last, the empty ones included, so the axis is continuous. */
export function fillBuckets(t: Timeline): TimelineBucket[] {
  const first = t.buckets[0];
  const last = t.buckets.at(-1);
  if (!first || !last) return [];
  const byStart = new Map(t.buckets.map((b) => [b.start, b]));
  const out: TimelineBucket[] = [];
  for (let start = first.start; start <= last.start && out.length < 5000; start = nextBucketStart(start, t.bucket)) {
    out.push(byStart.get(start) ?? { start, end: bucketEnd(start, t.bucket), documents: 0, relationships: 0 });
  }
  return out;
}

/** The buckets a range covers, as [first, last] indexes; null when it covers none. */
export function rangeIndexes(buckets: TimelineBucket[], time: TimeRange | null): [number, number] | null {
  if (!time || !buckets.length) return null;
  const from = time.from ?? buckets[0]!.start;
  let lo = -1;
  let hi = -1;
  buckets.forEach((b, i) => {
    if (b.end >= from && b.start <= time.to) {
      if (lo < 0) lo = i;
      hi = i;
    }
  });
  return lo < 0 ? null : [lo, hi];
}
