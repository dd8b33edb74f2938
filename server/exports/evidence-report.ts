/* Server exports: the evidence pack's content — entities, each fact as a sentence with its quotes, dates,
   outlets and documents, conflicting values, and the sources list; rendered by to-report-html/-markdown. */

import type { ExportEdge, ExportGraph, ExportNode } from './export-graph.js';

/** A Document the report cites, with the evidence sentences of the view that its text contains. */
export interface ReportDocument {
  id: string;
  title: string;
  url: string | null;
  outlet: string | null;
  publishedAt: string | null;
  /** Where `publishedAt` came from ("date from the file name"), when known. */
  dateFrom?: string | null;
  /** Evidence sentences (of the exported relationships) found in this document's text. */
  quotes: string[];
}

interface ReportQuote {
  text: string;
  /** The documents whose text holds it (cited by their number in the sources list). */
  docIds: string[];
}

export interface ReportConflictValue {
  value: string;
  docId: string | null;
  date: string | null;
}

export interface ReportFact {
  id: string;
  type: string;
  sentence: string;
  quotes: ReportQuote[];
  docIds: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  sources: number;
  outlets: string[];
  rules: string[];
  confidence: number | null;
  /** Set when documents give different values for this claim. */
  conflict: ReportConflictValue[] | null;
}

interface ReportEntity {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  details: string[];
}

export interface EvidenceReport {
  title: string;
  exportedAt: string;
  /** data:image/png|jpeg;base64 URL of the view's picture, when the client sent one. */
  image: string | null;
  entities: ReportEntity[];
  facts: ReportFact[];
  /** Cited documents, numbered in this order ([1], [2], …). */
  documents: ReportDocument[];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : null);
const strList = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];

const money = (v: unknown, currency = 'US$'): string | null => {
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isFinite(n) || v === null || v === undefined || v === '') return null;
  const scaled = n >= 1e9 ? `${+(n / 1e9).toFixed(2)} billion` : n >= 1e6 ? `${+(n / 1e6).toFixed(2)} million` : n.toLocaleString('en-US');
  return `${currency} ${scaled}`;
};

/** "Jane Doe holds office Prime Minister of Canada": one fact in plain English from its type, ends and properties. */
export function factSentence(type: string, a: string, b: string, p: Record<string, unknown>): string {
  const on = str(p.date) ? ` on ${str(p.date)}` : '';
  switch (type) {
    case 'HOLDS_OFFICE': {
      const title = str(p.title) ?? str(p.portfolio);
      const portfolio = str(p.title) && str(p.portfolio) ? ` (${str(p.portfolio)})` : '';
      return title ? `${a} holds office ${title}${portfolio} of ${b}` : `${a} holds office in ${b}`;
    }
    case 'AFFILIATED_WITH':
      return `${a} is affiliated with ${b}${str(p.role) ? ` as ${str(p.role)}` : ''}`;
    case 'SIGNED':
      return `${a} signed ${b}${on}`;
    case 'PARTY_TO':
      return `${a} is party to ${b}`;
    case 'MEMBER_OF':
      return `${a} is a member of ${b}`;
    case 'IMPOSES':
      return `${a} imposes ${b}${on}`;
    case 'TARGETS':
      return `${a} targets ${b}`;
    case 'ON_PRODUCT':
      return `${a} applies to ${b}`;
    case 'MET_WITH':
      return `${a} met with ${b}${str(p.place) ? ` in ${str(p.place)}` : ''}${on}`;
    case 'VISITED':
      return `${a} visited ${b}${on}`;
    case 'TRADES_WITH': {
      const value = money(p.valueUsd);
      return `${a} trades with ${b}${value ? ` (${value}${str(p.year) ? ` in ${str(p.year)}` : ''})` : str(p.year) ? ` (${str(p.year)})` : ''}`;
    }
    case 'FUNDS': {
      const amount = money(p.amount, str(p.currency) ?? '');
      return `${a} funds ${b}${amount ? ` with ${amount.trim()}` : ''}${str(p.purpose) ? ` for ${str(p.purpose)}` : ''}`;
    }
    case 'LOCATED_IN':
      return `${a} is located in ${b}`;
    case 'PART_OF':
      return `${a} is part of ${b}`;
    case 'REVIEWS':
      return `${a} reviews ${b}${on}`;
    default:
      return `${a} ${type.toLowerCase().replace(/_/g, ' ')} ${b}`;
  }
}

