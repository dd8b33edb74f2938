/* Server queries: pairs of same-type entities that may be one — scored on their names (token-aware: titles set
   aside, a shared surname with different given names counts against, acronyms meet their long forms), shared
   aliases that say something (never a title or generic word), shared neighbours and co-mention; each pair says why it
   is proposed. Pairs an analyst kept apart are never suggested.
   Bounded for large graphs: candidates come only from blocks of entities sharing a name token, surname or initials
   (blocks larger than MAX_BLOCK are too common to say anything and are skipped), at most MAX_PAIRS pairs are scored
   by name, and only the best few are checked for shared neighbours and documents in Neo4j. */

import { jaroWinkler } from '@skyra/jaro-winkler';
import { compareEntities, isTellingAlias, normalizeName, personParts } from '../../ingest/load/name-match.js';
import type { DuplicateCandidate } from '../../ontology/api-types.js';
import { DECISION_LABEL } from '../../ontology/curation.js';
import { PRIMARY_ENTITY_LABELS } from '../../ontology/labels.js';
import type { GraphExecutor } from '../executor.js';
import { alternation, nodeMap } from './cypher-fragments.js';
import { toGraphNode, type NodeMap } from './to-graph-element.js';

const MAX_BLOCK = 60;
const MAX_PAIRS = 100_000;
const MAX_NAMES = 4;
/** Name-similar pairs (the expensive part: every entity's names) are computed again when documents were
 *  ingested or removed, or after this long; kept-apart pairs are read on every request, and merged-away
 *  entities drop out when the best pairs are looked up, so decisions show at once. */
const PAIRS_TTL_MS = 10 * 60_000;
const STOP = new Set(['the', 'of', 'and', 'for', 'de', 'la', 'le', 'del', 'von', 'van', 'mr', 'mrs', 'ms', 'dr']);
/** Countries have one id per ISO code: two Country nodes are never one. */
const SKIPPED_TYPES = new Set(['Country']);

interface Entity {
  id: string;
  type: string;
  /** Display names as stored: the name first, then the aliases. */
  raw: string[];
  names: string[];
  tokens: Set<string>;
}

/** Block keys: name words, a person's surname, a name's initials and a one-word name (so acronyms meet long forms). */
function tokensOf(type: string, names: string[]): Set<string> {
  const out = new Set(names.flatMap((n) => n.split(' ')).filter((t) => t.length >= 3 && !STOP.has(t)));
  for (const n of names) {
    const words = n.split(' ').filter(Boolean);
    if (type === 'Person') {
      const parts = personParts(n);
      if (parts) out.add(`surname:${parts.surname}`);
      continue;
    }
    if (words.length === 1 && words[0]!.length >= 2) out.add(`initials:${words[0]}`);
    if (words.length >= 2) {
      out.add(`initials:${words.map((w) => w[0]).join('')}`);
      out.add(
        `initials:${words
          .filter((w) => !STOP.has(w))
          .map((w) => w[0])
          .join('')}`,
      );
    }
  }
  return out;
}

/** Best Jaro-Winkler similarity between two entities' names (shown beside the reasons; it decides nothing). */
function nameSimilarity(a: string[], b: string[]): number {
  let best = 0;
  for (const x of a.slice(0, MAX_NAMES)) for (const y of b.slice(0, MAX_NAMES)) if (x && y) best = Math.max(best, jaroWinkler(x, y));
  return best;
}

export interface NamePair {
  a: Entity;
  b: Entity;
  /** 0..1: how strongly the names alone say the two are one (shared telling aliases 0.85, same name 0.9, surname alone 0.65). */
  nameScore: number;
  similarity: number;
  /** Aliases (or names) both carry that say something: no title or generic word on its own. */
  shared: string[];
  reasons: string[];
}

const NAME_SCORE = { same: 0.9, compatible: 0.65 } as const;

/** Scores one pair on its names; null when the names say nothing, or say they are two. */
export function scoreNames(a: Entity, b: Entity): NamePair | null {
  const verdict = compareEntities(a.type, a.raw, b.raw);
  const normalB = new Set(b.names);
  const shared = a.raw.filter((n, i) => normalB.has(a.names[i]!) && isTellingAlias(a.type, n));
  if (verdict?.kind === 'different') return null;
  const reasons: string[] = [];
  let nameScore = 0;
  if (verdict) {
    nameScore = NAME_SCORE[verdict.kind];
    reasons.push(verdict.reason);
  }
  if (shared.length) {
    nameScore = Math.max(nameScore, 0.85);
    reasons.push(`shared alias${shared.length === 1 ? '' : 'es'} ${shared.map((x) => `"${x}"`).join(', ')}`);
  }
  if (nameScore === 0) return null;
  return { a, b, nameScore, similarity: nameSimilarity(a.names, b.names), shared, reasons };
}

/** Candidate pairs by shared block key within one type; `keptApart` holds `a\u0000b` keys (a < b). */
export function candidatePairs(entities: Entity[], keptApart: Set<string>): NamePair[] {
  const blocks = new Map<string, Entity[]>();
  for (const e of entities) {
    if (SKIPPED_TYPES.has(e.type)) continue;
    for (const t of e.tokens) (blocks.get(`${e.type}|${t}`) ?? blocks.set(`${e.type}|${t}`, []).get(`${e.type}|${t}`)!).push(e);
  }
  const seen = new Set<string>();
  const out: NamePair[] = [];
  for (const block of blocks.values()) {
    if (block.length < 2 || block.length > MAX_BLOCK) continue;
    for (let i = 0; i < block.length && seen.size < MAX_PAIRS; i++) {
      for (let j = i + 1; j < block.length; j++) {
        const [a, b] = block[i]!.id < block[j]!.id ? [block[i]!, block[j]!] : [block[j]!, block[i]!];
        const key = `${a.id}\u0000${b.id}`;
        if (seen.has(key) || keptApart.has(key)) continue;
        seen.add(key);
        const pair = scoreNames(a, b);
        if (pair) out.push(pair);
      }
    }
  }
  return out;
}

