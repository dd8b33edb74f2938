/* Server console: EXPLAIN's verdict — only read-only plans, no LOAD CSV, only allowed procedures. */

import type { ResultSummary } from 'neo4j-driver';
import { AppError } from '../errors/app-error.js';
import { isAllowedProcedure } from './allowed-procedures.js';

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function* operators(plan: PlanNode | false | undefined): Generator<PlanNode> {
  if (!plan) return;
  yield plan;
  for (const child of plan.children ?? []) yield* operators(child);
}

export function checkPlan(summary: ResultSummary): void {
  if (summary.queryType !== 'r') {
    const kind = { w: 'writes to the graph', rw: 'reads and writes', s: 'changes the schema' }[summary.queryType] ?? 'is not read-only';
    throw AppError.badRequest('write_refused', `The console only runs read-only queries; this query ${kind}.`);
  }
  for (const op of operators(summary.plan as PlanNode | false)) {
    const type = op.operatorType.replace(/@.*$/, '');
    if (/^LoadCSV/i.test(type))
      throw AppError.badRequest('load_csv_refused', 'LOAD CSV is not allowed: the console cannot read files or URLs.');
    if (/^ProcedureCall/i.test(type)) {
      const details = String(op.arguments.Details ?? op.arguments.details ?? op.arguments.Signature ?? '');
      const name = /^\s*([\w.]+)\s*\(/.exec(details)?.[1] ?? details;
      if (!isAllowedProcedure(name))
        throw AppError.badRequest('procedure_refused', `The procedure ${name || '(unknown)'} is not allowed in the console.`);
    }
    if (/^Transaction(Apply|Foreach)/i.test(type)) {
      throw AppError.badRequest(
        'call_in_transactions_refused',
        'CALL … IN TRANSACTIONS is not allowed: the console runs one read transaction.',
      );
    }
  }
}
