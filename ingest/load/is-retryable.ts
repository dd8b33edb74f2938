/* Ingest load: which Neo4j errors are worth another attempt (deadlocks, lock waits, racing creates). */

import { isRetryableError } from 'neo4j-driver';

export function isRetryable(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? '';
  return (
    isRetryableError(error as Error) ||
    code.startsWith('Neo.TransientError') ||
    // Two transactions creating the same node id: the loser retries and then MERGE matches.
    code === 'Neo.ClientError.Schema.ConstraintValidationFailed'
  );
}
