/* Ingest load: folds rows that share an id (one entity or fact seen in several documents of one
 * transaction) into one row, exactly as applying them one after another would. */

import type { EntityRow, RelationRow } from './graph-rows.js';

const union = (into: string[], more: string[]): string[] => {
  for (const x of more) if (!into.includes(x)) into.push(x);
  return into;
};
const earlier = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a < b ? a : b);
const later = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a > b ? a : b);

export function mergeEntityRows(into: EntityRow, row: EntityRow): EntityRow {
  into.aliases = union(
    into.aliases,
    [...row.aliases, row.name].filter((a) => a !== into.name),
  );
  into.mentionCount += row.mentionCount;
  into.firstSeen = earlier(into.firstSeen, row.firstSeen);
  into.lastSeen = later(into.lastSeen, row.lastSeen);
  into.props = { ...into.props, ...row.props };
  return into;
}

export function mergeRelationRows(into: RelationRow, row: RelationRow): RelationRow {
  into.evidence = union(into.evidence, row.evidence);
  into.docIds = union(into.docIds, row.docIds);
  into.rules = union(into.rules, row.rules);
  into.confidence = Math.max(into.confidence, row.confidence);
  into.props = { ...into.props, ...row.props };
  // One entry per document's claim: concatenated, never unioned (the lists stay parallel).
  into.claimProps = [...into.claimProps, ...row.claimProps];
  into.claimScopes = [...into.claimScopes, ...row.claimScopes];
  into.claimValues = [...into.claimValues, ...row.claimValues];
  into.claimDocIds = [...into.claimDocIds, ...row.claimDocIds];
  return into;
}
