/* Server use case: POST /api/documents — one text through the same ingest pipeline as the CLI. */

import { ingestInputs } from '../../ingest/ingest-inputs.js';
import type { SourceInput } from '../../ingest/source-input.js';
import type { IngestResponse } from '../../ontology/api-types.js';
import { forgetCachedReads, type ServerContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { mapNeo4jError } from '../errors/map-neo4j-error.js';

const UNREACHABLE =
  /ServiceUnavailable|SessionExpired|ECONNREFUSED|ECONNRESET|Failed to connect|connection acquisition|did not answer in time/i;

export async function ingestDocument(ctx: ServerContext, input: SourceInput): Promise<IngestResponse> {
  // One upload at a time from this process: parallel uploads of one text must make one document.
  const summary = await ctx.writeQueue
    .run(() =>
      ingestInputs(ctx.executor.driver, ctx.executor.database, [{ ...input, source: input.source ?? 'upload' }], {
        transactions: ctx.executor.ingestTransactions(),
      }),
    )
    .catch((err: unknown) => {
      throw mapNeo4jError(err);
    })
    .finally(() => forgetCachedReads(ctx));
  const rejected = summary.rejected[0];
  if (rejected) throw AppError.badRequest('ingest_rejected', `The text was not ingested: ${rejected.reason}.`);
  const outcome = summary.results[0];
  if (!outcome) throw AppError.badRequest('ingest_rejected', 'The text yielded no document.');
  if (outcome.status === 'failed') {
    if (UNREACHABLE.test(outcome.error ?? '')) throw AppError.unavailable();
    throw new AppError(500, 'ingest_failed', 'The document could not be written; nothing was changed.');
  }
  return {
    documentId: outcome.id,
    created: outcome.status === 'new',
    entities: outcome.entities,
    relations: outcome.relations,
    ...(outcome.duplicateOf ? { duplicateOf: outcome.duplicateOf } : {}),
  };
}
