/* Server queries: the overview subgraph — the best-connected entities of the chosen types with their whole neighbourhoods. */

import type { OverviewResponse } from '../../ontology/api-types.js';
import type { GraphExecutor } from '../executor.js';
import {
  alternation,
  DEFAULT_NODE_TYPES,
  DEFAULT_REL_TYPES,
  degreeOf,
  edgeMap,
  hasRange,
  nodeInRange,
  nodeMap,
  rangeParams,
  relInRange,
  notRejected,
  type DateRange,
} from './cypher-fragments.js';
import { attachClaims } from './attach-claims.js';
import { toGraphEdge, toGraphNode, type EdgeMap, type NodeMap } from './to-graph-element.js';

export interface OverviewParams extends DateRange {
  types?: string[];
  relTypes?: string[];
  limit: number;
  /** Also relationships an analyst rejected. */
  include?: boolean;
  /** Also entities with no relationship in the view (they fill the room the neighbourhoods leave). */
  isolated?: boolean;
}

/**
 * The readable set: hubs in degree order, each taken with its whole neighbourhood when that fits under
 * the cap (a neighbourhood that does not fit is passed over for smaller ones); when even the first
 * hub's does not fit, the hub and its best-connected neighbours fill the cap. Every node chosen this
 * way has a relationship drawn to another: no isolated dots.
 */
function chooseNeighbourhoods(hubs: readonly string[], around: ReadonlyMap<string, readonly string[]>, limit: number): string[] {
  const chosen = new Set<string>();
  for (const hub of hubs) {
    const near = around.get(hub) ?? [];
    if (!near.length) continue;
    const fresh = [hub, ...near].filter((id) => !chosen.has(id));
    if (chosen.size + fresh.length <= limit) for (const id of fresh) chosen.add(id);
    else if (chosen.size === 0) for (const id of fresh.slice(0, limit)) chosen.add(id);
    if (chosen.size >= limit) break;
  }
  return [...chosen];
}

export async function getOverview(ex: GraphExecutor, p: OverviewParams): Promise<OverviewResponse> {
  const types = p.types?.length ? p.types : DEFAULT_NODE_TYPES;
  const labels = alternation(types);
  // From the count store: no node carries two primary labels, and Minister always sits on a Person.
  const counted = types.includes('Person') ? types.filter((t) => t !== 'Minister') : types;
  const totalExpr = counted.map((t) => `COUNT { (:${alternation([t])}) }`).join(' + ');
  const relTypes = alternation(p.relTypes?.length ? p.relTypes : DEFAULT_REL_TYPES);
  // With a range: the nodes mentioned in its documents, and the relationships its documents state.
  const ranged = hasRange(p);
  const nodeFilter = ranged ? `WHERE ${nodeInRange('n')}` : '';
  const relFilter = `${ranged ? `AND ${relInRange('r')} AND ${nodeInRange('m')}` : ''} ${p.include ? '' : `AND ${notRejected('r')}`}`;
  const totalOf = ranged ? `COUNT { MATCH (n:${labels}) ${nodeFilter} }` : totalExpr;
  const limit = ex.int(p.limit);
  const payload = await ex.read(async (tx) => {
    // Hub candidates: the best-connected entities (a candidate without a relationship in the view is skipped below).
    const top = await tx.run(
      `CALL () { RETURN ${totalOf} AS total }
       CALL () {
         MATCH (n:${labels}) ${nodeFilter}
         WITH n, ${degreeOf('n')} AS degree WHERE degree > 0
         ORDER BY degree DESC, n.id LIMIT $limit
         RETURN collect(elementId(n)) AS hubs
       }
       RETURN total, hubs`,
      { limit, ...rangeParams(p) },
    );
    const row = top.records[0];
    const total = (row?.get('total') as number) ?? 0;
    const hubs = (row?.get('hubs') as string[]) ?? [];
    // Each candidate's neighbours of the chosen types over the chosen relationships, best-connected first.
    const near = hubs.length
      ? await tx.run(
          `UNWIND $hubs AS hub
           MATCH (h) WHERE elementId(h) = hub
           CALL (h) {
             MATCH (h)-[r:${relTypes}]-(m:${labels}) WHERE m <> h ${relFilter}
             WITH DISTINCT m
             WITH m, ${degreeOf('m')} AS degree ORDER BY degree DESC, m.id LIMIT $limit
             RETURN collect(elementId(m)) AS around
           }
           RETURN hub, around`,
          { hubs, limit, ...rangeParams(p) },
        )
      : { records: [] };
    const around = new Map(near.records.map((r) => [r.get('hub') as string, r.get('around') as string[]]));
    const ids = chooseNeighbourhoods(hubs, around, p.limit);
    // Asked for: the room left goes to the best-connected of the rest, isolated ones included.
    if (p.isolated && ids.length < p.limit) {
      const rest = await tx.run(
        `MATCH (n:${labels}) ${nodeFilter ? `${nodeFilter} AND` : 'WHERE'} NOT elementId(n) IN $ids
         WITH n, ${degreeOf('n')} AS degree ORDER BY degree DESC, n.id LIMIT $room
         RETURN collect(elementId(n)) AS ids`,
        { ids, room: ex.int(p.limit - ids.length), ...rangeParams(p) },
      );
      ids.push(...((rest.records[0]?.get('ids') as string[]) ?? []));
    }
    // The id list is a parameter, so Neo4j seeks the nodes and tests membership against a hashed set.
    const chosen = ids.length
      ? await tx.run(
          `MATCH (n) WHERE elementId(n) IN $ids
           WITH n, ${degreeOf('n')} AS degree ORDER BY degree DESC, n.id
           RETURN ${nodeMap('n', 'degree')} AS node`,
          { ids },
        )
      : { records: [] };
    const nodes = chosen.records.map((rec) => toGraphNode(rec.get('node') as NodeMap));
    const links = ids.length
      ? await tx.run(
          `MATCH (a)-[r:${relTypes}]->(b) WHERE elementId(a) IN $ids AND elementId(b) IN $ids ${ranged ? `AND ${relInRange('r')}` : ''} ${p.include ? '' : `AND ${notRejected('r')}`} RETURN ${edgeMap('r')} AS edge`,
          { ids, ...rangeParams(p) },
        )
      : { records: [] };
    const edges = links.records.map((rec) => toGraphEdge(rec.get('edge') as EdgeMap));
    return { nodes, edges, totalNodes: total, truncated: total > nodes.length };
  });
  return { ...payload, edges: await attachClaims(ex, payload.edges) };
}
