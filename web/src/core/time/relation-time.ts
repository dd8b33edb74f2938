/* Core/time: what a relationship says about time and sources — independent sources, first/last seen,
   outlets, and conflicting values — read from the edge (its own fields or its properties) with
   fallbacks when the server does not send them (sources = its documents, dates = theirs). */

import type { DocumentSummary, GraphEdge } from '../../../../ontology/api-types.js';
import { formatDay } from './timeline.js';

type Loose = GraphEdge & Record<string, unknown>;

const field = (edge: GraphEdge, key: string): unknown => (edge as Loose)[key] ?? edge.properties[key];
const dayOf = (v: unknown): string | null => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null);

/** Independent sources: the server's count, else the documents given, else the evidence count. */
export function edgeSources(edge: GraphEdge, documents?: DocumentSummary[]): number {
  const sources = field(edge, 'sources');
  // 0 is what a relationship stored before sources were counted says: fall back.
  if (typeof sources === 'number' && sources > 0) return sources;
  const docIds = field(edge, 'docIds');
  if (Array.isArray(docIds)) return docIds.length;
  return documents?.length ?? Math.max(1, edge.evidenceCount);
}

function edgeFirstSeen(edge: GraphEdge, documents: DocumentSummary[] = []): string | null {
  return (
    dayOf(field(edge, 'firstSeen')) ??
    documents
      .map((d) => dayOf(d.publishedAt))
      .filter((d): d is string => !!d)
      .sort()[0] ??
    null
  );
}

function edgeLastSeen(edge: GraphEdge, documents: DocumentSummary[] = []): string | null {
  return (
    dayOf(field(edge, 'lastSeen')) ??
    documents
      .map((d) => dayOf(d.publishedAt))
      .filter((d): d is string => !!d)
      .sort()
      .at(-1) ??
    null
  );
}

export function edgeConflict(edge: GraphEdge): boolean {
  return field(edge, 'conflict') === true;
}

/** "3 sources · first seen 2 Mar 2025". */
export function sourcesLine(edge: GraphEdge, documents: DocumentSummary[] = []): string {
  const n = edgeSources(edge, documents);
  const first = edgeFirstSeen(edge, documents);
  const last = edgeLastSeen(edge, documents);
  return [
    `${n} source${n === 1 ? '' : 's'}`,
    first ? `first seen ${formatDay(first)}` : null,
    last && last !== first ? `last seen ${formatDay(last)}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** "25%" for a rate, "US$ 40.5 billion" for a trade value, the text otherwise. */
function claimText(property: string, value: unknown): string {
  const n = Number(value);
  if (property === 'rate' && value !== '' && Number.isFinite(n)) return `${n}%`;
  if ((property === 'valueUsd' || property === 'amount') && Number.isFinite(n)) {
    return `US$ ${n >= 1e9 ? `${+(n / 1e9).toFixed(2)} billion` : n >= 1e6 ? `${+(n / 1e6).toFixed(2)} million` : n.toLocaleString('en-US')}`;
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Only the claims whose property (and scope) documents disagree on; all of them when no group disagrees. */
function disagreeing<T extends Record<string, unknown>>(claims: T[]): T[] {
  const key = (c: T) => `${String(c.property ?? '')}\u0000${String(c.scope ?? '')}`;
  const values = new Map<string, Set<string>>();
  for (const c of claims) values.set(key(c), (values.get(key(c)) ?? new Set()).add(JSON.stringify(c.value ?? c.rate ?? c.title ?? null)));
  const kept = claims.filter((c) => (values.get(key(c))?.size ?? 0) > 1);
  return kept.length ? kept : claims;
}

export interface ConflictValue {
  value: string;
  outlet: string | null;
  docId: string | null;
  date: string | null;
}

/** The values documents give for a conflicting claim: a list of `{value, docId, date}` objects (or their JSON),
 *  under `conflictValues`, `values` or `claims`. */
export function conflictValues(edge: GraphEdge): ConflictValue[] {
  for (const key of ['claims', 'conflictValues', 'values']) {
    const raw = field(edge, key);
    const items: unknown[] = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : [];
    const out: ConflictValue[] = [];
    const objects: Record<string, unknown>[] = [];
    for (const item of items) {
      let v: unknown = item;
      if (typeof item === 'string') {
        try {
          v = JSON.parse(item);
        } catch {
          v = { value: item };
        }
      }
      for (const x of Array.isArray(v) ? v : [v]) if (x && typeof x === 'object') objects.push(x as Record<string, unknown>);
    }
    for (const o of disagreeing(objects)) {
      {
        const value = o.value ?? o.rate ?? o.valueUsd ?? o.title ?? o.amount;
        const property = typeof o.property === 'string' ? o.property : o.rate !== undefined ? 'rate' : '';
        // A trade value's year tells two values apart; a tariff's measure key is no reading matter.
        const scope =
          property !== 'rate' && ((typeof o.scope === 'string' && o.scope) || typeof o.scope === 'number') ? ` (${o.scope})` : '';
        out.push({
          value: value === undefined ? JSON.stringify(o) : `${claimText(property, value)}${scope}`,
          outlet: typeof o.outlet === 'string' ? o.outlet : null,
          docId: typeof o.docId === 'string' ? o.docId : typeof o.documentId === 'string' ? o.documentId : null,
          date: dayOf(o.date) ?? dayOf(o.publishedAt),
        });
      }
    }
    if (out.length) return out;
  }
  return [];
}
