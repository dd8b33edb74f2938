/* Server curation: merge entities into a survivor — its id stays; the others' aliases, properties,
   relationships (evidence, documents, rules) and mentions move to it; the same relationship twice
   combines. Plain Cypher: relationships are recreated per type (types come only from the ontology). */

import { MERGED_ID_LABEL } from '../../ontology/curation.js';
import { orientRelation, relationId } from '../../ontology/ids.js';
import { ALL_LABELS } from '../../ontology/labels.js';
import { ALL_RELATION_TYPES, MENTIONED_IN, type ExtractedRelationType } from '../../ontology/relation-types.js';
import { AppError } from '../errors/app-error.js';
import { labelForId } from '../queries/cypher-fragments.js';
import { refreshProvenance } from '../../ingest/load/refresh-provenance.js';
import type { WriteTx } from './decision-tx.js';
import { lockEntities, missingEntity, storable, union, type EntityState, type Props } from './entity-state.js';

/** One relationship of a merged-away entity: as it was, where it went, and what was there before. */
interface MovedRelation {
  type: string;
  source: string;
  target: string;
  props: Props;
  /** Where it now lives (absent when it was dropped: it joined the two merged entities). */
  into?: { source: string; target: string; prior: Props | null };
}

export interface MergeRestore {
  into: string;
  survivorBefore: { labels: string[]; props: Props };
  merged: { id: string; labels: string[]; props: Props; relations: MovedRelation[]; repointed: string[] }[];
}

function relType(type: string): string {
  if (!(ALL_RELATION_TYPES as readonly string[]).includes(type)) throw new AppError(500, 'internal', `unknown relationship type ${type}`);
  return type;
}

const primary = (labels: string[]): string | undefined => labels.find((l) => l !== 'Minister');

/** Two relationships that are now one: lists united, counts added, the survivor's own values kept. */
export function combineRelation(type: string, prior: Props, moved: Props): Props {
  const out: Props = { ...moved, ...prior };
  if (type === MENTIONED_IN) {
    out.count = Number(prior.count ?? 0) + Number(moved.count ?? 0);
    out.sentences = union(prior.sentences, moved.sentences);
    out.offsets = [...((prior.offsets as unknown[]) ?? []), ...((moved.offsets as unknown[]) ?? [])];
    return out;
  }
  out.evidence = union(prior.evidence, moved.evidence);
  out.docIds = union(prior.docIds, moved.docIds);
  out.rules = union(prior.rules, moved.rules);
  // Each document's claimed values stay with their document (parallel lists): both sides' claims are kept.
  if (prior.claimDocIds != null || moved.claimDocIds != null) {
    for (const k of ['claimProps', 'claimScopes', 'claimValues', 'claimDocIds'])
      out[k] = [...((prior[k] as unknown[]) ?? []), ...((moved[k] as unknown[]) ?? [])];
  }
  const confidences = [prior.confidence, moved.confidence].filter((c): c is number => typeof c === 'number');
  if (confidences.length) out.confidence = Math.max(...confidences);
  return out;
}

/** The survivor's properties after taking in a merged entity: its own values win, lists unite. */
export function combineEntity(survivor: Props, merged: Props): Props {
  const name = survivor.name;
  const out: Props = { ...merged, ...survivor };
  out.aliases = union(survivor.aliases, [merged.name, ...((merged.aliases as unknown[]) ?? [])]).filter((a) => a !== name && a != null);
  out.mentionCount = Number(survivor.mentionCount ?? 0) + Number(merged.mentionCount ?? 0);
  const dates = (k: string) => [survivor[k], merged[k]].filter((d): d is string => typeof d === 'string').sort();
  out.firstSeen = dates('firstSeen')[0] ?? null;
  out.lastSeen = dates('lastSeen').at(-1) ?? null;
  out.mergedFrom = union(survivor.mergedFrom, [merged.id, ...((merged.mergedFrom as unknown[]) ?? [])]);
  out.curated = true;
  return out;
}

/** Moves one merged entity's relationships onto the survivor; returns them for undo, and adds the element ids of the
 *  relationships it wrote to `touched` (their sources, outlets and days are recounted once the merge is done). */
