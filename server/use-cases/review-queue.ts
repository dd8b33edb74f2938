/* Server use case: GET /api/review — the queue of what an analyst should look at next. */

import type { ReviewQueueResponse } from '../../ontology/api-types.js';
import type { ServerContext } from '../context.js';
import { duplicateCandidates } from '../queries/duplicate-candidates.js';
import { unreviewedRelations } from '../queries/unreviewed-relations.js';

export async function reviewQueueUseCase(
  ctx: ServerContext,
  kind: 'relations' | 'duplicates',
  limit: number,
): Promise<ReviewQueueResponse> {
  if (kind === 'relations') return { kind, items: await unreviewedRelations(ctx.executor, limit) };
  return { kind, items: await duplicateCandidates(ctx.executor, limit) };
}
