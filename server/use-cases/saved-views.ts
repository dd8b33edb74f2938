/* Server use cases: saved views — create, list, read, update, delete, and what is new around one since. */

import { randomUUID } from 'node:crypto';
import type { GraphPayload } from '../../ontology/api-types.js';
import type { SavedView, SavedViewInput, SavedViewListResponse, ViewChangesResponse } from '../../ontology/saved-views.js';
import { SAVED_VIEW_LABEL } from '../../ontology/saved-views.js';
import type { ServerContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { createView, deleteView, listViews, readView, updateView, type ViewWrite } from '../queries/saved-views.js';
import { getViewChanges, getViewGraph } from '../queries/view-changes.js';

/** The unique-id constraint, created once per process before the first write (a schema change needs its own transaction). */
let schema: Promise<unknown> | undefined;
function ensureViewSchema(ctx: ServerContext): Promise<unknown> {
  schema ??= ctx.executor
    .write((tx) => tx.run(`CREATE CONSTRAINT savedview_id IF NOT EXISTS FOR (v:${SAVED_VIEW_LABEL}) REQUIRE v.id IS UNIQUE`))
    .catch((error: unknown) => {
      schema = undefined;
      throw error;
    });
  return schema;
}

function encode(input: Partial<SavedViewInput>): ViewWrite {
  return {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.state !== undefined ? { state: JSON.stringify(input.state) } : {}),
    ...(input.positions !== undefined
      ? { positions: JSON.stringify(input.positions), nodeCount: Object.keys(input.positions).length }
      : {}),
    ...(input.camera !== undefined ? { camera: input.camera === null ? null : JSON.stringify(input.camera) } : {}),
  };
}

export async function createViewUseCase(ctx: ServerContext, input: SavedViewInput, by: string): Promise<SavedView> {
  await ensureViewSchema(ctx);
  const w = encode({ ...input, camera: input.camera ?? null });
  return ctx.executor.write((tx) =>
    createView(
      tx,
      randomUUID(),
      { name: w.name!, state: w.state!, positions: w.positions!, nodeCount: w.nodeCount!, camera: w.camera ?? null },
      by,
      new Date().toISOString(),
    ),
  );
}

export async function listViewsUseCase(ctx: ServerContext): Promise<SavedViewListResponse> {
  return { views: await listViews(ctx.executor) };
}

export async function readViewUseCase(ctx: ServerContext, id: string): Promise<SavedView> {
  const view = await readView(ctx.executor, id);
  if (!view) throw AppError.notFound('Saved view', id);
  return view;
}

export async function updateViewUseCase(ctx: ServerContext, id: string, input: Partial<SavedViewInput>, by: string): Promise<SavedView> {
  const view = await ctx.executor.write((tx) => updateView(tx, id, encode(input), by, new Date().toISOString()));
  if (!view) throw AppError.notFound('Saved view', id);
  return view;
}

export async function deleteViewUseCase(ctx: ServerContext, id: string): Promise<{ deleted: string }> {
  if (!(await ctx.executor.write((tx) => deleteView(tx, id)))) throw AppError.notFound('Saved view', id);
  return { deleted: id };
}

export async function viewChangesUseCase(
  ctx: ServerContext,
  id: string,
  query: { since?: string; limit: number },
): Promise<ViewChangesResponse> {
  const view = await readViewUseCase(ctx, id);
  return getViewChanges(ctx.executor, {
    viewId: id,
    ids: Object.keys(view.positions),
    since: query.since ?? view.savedAt,
    limit: query.limit,
  });
}

export async function viewGraphUseCase(ctx: ServerContext, id: string): Promise<GraphPayload> {
  const view = await readViewUseCase(ctx, id);
  return getViewGraph(ctx.executor, Object.keys(view.positions));
}
