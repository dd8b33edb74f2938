/* Server queries: full-text search over entity names and aliases, ranked, filtered by type. */

import type { SearchHit } from '../../ontology/api-types.js';
import { FULLTEXT_INDEX } from '../../graph/ensure-schema.js';
import type { GraphExecutor } from '../executor.js';
import { buildLuceneQuery } from './build-lucene-query.js';
import { DEFAULT_NODE_TYPES, degreeOf } from './cypher-fragments.js';

export interface SearchParams {
  q: string;
  types?: string[];
  limit: number;
}

interface Row {
  id: string;
  labels: string[];
  name: string;
  aliases: string[] | null;
  score: number;
}

/** Text relevance, then: the exact name first when it has relationships (a stub with none only a little up),
 *  and well-connected entities before thinly attested ones of the same name (log-scaled degree). */
const SEARCH = `CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $fetch}) YIELD node, score
     WHERE any(l IN labels(node) WHERE l IN $types)
     WITH node, score, toLower(node.name) = $exact AS exact, ${degreeOf('node')} AS degree
     RETURN node.id AS id, labels(node) AS labels, node.name AS name, node.aliases AS aliases,
            score + CASE WHEN exact AND degree > 0 THEN 10.0 WHEN exact THEN 2.0 ELSE 0.0 END + 1.5 * log10(1 + degree) AS score
     ORDER BY score DESC, size(node.name), id
     LIMIT $limit`;

/** Exact and prefix matches; fuzzy matching (costly in Lucene) only when no name or alias starts with the text. */
export async function searchEntities(ex: GraphExecutor, params: SearchParams): Promise<SearchHit[]> {
  const prefix = buildLuceneQuery(params.q, { fuzzy: false });
  if (!prefix) return [];
  const types = params.types?.length ? params.types : DEFAULT_NODE_TYPES;
  const run = (lucene: string) =>
    ex.rows<Row>(
      SEARCH,
      { index: FULLTEXT_INDEX, lucene, fetch: params.limit * 5 + 20, types, limit: params.limit, exact: params.q.trim().toLowerCase() },
      { timeoutMs: 5_000 },
    );
  let rows = await run(prefix);
  // What was typed starts some name: that is what the user is typing towards. Only text that starts
  // none (a misspelling) pays for a fuzzy search; short terms never do (buildLuceneQuery).
  const fuzzy = buildLuceneQuery(params.q, { fuzzy: true })!;
  if (rows.length === 0 && fuzzy !== prefix) rows = await run(fuzzy);
  return rows.map((r) => ({
    id: r.id,
    type: (r.labels.find((l) => l !== 'Minister') ?? r.labels[0]) as SearchHit['type'],
    name: r.name,
    aliases: r.aliases ?? [],
    score: Math.round(r.score * 1000) / 1000,
  }));
}
