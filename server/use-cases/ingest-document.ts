/* Server use case: POST /api/documents — one text through the same ingest pipeline as the CLI. */

import type { IngestResponse } from '../../ontology/api-types.js';
import type { SourceInput } from '../../ingest/source-input.js';
import type { ServerContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { mapNeo4jError } from '../errors/map-neo4j-error.js';

type IngestInputs = (driver: unknown, database: string, inputs: SourceInput[], options?: unknown) => Promise<unknown>;

// Resolved at run time so the server starts even where the ingest module is absent.
const INGEST_MODULE = '../../ingest/ingest-inputs.js';

async function loadIngest(): Promise<IngestInputs> {
  try {
    const mod = (await import(/* @vite-ignore */ INGEST_MODULE)) as { ingestInputs?: IngestInputs };
    if (mod.ingestInputs) return mod.ingestInputs;
  } catch {
    // fall through
  }
  throw new AppError(501, 'ingest_unavailable', 'The ingest pipeline is not available in this build.');
}

async function documentCount(ctx: ServerContext): Promise<number> {
  const [row] = await ctx.executor.rows<{ n: number }>('RETURN COUNT { (:Document) } AS n');
  return row?.n ?? 0;
}

/** Reads the summary defensively: the numbers a client needs, whatever else ingest reports. */
function summarize(summary: unknown, before: number, after: number): IngestResponse {
  const s = (summary ?? {}) as Record<string, unknown>;
  const num = (...keys: string[]): number => {
    for (const k of keys) if (typeof s[k] === 'number') return s[k] as number;
    return 0;
  };
  const docs = (s.documents ?? s.documentIds ?? s.docIds) as unknown;
  const firstDoc = Array.isArray(docs) ? docs[0] : undefined;
  const documentId =
    typeof firstDoc === 'string' ? firstDoc : typeof (firstDoc as { id?: unknown })?.id === 'string' ? (firstDoc as { id: string }).id : String(s.documentId ?? '');
  return {
    documentId,
    created: after > before,
    entities: num('entities', 'entityCount', 'entitiesWritten', 'nodes'),
    relations: num('relations', 'relationCount', 'relationsWritten', 'relationships'),
  };
}

export async function ingestDocument(ctx: ServerContext, input: SourceInput): Promise<IngestResponse> {
  const ingestInputs = await loadIngest();
  return ctx.writeQueue.run(async () => {
    try {
      const before = await documentCount(ctx);
      const summary = await ingestInputs(ctx.executor.driver, ctx.executor.database, [{ ...input, source: input.source ?? 'upload' }]);
      const after = await documentCount(ctx);
      return summarize(summary, before, after);
    } catch (err) {
      if (err instanceof AppError) throw err;
      if (err instanceof Error && err.name !== 'Neo4jError' && !/ECONNREFUSED|ServiceUnavailable/.test(err.message)) {
        throw AppError.badRequest('ingest_failed', err.message);
      }
      throw mapNeo4jError(err);
    }
  });
}
