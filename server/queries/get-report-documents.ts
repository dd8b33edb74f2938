/* Server queries: the Documents an evidence pack cites — title, url, outlet, date, and which of the given
   evidence sentences each one's text contains (the text itself stays in the database). */

import type { ReportDocument } from '../exports/evidence-report.js';
import type { GraphExecutor } from '../executor.js';
import { describeDateSource } from '../../ontology/date-source.js';

interface Row {
  id: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  publishedAt: unknown;
  dateSource: unknown;
  quotes: string[];
}

export async function getReportDocuments(ex: GraphExecutor, docIds: string[], sentences: string[]): Promise<ReportDocument[]> {
  if (!docIds.length) return [];
  const rows = await ex.rows<Row>(
    `UNWIND $docIds AS id
     MATCH (d:Document {id: id})
     RETURN d.id AS id, d.title AS title, d.url AS url, coalesce(d.outlet, d.source) AS outlet, d.publishedAt AS publishedAt, d.dateSource AS dateSource,
            [s IN $sentences WHERE d.text CONTAINS s] AS quotes`,
    { docIds: [...new Set(docIds)], sentences: [...new Set(sentences)] },
    { timeoutMs: 60_000 },
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title ?? r.id,
    url: r.url,
    outlet: outletName(r.outlet),
    publishedAt: r.publishedAt === null || r.publishedAt === undefined ? null : String(r.publishedAt),
    dateFrom: r.publishedAt === null || r.publishedAt === undefined ? null : describeDateSource(r.dateSource),
    quotes: r.quotes,
  }));
}

/** A source that is a file path (seeds/000_story.txt) is no outlet. */
function outletName(source: string | null): string | null {
  if (!source) return null;
  return /[\\/]|\.(?:txt|md|html?|jsonl)$/i.test(source) ? null : source;
}
