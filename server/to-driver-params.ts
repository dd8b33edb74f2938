/* Server console: JSON parameters → driver values (whole numbers as Cypher integers, so LIMIT $n works). */

import neo4j from 'neo4j-driver';

export function toDriverParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriverParams(v)]));
  return value;
}
