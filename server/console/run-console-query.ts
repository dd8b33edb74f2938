/* Server console: checks a query (text guards, then EXPLAIN), runs it read-only with a timeout and a row cap. */

import type { Node, Relationship, Transaction } from 'neo4j-driver';
import type { CypherResponse, GraphPayload } from '../../ontology/api-types.js';
import type { GraphExecutor } from '../executor.js';
import { nodeMap } from '../queries/cypher-fragments.js';
import { toGraphEdge, toGraphNode, type EdgeMap, type NodeMap } from '../queries/to-graph-element.js';
import { AppError } from '../errors/app-error.js';
import { checkCypherText } from './check-cypher-text.js';
import { checkPlan } from './check-plan.js';
import { toCell, type FoundElements } from './to-console-result.js';
import { toDriverParams } from '../to-driver-params.js';

export interface ConsoleLimits {
  timeoutMs: number;
  rowCap: number;
  /** Most graph elements resolved for the graph view. */
  graphCap?: number;
}

const EXPLAIN = 'EXPLAIN ';

/** Neo4j numbers positions in "EXPLAIN <query>"; shift them back to the caller's text. */
function unshift(err: unknown): unknown {
  if (!(err instanceof AppError) || !err.position || err.position.line !== 1) return err;
  const p = { ...err.position, column: err.position.column - EXPLAIN.length, offset: err.position.offset - EXPLAIN.length };
  const message = err.message
    .replace(/line 1, column \d+ \(offset: \d+\)/, `line 1, column ${p.column} (offset: ${p.offset})`)
    .replace(/"EXPLAIN /, '"')
    .replace(/\n( {8})/, '\n');
  return new AppError(err.status, err.code, message, p);
}

/** Resolves every node and relationship the rows touched into the wire's graph (ids, degrees, endpoints). */
async function resolveGraph(tx: Transaction, found: FoundElements, cap: number): Promise<GraphPayload> {
  const rels = [...found.rels.values()].slice(0, cap);
  const nodeIds = new Set<string>([...found.nodes.keys()].slice(0, cap));
  for (const r of rels) nodeIds.add(r.startNodeElementId).add(r.endNodeElementId);
  if (nodeIds.size === 0) return { nodes: [], edges: [] };
  const result = await tx.run(`MATCH (n) WHERE elementId(n) IN $ids RETURN elementId(n) AS eid, ${nodeMap('n')} AS node`, {
    ids: [...nodeIds],
  });
  const byElement = new Map<string, NodeMap>();
  for (const rec of result.records) {
    const m = rec.get('node') as NodeMap;
    const eid = rec.get('eid') as string;
    byElement.set(eid, { ...m, id: m.id ?? eid });
  }
  const edges = rels.map((r: Relationship) =>
    toGraphEdge({
      id: (r.properties.id as string | undefined) ?? r.elementId,
      type: r.type,
      source: byElement.get(r.startNodeElementId)?.id ?? r.startNodeElementId,
      target: byElement.get(r.endNodeElementId)?.id ?? r.endNodeElementId,
      props: r.properties,
    } satisfies EdgeMap),
  );
  return { nodes: [...byElement.values()].map(toGraphNode), edges };
}

export async function runConsoleQuery(
  ex: GraphExecutor,
  query: string,
  params: Record<string, unknown>,
  limits: ConsoleLimits,
): Promise<CypherResponse> {
  checkCypherText(query);
  const driverParams = toDriverParams(params) as Record<string, unknown>;
  const started = performance.now();
  try {
    await ex.read(
      async (tx) => {
        const explained = await tx.run(EXPLAIN + query, driverParams);
        checkPlan(explained.summary);
      },
      { timeoutMs: Math.min(limits.timeoutMs, 10_000) },
    );
  } catch (err) {
    throw unshift(err);
  }
  return ex.read(
    async (tx) => {
      const result = tx.run(query, driverParams);
      const columns = await result.keys();
      const found: FoundElements = { nodes: new Map<string, Node>(), rels: new Map<string, Relationship>() };
      const rows: unknown[][] = [];
      let truncated = false;
      for await (const record of result) {
        if (rows.length >= limits.rowCap) {
          truncated = true;
          break;
        }
        rows.push(columns.map((c) => toCell(record.get(c), found)));
      }
      const graph = await resolveGraph(tx, found, limits.graphCap ?? 5_000);
      return { columns: [...columns].map(String), rows, graph, truncated, ms: Math.round(performance.now() - started) };
    },
    { timeoutMs: limits.timeoutMs, fetchSize: limits.rowCap + 1 },
  );
}
