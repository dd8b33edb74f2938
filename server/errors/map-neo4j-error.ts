/* Server: turns a neo4j-driver error into an AppError (503 unreachable, 400 syntax, 408 timeout). */

import { Neo4jError } from 'neo4j-driver';
import { AppError } from './app-error.js';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** Neo4j reports a syntax error's position as "(line 1, column 8 (offset: 7))" at the end of the message. */
function positionOf(message: string): { line: number; column: number; offset: number } | undefined {
  const m = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) } : undefined;
}

function isConnectionFailure(err: Error): boolean {
  return /ECONNREFUSED|ECONNRESET|EPIPE|connection acquisition timed out|Failed to connect|Connection was closed|socket hang up|Pool is closed/i.test(
    err.message,
  );
}

export function mapNeo4jError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (!(err instanceof Error)) return new AppError(500, 'internal', 'Unexpected error.');
  const code = err instanceof Neo4jError ? err.code : '';
  if (UNAVAILABLE_CODES.has(code) || isConnectionFailure(err)) return AppError.unavailable();
  if (TIMEOUT_CODES.has(code) || /terminated|timed out/i.test(code)) {
    return new AppError(408, 'query_timeout', 'The query was stopped at its time limit.');
  }
  if (code === 'Neo.ClientError.Statement.SyntaxError') {
    return AppError.badRequest('cypher_syntax', err.message.trim(), positionOf(err.message));
  }
  if (code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Procedure.')) {
    return AppError.badRequest('cypher_error', err.message.trim(), positionOf(err.message));
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return new AppError(409, 'conflict', err.message);
  if (code.startsWith('Neo.ClientError.Security.')) return new AppError(403, 'forbidden', 'The database refused the operation.');
  if (code.startsWith('Neo.TransientError.')) return AppError.unavailable('The graph database is busy; try again shortly.');
  return new AppError(500, 'internal', 'Unexpected database error.');
}
