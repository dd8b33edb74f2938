/* Server queries: counts by label (each node once) and relationship type (count store), the entity total, documents, last ingest. */

import type { StatsResponse } from '../../ontology/api-types.js';
import { ALL_LABELS, PRIMARY_ENTITY_LABELS } from '../../ontology/labels.js';
import { ALL_RELATION_TYPES } from '../../ontology/relation-types.js';
import type { GraphExecutor } from '../executor.js';

const LABEL_COUNTS = ALL_LABELS.map((l) => `${l}: COUNT { (:${l}) }`).join(', ');
const TYPE_COUNTS = ALL_RELATION_TYPES.map((t) => `${t}: COUNT { ()-[:${t}]->() }`).join(', ');

export async function getStats(ex: GraphExecutor): Promise<StatsResponse> {
  const [row] = await ex.rows<{ labels: Record<string, number>; types: Record<string, number>; lastIngest: string | null }>(
    `RETURN {${LABEL_COUNTS}} AS labels, {${TYPE_COUNTS}} AS types,
            COLLECT { MATCH (d:Document) RETURN max(d.ingestedAt) }[0] AS lastIngest`,
  );
  const drop0 = (m: Record<string, number>) => Object.fromEntries(Object.entries(m).filter(([, n]) => n > 0));
  const labels = row?.labels ?? {};
  // Minister is a second label on Person: counted under Person only, and shown as its sub-count, so the
  // labels add up to the nodes.
  const { Minister: ministers = 0, ...primary } = labels;
  return {
    entities: PRIMARY_ENTITY_LABELS.reduce((n, l) => n + (labels[l] ?? 0), 0),
    nodesByLabel: drop0(primary),
    subLabels: ministers > 0 ? { Minister: { of: 'Person', count: ministers } } : {},
    relationshipsByType: drop0(row?.types ?? {}),
    documents: labels.Document ?? 0,
    lastIngest: row?.lastIngest ? String(row.lastIngest) : null,
  };
}