async function moveRelations(tx: WriteTx, dup: EntityState, survivor: EntityState, touched: Set<string>): Promise<MovedRelation[]> {
  const rels = await tx.run(
    `MATCH (d) WHERE elementId(d) = $eid
     MATCH (d)-[r]-(o)
     WITH DISTINCT r
     RETURN type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
            elementId(startNode(r)) AS seid, elementId(endNode(r)) AS teid, properties(r) AS props`,
    { eid: dup.eid },
  );
  const moved: MovedRelation[] = [];
  const rows: { i: number; type: string; a: string; b: string; id: string }[] = [];
  for (const rec of rels.records) {
    const type = rec.get('type') as string;
    const source = rec.get('source') as string;
    const target = rec.get('target') as string;
    const eids = new Map([
      [source, rec.get('seid') as string],
      [target, rec.get('teid') as string],
      [dup.id, survivor.eid],
      [survivor.id, survivor.eid],
    ]);
    let s = source === dup.id ? survivor.id : source;
    let t = target === dup.id ? survivor.id : target;
    if (type !== MENTIONED_IN) [s, t] = orientRelation(type as ExtractedRelationType, s, t);
    const entry: MovedRelation = { type, source, target, props: rec.get('props') as Props };
    moved.push(entry);
    if (s === t) continue;
    entry.into = { source: s, target: t, prior: null };
    rows.push({ i: moved.length - 1, type, a: eids.get(s)!, b: eids.get(t)!, id: relationId(type, s, t) });
  }
  if (rows.length === 0) return moved;
  // What the survivor already has between the same ends: those combine.
  const prior = await tx.run(
    `UNWIND $rows AS row
     MATCH (a) WHERE elementId(a) = row.a
     MATCH (b) WHERE elementId(b) = row.b
     OPTIONAL MATCH (a)-[x]->(b) WHERE type(x) = row.type
     RETURN row.i AS i, properties(x) AS props`,
    { rows },
  );
  for (const rec of prior.records) {
    const props = rec.get('props') as Props | null;
    if (props) moved[rec.get('i') as number]!.into!.prior = props;
  }
  const byType = new Map<string, { a: string; b: string; props: Props }[]>();
  for (const row of rows) {
    const m = moved[row.i]!;
    const props = m.into!.prior ? combineRelation(row.type, m.into!.prior, m.props) : { ...m.props, id: row.id };
    (byType.get(row.type) ?? byType.set(row.type, []).get(row.type)!).push({ a: row.a, b: row.b, props: storable(props) });
  }
  for (const [type, list] of byType) {
    const written = await tx.run(
      `UNWIND $rows AS row
       MATCH (a) WHERE elementId(a) = row.a
       MATCH (b) WHERE elementId(b) = row.b
       MERGE (a)-[x:${relType(type)}]->(b)
       SET x = row.props
       RETURN collect(elementId(x)) AS rids`,
      { rows: list },
    );
    if (type !== MENTIONED_IN) for (const rid of written.records[0]!.get('rids') as string[]) touched.add(rid);
  }
  return moved;
}

/** Applies a merge inside the decision's transaction. */
export async function applyMerge(tx: WriteTx, into: string, from: string[], allowTypeChange: boolean): Promise<MergeRestore> {
  if (from.includes(into)) throw AppError.badRequest('merge_into_itself', `Cannot merge ${into} into itself.`);
  const states = await lockEntities(tx, [into, ...from]);
  for (const id of [into, ...from]) if (!states.has(id)) throw await missingEntity(tx, id);
  const survivor = states.get(into)!;
  for (const id of from) {
    const dup = states.get(id)!;
    if (primary(dup.labels) !== primary(survivor.labels) && !allowTypeChange) {
      throw AppError.badRequest(
        'type_mismatch',
        `${id} is a ${primary(dup.labels)} and ${into} a ${primary(survivor.labels)}: send allowTypeChange: true to merge them anyway.`,
      );
    }
  }
  const restore: MergeRestore = { into, survivorBefore: { labels: survivor.labels, props: survivor.props }, merged: [] };
  let props = survivor.props;
  const touched = new Set<string>();
  for (const id of from) {
    const dup = states.get(id)!;
    const relations = await moveRelations(tx, dup, survivor, touched);
    props = combineEntity(props, dup.props);
    // Names merged away point at the survivor, and so does whatever pointed at them.
    const repointed = await tx.run(`MATCH (m:${MERGED_ID_LABEL} {to: $from}) SET m.to = $into RETURN collect(m.id) AS ids`, {
      from: id,
      into,
    });
    await tx.run(`MERGE (m:${MERGED_ID_LABEL} {id: $from}) SET m.to = $into`, { from: id, into });
    await tx.run('MATCH (d) WHERE elementId(d) = $eid DETACH DELETE d', { eid: dup.eid });
    restore.merged.push({ id, labels: dup.labels, props: dup.props, relations, repointed: repointed.records[0]!.get('ids') as string[] });
  }
  const addMinister =
    primary(survivor.labels) === 'Person' &&
    !survivor.labels.includes('Minister') &&
    from.some((id) => states.get(id)!.labels.includes('Minister'));
  await tx.run(`MATCH (n) WHERE elementId(n) = $eid SET n = $props ${addMinister ? 'SET n:Minister' : ''}`, {
    eid: survivor.eid,
    props: storable(props),
  });
  // Two relationships that became one are stated by both sides' documents: their sources, outlets, first and last
  // day and conflicts are recounted from those documents, and so are the survivor's sources and outlets.
  await refreshProvenance(tx, touched, [survivor.eid]);
  return restore;
}

