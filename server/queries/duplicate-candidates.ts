/* Server queries: pairs of same-type entities that may be one — scored by Jaro-Winkler name similarity,
   shared aliases and shared neighbours; pairs an analyst kept apart are never suggested.
   Bounded for large graphs: candidates come only from blocks of entities sharing a name token
   (blocks larger than MAX_BLOCK are too common to say anything and are skipped), at most MAX_PAIRS
   pairs are scored by name, and only the best few are checked for shared neighbours in Neo4j. */

import { jaroWinkler } from '@skyra/jaro-winkler';
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
const MIN_SIMILARITY = 0.85;
const STOP = new Set(['the', 'of', 'and', 'for', 'de', 'la', 'le', 'del', 'von', 'van', 'mr', 'mrs', 'ms', 'dr']);

interface Entity {
  id: string;
  type: string;
  names: string[];
  tokens: Set<string>;
}

/** Lower case, accents folded, punctuation to spaces. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const tokensOf = (names: string[]): Set<string> => new Set(names.flatMap((n) => n.split(' ')).filter((t) => t.length >= 3 && !STOP.has(t)));

/** Best similarity between two entities' names: Jaro-Winkler, or 0.9 when one name's words all appear in the other's ("Smith" in "Jane Smith"). */
export function nameSimilarity(a: string[], b: string[]): number {
  let best = 0;
  for (const x of a.slice(0, MAX_NAMES)) {
    for (const y of b.slice(0, MAX_NAMES)) {
      if (!x || !y) continue;
      best = Math.max(best, jaroWinkler(x, y));
      const [short, long] = x.length <= y.length ? [x, y] : [y, x];
      const longWords = new Set(long.split(' '));
      if (short.length >= 3 && short !== long && short.split(' ').every((w) => longWords.has(w))) best = Math.max(best, 0.9);
    }
  }
  return best;
}

/** Candidate pairs by shared name token within one type; `keptApart` holds `a\u0000b` keys (a < b). */
export function candidatePairs(
  entities: Entity[],
  keptApart: Set<string>,
): { a: Entity; b: Entity; similarity: number; shared: string[] }[] {
  const blocks = new Map<string, Entity[]>();
  for (const e of entities)
    for (const t of e.tokens) (blocks.get(`${e.type}|${t}`) ?? blocks.set(`${e.type}|${t}`, []).get(`${e.type}|${t}`)!).push(e);
  const seen = new Set<string>();
  const out: { a: Entity; b: Entity; similarity: number; shared: string[] }[] = [];
  for (const block of blocks.values()) {
    if (block.length < 2 || block.length > MAX_BLOCK) continue;
    for (let i = 0; i < block.length && seen.size < MAX_PAIRS; i++) {
      for (let j = i + 1; j < block.length; j++) {
        const [a, b] = block[i]!.id < block[j]!.id ? [block[i]!, block[j]!] : [block[j]!, block[i]!];
        const key = `${a.id}\u0000${b.id}`;
        if (seen.has(key) || keptApart.has(key)) continue;
        seen.add(key);
        const shared = a.names.filter((n) => b.names.includes(n));
        const similarity = nameSimilarity(a.names, b.names);
        if (similarity >= MIN_SIMILARITY || shared.length > 0) out.push({ a, b, similarity, shared });
      }
    }
  }
  return out;
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

type Pair = ReturnType<typeof candidatePairs>[number];
const cache = new WeakMap<GraphExecutor, { at: number; version: string; pairs: Promise<Pair[]> }>();

/** Every name-similar pair of the graph, best first, ignoring keep-apart decisions (filtered per request). */
async function namePairs(ex: GraphExecutor): Promise<Pair[]> {
  const rows = await ex.rows<{ id: string; labels: string[]; name: string | null; aliases: string[] | null }>(
    `MATCH (n:${alternation(PRIMARY_ENTITY_LABELS)}) RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.aliases AS aliases`,
    {},
    { timeoutMs: 60_000 },
  );
  const entities: Entity[] = rows.map((r) => {
    const names = [...new Set([r.name ?? '', ...(r.aliases ?? [])].map(normalizeName).filter(Boolean))];
    return { id: r.id, type: r.labels.find((l) => l !== 'Minister') ?? r.labels[0] ?? '', names, tokens: tokensOf(names) };
  });
  const pairs = candidatePairs(entities, new Set());
  // Name evidence first; only the best are worth a neighbourhood query.
  return pairs.sort(
    (x, y) =>
      y.similarity + 0.1 * Math.min(1, y.shared.length) - (x.similarity + 0.1 * Math.min(1, x.shared.length)) || (x.a.id < y.a.id ? -1 : 1),
  );
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
    const found = await ex.rows<{ i: number; a: NodeMap; b: NodeMap; neighbors: number }>(
      `UNWIND $pairs AS p
       MATCH (a:${label} {id: p.a}) MATCH (b:${label} {id: p.b})
       RETURN p.i AS i, ${nodeMap('a')} AS a, ${nodeMap('b')} AS b,
              size(COLLECT { MATCH (a)-[:!MENTIONED_IN]-(x) WHERE x <> b AND EXISTS { (x)-[:!MENTIONED_IN]-(b) } RETURN DISTINCT x }) AS neighbors`,
      { pairs: list },
      { timeoutMs: 30_000 },
    );
    for (const f of found) {
      const p = top[f.i]!;
      const sharedNeighbors = Number(f.neighbors);
      const score = 0.6 * p.similarity + 0.2 * Math.min(1, p.shared.length) + 0.2 * Math.min(1, sharedNeighbors / 2);
      scored.push({
        a: toGraphNode(f.a),
        b: toGraphNode(f.b),
        score: Math.round(score * 1000) / 1000,
        nameSimilarity: Math.round(p.similarity * 1000) / 1000,
        sharedAliases: p.shared,
        sharedNeighbors,
      });
    }
  }
  return scored.sort((x, y) => y.score - x.score || (x.a.id < y.a.id ? -1 : 1)).slice(0, limit);
}
