/* Server curation: rename an entity, change its type, add or remove aliases. A type change gives the
   entity the new type's id (ids carry their type) by merging it into a fresh node of that type; the
   old id then resolves to the new one, for reads of the history and for every later ingest. */

import { entityId } from '../../ontology/ids.js';
import type { PrimaryEntityLabel } from '../../ontology/labels.js';
import { AppError } from '../errors/app-error.js';
import type { WriteTx } from './decision-tx.js';
import { labelOrNotFound, lockEntities, missingEntity, storable, type Props } from './entity-state.js';
import { applyMerge, undoMerge, type MergeRestore } from './merge-entities.js';

export interface EditRequest {
  name?: string;
  type?: PrimaryEntityLabel;
  addAliases?: string[];
  removeAliases?: string[];
}

export interface EditRestore {
  id: string;
  before: { name: unknown; aliases: unknown; removedAliases: unknown; curated: unknown };
  /** Set when the type changed: the new id and the merge into it. */
  retype?: { newId: string; merge: MergeRestore };
}

const primary = (labels: string[]): string | undefined => labels.find((l) => l !== 'Minister');

/** Applies an edit; returns the restore data and the entity's id afterwards. */
export async function applyEdit(tx: WriteTx, id: string, edit: EditRequest): Promise<{ restore: EditRestore; id: string }> {
  const state = (await lockEntities(tx, [id])).get(id);
  if (!state) throw await missingEntity(tx, id);
  const p = state.props;
  const restore: EditRestore = {
    id,
    before: { name: p.name ?? null, aliases: p.aliases ?? null, removedAliases: p.removedAliases ?? null, curated: p.curated ?? null },
  };
  const oldName = String(p.name ?? '');
  const name = edit.name?.trim() || oldName;
  const removing = new Set(edit.removeAliases ?? []);
  let aliases = ((p.aliases as string[] | undefined) ?? []).filter((a) => !removing.has(a));
  // The old name stays findable as an alias (unless asked to drop it); the new one is no alias.
  if (name !== oldName && oldName && !removing.has(oldName)) aliases.push(oldName);
  for (const a of edit.addAliases ?? []) if (a.trim() && !aliases.includes(a.trim())) aliases.push(a.trim());
  aliases = [...new Set(aliases)].filter((a) => a !== name);
  const added = new Set([...(edit.addAliases ?? []), name]);
  const removed = [...new Set([...((p.removedAliases as string[] | undefined) ?? []), ...removing])].filter((a) => !added.has(a));
  const props: Props = { ...p, name, aliases, removedAliases: removed.length ? removed : null, curated: true };
  await tx.run('MATCH (n) WHERE elementId(n) = $eid SET n = $props', { eid: state.eid, props: storable(props) });

  if (!edit.type || edit.type === primary(state.labels)) return { restore, id };
  const newId = entityId(edit.type, id.slice(id.indexOf(':') + 1));
  labelOrNotFound(newId);
  const clash = await tx.run(`MATCH (n:${edit.type} {id: $id}) RETURN n.id AS id`, { id: newId });
  if (clash.records.length) {
    throw new AppError(
      409,
      'entity_exists',
      `A ${edit.type} with id ${newId} already exists: merge ${id} into it instead (POST /api/entities/merge with allowTypeChange).`,
    );
  }
  await tx.run(`CREATE (n:${edit.type} {id: $id, name: $name})`, { id: newId, name });
  const merge = await applyMerge(tx, newId, [id], true);
  restore.retype = { newId, merge };
  return { restore, id: newId };
}

export async function undoEdit(tx: WriteTx, r: EditRestore): Promise<void> {
  if (r.retype) {
    await undoMerge(tx, r.retype.merge);
    await tx.run(`MATCH (n:${labelOrNotFound(r.retype.newId)} {id: $id}) DETACH DELETE n`, { id: r.retype.newId });
  }
  const state = (await lockEntities(tx, [r.id])).get(r.id);
  if (!state) throw new AppError(409, 'cannot_undo', `Entity ${r.id} no longer exists.`);
  const props: Props = { ...state.props, ...r.before };
  await tx.run('MATCH (n) WHERE elementId(n) = $eid SET n = $props', { eid: state.eid, props: storable(props) });
}