/** Undoes a merge: the merged entities come back with their relationships; the survivor's as before. */
export async function undoMerge(tx: WriteTx, r: MergeRestore): Promise<void> {
  const states = await lockEntities(tx, [r.into, ...r.merged.map((m) => m.id)]);
  const survivor = states.get(r.into);
  if (!survivor) throw new AppError(409, 'cannot_undo', `The surviving entity ${r.into} no longer exists.`);
  const touched = new Set<string>();
  const entities = [survivor.eid];
  for (const m of [...r.merged].reverse()) {
    if (states.has(m.id)) throw new AppError(409, 'cannot_undo', `An entity ${m.id} exists again; merge or remove it first.`);
    const labels = m.labels.map((l) => knownLabel(l)).join(':');
    const created = await tx.run(`CREATE (n:${labels}) SET n = $props RETURN elementId(n) AS eid`, { props: storable(m.props) });
    entities.push(created.records[0]!.get('eid') as string);
    // Batched by type and end labels: a hub's hundreds of relationships cost a few statements.
    const groups = new Map<string, { type: string; from: string; to: string; rows: { s: string; t: string; props: Props }[] }>();
    const add = (kind: string, type: string, s: string, t: string, props: Props) => {
      const from = primaryLabelOf(s);
      const to = primaryLabelOf(t);
      const key = `${kind}|${type}|${from}|${to}`;
      (groups.get(key) ?? groups.set(key, { type, from, to, rows: [] }).get(key)!).rows.push({ s, t, props: storable(props) });
    };
    for (const rel of m.relations) {
      if (rel.into) add(rel.into.prior ? 'restore' : 'delete', rel.type, rel.into.source, rel.into.target, rel.into.prior ?? {});
      add('create', rel.type, rel.source, rel.target, rel.props);
    }
    for (const [key, g] of [...groups].sort(([a], [b]) => order(a) - order(b))) {
      const match = `UNWIND $rows AS row MATCH (a:${g.from} {id: row.s}) MATCH (b:${g.to} {id: row.t})`;
      const kind = key.split('|')[0];
      const written =
        kind === 'restore'
          ? await tx.run(`${match} MATCH (a)-[x:${relType(g.type)}]->(b) SET x = row.props RETURN collect(elementId(x)) AS rids`, {
              rows: g.rows,
            })
          : kind === 'delete'
            ? await tx.run(`${match} MATCH (a)-[x:${relType(g.type)}]->(b) DELETE x`, { rows: g.rows })
            : await tx.run(`${match} CREATE (a)-[x:${relType(g.type)}]->(b) SET x = row.props RETURN collect(elementId(x)) AS rids`, {
                rows: g.rows,
              });
      if (kind !== 'delete' && g.type !== MENTIONED_IN) for (const rid of written.records[0]!.get('rids') as string[]) touched.add(rid);
    }
    await tx.run(`MATCH (m:${MERGED_ID_LABEL} {id: $id}) DELETE m`, { id: m.id });
    if (m.repointed.length) await tx.run(`MATCH (m:${MERGED_ID_LABEL}) WHERE m.id IN $ids SET m.to = $id`, { ids: m.repointed, id: m.id });
  }
  const dropMinister = survivor.labels.includes('Minister') && !r.survivorBefore.labels.includes('Minister');
  await tx.run(`MATCH (n) WHERE elementId(n) = $eid SET n = $props ${dropMinister ? 'REMOVE n:Minister' : ''}`, {
    eid: survivor.eid,
    props: storable(r.survivorBefore.props),
  });
  // Documents may have been ingested since the merge: every relationship written back is recounted from its documents.
  await refreshProvenance(tx, touched, entities);
}

/** Restore and delete what the merge wrote on the survivor before the merged entity's own come back. */
const order = (key: string): number => (key.startsWith('create') ? 1 : 0);

function knownLabel(label: string): string {
  if (!(ALL_LABELS as readonly string[]).includes(label)) throw new AppError(500, 'internal', `unknown label ${label}`);
  return label;
}

function primaryLabelOf(id: string): string {
  const label = labelForId(id);
  if (!label) throw new AppError(500, 'internal', `no label for id ${id}`);
  return label;
}
