/* Server queries: full-text search over entity names and aliases, ranked, filtered by type. */

import type { SearchHit } from '../../ontology/api-types.js';
import { FULLTEXT_INDEX } from '../../graph/ensure-schema.js';
import type { GraphExecutor } from '../executor.js';
import { buildLuceneQuery } from './build-lucene-query.js';
import { DEFAULT_NODE_TYPES } from './cypher-fragments.js';

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

export async function searchEntities(ex: GraphExecutor, params: SearchParams): Promise<SearchHit[]> {
  const lucene = buildLuceneQuery(params.q);
  if (!lucene) return [];
  const types = params.types?.length ? params.types : DEFAULT_NODE_TYPES;
  const rows = await ex.rows<Row>(
    `CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $fetch}) YIELD node, score
     WHERE any(l IN labels(node) WHERE l IN $types)
     RETURN node.id AS id, labels(node) AS labels, node.name AS name, node.aliases AS aliases,
            score + CASE WHEN toLower(node.name) = $exact THEN 10.0 ELSE 0.0 END AS score
     ORDER BY score DESC, size(node.name), id
     LIMIT $limit`,
    { index: FULLTEXT_INDEX, lucene, fetch: params.limit * 5 + 20, types, limit: params.limit, exact: params.q.trim().toLowerCase() },
    { timeoutMs: 5_000 },
  );
  return rows.map((r) => ({
    id: r.id,
    type: (r.labels.find((l) => l !== 'Minister') ?? r.labels[0]) as SearchHit['type'],
    name: r.name,
    aliases: r.aliases ?? [],
    score: Math.round(r.score * 1000) / 1000,
  }));
}
