/* Server curation: one decision = one write transaction (locks, checks, changes and the Decision node
   together), retried on deadlocks and on a node deleted by a concurrent decision. */

import { randomUUID } from 'node:crypto';
import neo4j, { type ManagedTransaction, type Transaction } from 'neo4j-driver';
import { isRetryable } from '../../ingest/load/is-retryable.js';
import type { DecisionResponse } from '../../ontology/api-types.js';
import { DECISION_LABEL, type DecisionKind } from '../../ontology/curation.js';
import { forgetCachedReads, type ServerContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { mapNeo4jError } from '../errors/map-neo4j-error.js';

export type WriteTx = Transaction | ManagedTransaction;

const MAX_ATTEMPTS = 5;

/** A concurrent transaction deleted a node this one had matched (merged away): worth one more look. */
const vanished = (error: unknown): boolean =>
  /EntityNotFound|has been deleted|Unable to load/i.test(`${(error as { code?: string }).code ?? ''} ${(error as Error).message ?? ''}`);

/** Runs `work` in one write transaction through this process's write queue; errors become AppErrors. */
export async function inWriteTransaction<T>(ctx: ServerContext, work: (tx: WriteTx) => Promise<T>): Promise<T> {
  return ctx.writeQueue
    .run(async () => {
      for (let attempt = 1; ; attempt++) {
        const session = ctx.executor.driver.session({ database: ctx.executor.database, defaultAccessMode: neo4j.session.WRITE });
        const tx = session.beginTransaction({ timeout: 60_000 });
        try {
          const value = await work(tx);
          await tx.commit();
          return value;
        } catch (error) {
          if (tx.isOpen()) await tx.rollback().catch(() => undefined);
          if (error instanceof AppError || attempt >= MAX_ATTEMPTS || !(isRetryable(error) || vanished(error))) throw error;
          await new Promise((r) => setTimeout(r, 20 * 2 ** attempt * (0.5 + Math.random())));
        } finally {
          await session.close().catch(() => undefined);
        }
      }
    })
    .catch((error: unknown) => {
      throw mapNeo4jError(error);
    })
    .finally(() => forgetCachedReads(ctx));
}

export interface NewDecision {
  kind: DecisionKind;
  by: string;
  /** What was asked (shown in the history). */
  payload: Record<string, unknown>;
  /** What undo needs (never sent to clients). */
  restore: unknown;
  targets: string[];
}

interface DecisionNode {
  id: string;
  kind: DecisionKind;
  by: string;
  at: string;
  payload: string;
  restore?: string;
  targets: string[] | null;
  undone: boolean | null;
  undoneBy?: string | null;
  undoneAt?: string | null;
}

function toDecisionResponse(d: DecisionNode): DecisionResponse {
  return {
    id: d.id,
    kind: d.kind,
    by: d.by,
    at: d.at,
    payload: JSON.parse(d.payload) as Record<string, unknown>,
    targets: d.targets ?? [],
    undone: d.undone === true,
    undoneBy: d.undoneBy ?? null,
    undoneAt: d.undoneAt ?? null,
  };
}

/** Writes the Decision node in the decision's transaction. */
export async function recordDecision(tx: WriteTx, d: NewDecision): Promise<DecisionResponse> {
  const node = {
    id: randomUUID(),
    kind: d.kind,
    by: d.by,
    at: new Date().toISOString(),
    payload: JSON.stringify(d.payload),
    restore: JSON.stringify(d.restore ?? null),
    targets: [...new Set(d.targets)],
    undone: false,
  };
  await tx.run(`CREATE (d:${DECISION_LABEL}) SET d = $node`, { node });
  return toDecisionResponse(node);
}

/** A decision with its restore data, locked for this transaction; undefined when there is none. */
export async function lockDecision(tx: WriteTx, id: string): Promise<(DecisionNode & { restore: string }) | undefined> {
  const result = await tx.run(`MATCH (d:${DECISION_LABEL} {id: $id}) SET d._lock = true REMOVE d._lock RETURN properties(d) AS d`, { id });
  return result.records[0]?.get('d') as (DecisionNode & { restore: string }) | undefined;
}

export async function markUndone(tx: WriteTx, id: string, by: string): Promise<DecisionResponse> {
  const result = await tx.run(
    `MATCH (d:${DECISION_LABEL} {id: $id}) SET d.undone = true, d.undoneBy = $by, d.undoneAt = $at RETURN properties(d) AS d`,
    { id, by, at: new Date().toISOString() },
  );
  return toDecisionResponse(result.records[0]!.get('d') as DecisionNode);
}

/** A later decision, still in force, that touched any of `targets`: undoing this one first would undo under it. */
export async function laterDecisionOn(tx: WriteTx, id: string, at: string, targets: string[]): Promise<string | undefined> {
  const result = await tx.run(
    `MATCH (d:${DECISION_LABEL}) WHERE d.at >= $at AND d.id <> $id AND NOT coalesce(d.undone, false)
       AND any(t IN d.targets WHERE t IN $targets)
     RETURN d.id AS id ORDER BY d.at DESC LIMIT 1`,
    { id, at, targets },
  );
  return (result.records[0]?.get('id') as string | undefined) ?? undefined;
}

export async function listDecisions(
  ctx: ServerContext,
  p: { limit: number; offset: number },
): Promise<{ decisions: DecisionResponse[]; total: number }> {
  const [row] = await ctx.executor.rows<{ decisions: DecisionNode[]; total: number }>(
    `CALL () { MATCH (d:${DECISION_LABEL}) RETURN count(d) AS total }
     CALL () { MATCH (d:${DECISION_LABEL}) WITH d ORDER BY d.at DESC, d.id DESC SKIP $offset LIMIT $limit
               RETURN collect(d {.*, restore: null}) AS decisions }
     RETURN decisions, total`,
    { limit: p.limit, offset: p.offset },
  );
  return { decisions: (row?.decisions ?? []).map(toDecisionResponse), total: Number(row?.total ?? 0) };
}