/** One entity as the queue compares it. */
export function queueEntity(id: string, type: string, name: string, aliases: string[]): Entity {
  const raw = [...new Set([name, ...aliases].filter((n) => n && normalizeName(n)))];
  const names = raw.map(normalizeName);
  return { id, type, raw, names, tokens: tokensOf(type, [...new Set(names)]) };
}

/** Pairs of ids an analyst kept apart (every pair within each keep-apart decision still in force). */
async function keptApartPairs(ex: GraphExecutor): Promise<Set<string>> {
  const rows = await ex.rows<{ ids: string[] }>(
    `MATCH (d:${DECISION_LABEL} {kind: 'keep-apart'}) WHERE NOT coalesce(d.undone, false) RETURN d.targets AS ids`,
  );
  const out = new Set<string>();
  for (const { ids } of rows) {
    const sorted = [...ids].sort();
    for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) out.add(`${sorted[i]}\u0000${sorted[j]}`);
  }
  return out;
}

type Pair = NamePair;
const cache = new WeakMap<GraphExecutor, { at: number; version: string; pairs: Promise<Pair[]> }>();

/** Every name-similar pair of the graph, best first, ignoring keep-apart decisions (filtered per request). */
async function namePairs(ex: GraphExecutor): Promise<Pair[]> {
  const rows = await ex.rows<{ id: string; labels: string[]; name: string | null; aliases: string[] | null }>(
    `MATCH (n:${alternation(PRIMARY_ENTITY_LABELS)}) RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.aliases AS aliases`,
    {},
    { timeoutMs: 60_000 },
  );
  const entities = rows.map((r) =>
    queueEntity(r.id, r.labels.find((l) => l !== 'Minister') ?? r.labels[0] ?? '', r.name ?? '', r.aliases ?? []),
  );
  const pairs = candidatePairs(entities, new Set());
  // Name evidence first; only the best are worth a neighbourhood query.
  return pairs.sort((x, y) => y.nameScore - x.nameScore || y.similarity - x.similarity || (x.a.id < y.a.id ? -1 : 1));
}

export async function duplicateCandidates(ex: GraphExecutor, limit: number): Promise<DuplicateCandidate[]> {
  const [v] = await ex.rows<{ docs: number; last: unknown }>('MATCH (d:Document) RETURN count(d) AS docs, max(d.ingestedAt) AS last');
  const version = `${v?.docs}|${String(v?.last)}`;
  let entry = cache.get(ex);
  if (!entry || entry.version !== version || Date.now() - entry.at > PAIRS_TTL_MS) {
    entry = { at: Date.now(), version, pairs: namePairs(ex) };
    cache.set(ex, entry);
    entry.pairs.catch(() => cache.delete(ex));
  }
  const [pairs, keptApart] = await Promise.all([entry.pairs, keptApartPairs(ex)]);
  const top = pairs.filter((p) => !keptApart.has(`${p.a.id}\u0000${p.b.id}`)).slice(0, limit * 3);
  const byType = new Map<string, { i: number; a: string; b: string }[]>();
  top.forEach((p, i) => (byType.get(p.a.type) ?? byType.set(p.a.type, []).get(p.a.type)!).push({ i, a: p.a.id, b: p.b.id }));
  const scored: DuplicateCandidate[] = [];
  for (const [type, list] of byType) {
    const label = alternation([type]);
    const found = await ex.rows<{ i: number; a: NodeMap; b: NodeMap; neighbors: number; together: number }>(
      `UNWIND $pairs AS p
       MATCH (a:${label} {id: p.a}) MATCH (b:${label} {id: p.b})
       RETURN p.i AS i, ${nodeMap('a')} AS a, ${nodeMap('b')} AS b,
              size(COLLECT { MATCH (a)-[:!MENTIONED_IN]-(x) WHERE x <> b AND EXISTS { (x)-[:!MENTIONED_IN]-(b) } RETURN DISTINCT x }) AS neighbors,
              COUNT { MATCH (a)-[:MENTIONED_IN]->(d:Document)<-[:MENTIONED_IN]-(b) RETURN DISTINCT d } AS together`,
      { pairs: list },
      { timeoutMs: 30_000 },
    );
    for (const f of found) {
      const p = top[f.i]!;
      const sharedNeighbors = Number(f.neighbors);
      const together = Number(f.together);
      // Named in one document yet kept as two by its reader: a little less likely one. Named apart: a little more.
      const score = 0.7 * p.nameScore + 0.2 * Math.min(1, sharedNeighbors / 2) + (together > 0 ? 0 : 0.1);
      const reasons = [...p.reasons];
      if (sharedNeighbors) reasons.push(`${sharedNeighbors} shared neighbour${sharedNeighbors === 1 ? '' : 's'}`);
      reasons.push(
        together ? `both named in ${together} document${together === 1 ? '' : 's'} that kept them apart` : 'never named together',
      );
      scored.push({
        a: toGraphNode(f.a),
        b: toGraphNode(f.b),
        score: Math.round(score * 1000) / 1000,
        nameSimilarity: Math.round(p.similarity * 1000) / 1000,
        sharedAliases: p.shared,
        sharedNeighbors,
        sharedDocuments: together,
        reasons,
      });
    }
  }
  return scored.sort((x, y) => y.score - x.score || (x.a.id < y.a.id ? -1 : 1)).slice(0, limit);
}