/** A claimed value as a reader expects it: a rate as "25%", a trade value in US$, a title as written. */
function claimValueText(property: string, value: unknown): string {
  if (property === 'rate' && value !== '' && Number.isFinite(Number(value))) return `${Number(value)}%`;
  if ((property === 'valueUsd' || property === 'amount') && Number.isFinite(Number(value))) return money(value) ?? String(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Conflicting values of a claim, read from whatever form the relationship carries them in: the stored parallel lists
 *  (`claimProps`, `claimScopes`, `claimValues` as JSON, `claimDocIds`), or a list of objects or their JSON
 *  (`claims`, `conflictValues`, `values`: `{property?, value, docId, date}`), else nothing. */
export function conflictValues(p: Record<string, unknown>): ReportConflictValue[] {
  for (const key of ['claims', 'conflictValues', 'values']) {
    const raw = p[key];
    const items: unknown[] = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : [];
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
    const out = disagreeing(objects).map(toConflictValue);
    if (out.length) return out;
  }
  if (Array.isArray(p.claimDocIds) && p.claimDocIds.length) {
    const list = (k: string): unknown[] => (Array.isArray(p[k]) ? (p[k] as unknown[]) : []);
    const claims = p.claimDocIds.map((docId, i) => {
      let value: unknown = list('claimValues')[i];
      try {
        value = JSON.parse(String(value));
      } catch {
        // kept as stored
      }
      return { property: String(list('claimProps')[i] ?? ''), scope: list('claimScopes')[i] ?? null, value, docId: String(docId) };
    });
    return disagreeing(claims).map((c) => ({
      value: `${claimValueText(c.property, c.value)}${c.scope && c.property !== 'rate' ? ` (${String(c.scope)})` : ''}`,
      docId: c.docId,
      date: null,
    }));
  }
  return [];
}

/** Words of a value for comparing: lower case, punctuation and a leading "the" dropped. */
const valueWords = (v: string): string[] =>
  v
    .toLowerCase()
    .replace(/\s+%/g, '%')
    .replace(/[^\p{L}\p{N}%.]+/gu, ' ')
    .replace(/\.(?!\d)/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((w, i) => w && !(i === 0 && w === 'the'));

/** Words before a title that change the office, not just name its field ("Prime Minister" is not "Minister"). */
const RANK_WORDS = new Set([
  'prime',
  'vice',
  'deputy',
  'acting',
  'interim',
  'former',
  'chief',
  'first',
  'co',
  'assistant',
  'associate',
  'junior',
  'senior',
  'under',
  'high',
]);

/** Two values say the same when, normalised, one ends with the other and the longer only names a field
 *  ("Commissioner" and "External Trade Commissioner"), not a rank ("Minister" and "Prime Minister"). */
function sameValue(a: string, b: string): boolean {
  const [x, y] = [valueWords(a), valueWords(b)].sort((p, q) => p.length - q.length) as [string[], string[]];
  const extra = y.slice(0, y.length - x.length);
  return x.length > 0 && x.every((w, i) => w === y[extra.length + i]) && !extra.some((w) => RANK_WORDS.has(w.replace(/-$/, '')));
}

/** Whether conflicting values really differ once titles are normalised (no two of them say different things otherwise). */
export function valuesDisagree(values: ReportConflictValue[]): boolean {
  return values.some((a, i) => values.slice(i + 1).some((b) => !sameValue(a.value, b.value)));
}

/** Evidence as a quotation in single quotes, without the quote marks the sentence itself may start or end with. */
export function singleQuoted(text: string): string {
  return `‘${text.trim().replace(/^["'“”‘’«»„]+|["'“”‘’«»„]+$/g, '')}’`;
}

/** Only the claims whose property (and scope) documents disagree on; all of them when no group disagrees. */
function disagreeing<T extends Record<string, unknown>>(claims: T[]): T[] {
  const key = (c: T) => `${String(c.property ?? '')}\u0000${String(c.scope ?? '')}`;
  const values = new Map<string, Set<string>>();
  for (const c of claims) values.set(key(c), (values.get(key(c)) ?? new Set()).add(JSON.stringify(c.value ?? c.rate ?? c.title ?? null)));
  const kept = claims.filter((c) => (values.get(key(c))?.size ?? 0) > 1);
  return kept.length ? kept : claims;
}

function toConflictValue(x: Record<string, unknown>): ReportConflictValue {
  const value = x.value ?? x.rate ?? x.valueUsd ?? x.title ?? x.amount;
  const property = typeof x.property === 'string' ? x.property : x.rate !== undefined ? 'rate' : x.valueUsd !== undefined ? 'valueUsd' : '';
  const rest = Object.entries(x).filter(([k]) => !['docId', 'date', 'documentId', 'publishedAt'].includes(k));
  return {
    value:
      value === undefined
        ? rest.map(([k, val]) => `${k}: ${String(val)}`).join(', ')
        : `${claimValueText(property, value)}${property !== 'rate' && (typeof x.scope === 'string' || typeof x.scope === 'number') ? ` (${x.scope})` : ''}`,
    docId: str(x.docId) ?? str(x.documentId),
    date: str(x.date) ?? str(x.publishedAt),
  };
}

const ENTITY_SKIP = new Set([
  'name',
  'aliases',
  'mentionCount',
  'firstSeen',
  'lastSeen',
  'sources',
  'outlets',
  'text',
  'updatedAt',
  'createdAt',
]);

function toEntity(n: ExportNode): ReportEntity {
  const details: string[] = [];
  for (const [k, v] of Object.entries(n.properties).sort(([x], [y]) => x.localeCompare(y))) {
    if (ENTITY_SKIP.has(k) || v === null || (Array.isArray(v) && v.length === 0)) continue;
    details.push(`${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`);
  }
  const first = str(n.properties.firstSeen);
  const last = str(n.properties.lastSeen);
  if (first) details.push(`seen ${displayDate(first)}${last && last.slice(0, 10) !== first.slice(0, 10) ? ` – ${displayDate(last)}` : ''}`);
  return { id: n.id, type: n.type, name: n.name, aliases: strList(n.properties.aliases).filter((a) => a !== n.name), details };
}

const dateOf = (d: ReportDocument | undefined) => d?.publishedAt ?? null;

function toFact(e: ExportEdge, names: Map<string, string>, docs: Map<string, ReportDocument>, ranged: boolean): ReportFact {
  const p = e.properties;
  // Within a time range only the documents of the range count (and only their quotes are shown).
  const docIds = strList(p.docIds).filter((id) => !ranged || docs.has(id));
  const cited = docIds.map((id) => docs.get(id)).filter((d): d is ReportDocument => d !== undefined);
  const quotes = strList(p.evidence ?? p.sentences)
    .map((text) => ({ text, docIds: cited.filter((d) => d.quotes.includes(text)).map((d) => d.id) }))
    .filter((q) => !ranged || q.docIds.length > 0);
  const dates = cited
    .map(dateOf)
    .filter((d): d is string => !!d)
    .sort();
  const outlets = strList(p.outlets).length ? strList(p.outlets) : [...new Set(cited.map((d) => d.outlet).filter((o): o is string => !!o))];
  const sources = typeof p.sources === 'number' && p.sources > 0 && !ranged ? p.sources : docIds.length;
  const conflict = p.conflict === true ? conflictValues(p) : [];
  // Flagged at ingest, but the values may differ only in how a title was written: no conflict then.
  const conflicting = p.conflict === true && (conflict.length === 0 || valuesDisagree(conflict));
  return {
    id: e.id,
    type: e.type,
    sentence: factSentence(e.type, names.get(e.source) ?? e.source, names.get(e.target) ?? e.target, p),
    quotes,
    docIds,
    firstSeen: (ranged ? null : str(p.firstSeen)) ?? dates[0] ?? null,
    lastSeen: (ranged ? null : str(p.lastSeen)) ?? dates[dates.length - 1] ?? null,
    sources,
    outlets,
    rules: strList(p.rules),
    confidence: typeof p.confidence === 'number' ? p.confidence : null,
    conflict: conflicting ? conflict : null,
  };
}

/** A document published in [from, to] (days, inclusive; either end open); an undated one is in no range. */
const inRange = (d: ReportDocument, range: { from?: string | null; to?: string | null }): boolean => {
  const day = d.publishedAt?.slice(0, 10);
  return !!day && day >= (range.from ?? '0000-01-01') && day <= (range.to ?? '9999-12-31');
};

/** Puts the report together: entities by type and name, facts (conflicts first) in sentence order, documents by date.
 *  With a range, only what documents published in it state (and only their quotes). */
export function buildEvidenceReport(
  graph: ExportGraph,
  allDocuments: ReportDocument[],
  meta: { exportedAt: string; image?: string | null; title?: string; range?: { from?: string | null; to?: string | null } | null },
): EvidenceReport {
  const ranged = !!(meta.range?.from || meta.range?.to);
  const documents = ranged ? allDocuments.filter((d) => inRange(d, meta.range!)) : allDocuments;
  const entities = graph.nodes.filter((n) => n.type !== 'Document');
  const names = new Map(entities.map((n) => [n.id, n.name]));
  const docs = new Map(documents.map((d) => [d.id, d]));
  const facts = graph.edges
    .filter((e) => e.type !== 'MENTIONED_IN' && names.has(e.source) && names.has(e.target))
    .map((e) => toFact(e, names, docs, ranged))
    .filter((f) => !ranged || f.docIds.length > 0)
    .sort((x, y) => Number(!!y.conflict) - Number(!!x.conflict) || x.sentence.localeCompare(y.sentence));
  const citedIds = new Set(facts.flatMap((f) => [...f.docIds, ...(f.conflict ?? []).map((c) => c.docId ?? '')]));
  const cited = documents
    .filter((d) => citedIds.has(d.id))
    .sort((x, y) => (x.publishedAt ?? '9999').localeCompare(y.publishedAt ?? '9999') || x.title.localeCompare(y.title));
  return {
    title: meta.title ?? (ranged ? `Evidence pack · ${rangeText(meta.range!)}` : 'Evidence pack'),
    exportedAt: meta.exportedAt,
    image: meta.image ?? null,
    entities: entities.map(toEntity).sort((x, y) => x.type.localeCompare(y.type) || x.name.localeCompare(y.name)),
    facts,
    documents: cited,
  };
}

/** "2 Mar 2025" from an ISO date or date-time; other text as given. */
export function displayDate(iso: string | null): string {
  if (!iso) return 'date unknown';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

const rangeText = (r: { from?: string | null; to?: string | null }): string =>
  r.from && r.to
    ? `${displayDate(r.from)} – ${displayDate(r.to)}`
    : r.to
      ? `as of ${displayDate(r.to)}`
      : `from ${displayDate(r.from ?? null)}`;

/** "3 sources · first seen 2 Mar 2025": the line under each fact. */
export function factSummary(f: ReportFact): string {
  const parts = [`${f.sources} source${f.sources === 1 ? '' : 's'}`];
  if (f.firstSeen) parts.push(`first seen ${displayDate(f.firstSeen)}`);
  if (f.lastSeen && f.lastSeen.slice(0, 10) !== f.firstSeen?.slice(0, 10)) parts.push(`last seen ${displayDate(f.lastSeen)}`);
  if (f.outlets.length) parts.push(f.outlets.join(', '));
  return parts.join(' · ');
}

/** Only http(s) URLs become links; anything else (javascript:, data:) stays text. */
export const safeHref = (url: string | null): string | null => (url && /^https?:\/\/[^\s]+$/i.test(url) ? url : null);
