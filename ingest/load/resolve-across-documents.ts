/* Ingest load: resolution across documents — before a node is created for a name no entity has yet, the name (and
   the variants its own document gave it) is matched against the graph's entities of its type and the other new
   documents of the transaction: full name, surname with a title or role, initials and middle names, common short forms,
   acronym and long form, small spelling variants of long names (name-match.ts). One clear match joins it; two or more,
   or a kept-apart pair, leave it apart for the duplicate queue. A surname alone joins the one person of that surname,
   and only when its own document names no other. Candidates come from index seeks on `nameKey` / `shortKey`, at most
   MAX_PER_KEY per key, so the cost per document is bounded whatever the graph's size. */

import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { DECISION_LABEL } from '../../ontology/curation.js';
import { RESOLVED_LABELS, type PrimaryEntityLabel } from '../../ontology/labels.js';
import { applyRedirects } from './apply-redirects.js';
import type { DocumentRows, EntityRow } from './graph-rows.js';
import { compareEntityNames, fullerName, lookupKeys, personParts, storedKeys } from './name-match.js';

const MAX_PER_KEY = 25;
const MAX_NAMES = 8;

/** Where a new name goes: the entity that stands for it, that entity's display name, and why. */
export interface Resolution {
  to: string;
  name: string;
  reason: string;
}

/** An entity that takes a fuller name from the names that joined it; its old name becomes an alias. */
export interface Rename {
  label: PrimaryEntityLabel;
  id: string;
  name: string;
  nameKey: string | null;
  shortKey: string | null;
}

/** What resolution decided for one transaction, and what it cost in index seeks (two per key looked up). */
export interface ResolutionResult {
  resolutions: Map<string, Resolution>;
  renames: Rename[];
  seeks: number;
}

interface Entry {
  id: string;
  type: string;
  name: string;
  /** Its name before this transaction's names joined it. */
  initialName: string;
  names: string[];
  /** In the graph before this transaction (else: a new entity of this transaction's documents). */
  stored: boolean;
  docIds: Set<string>;
}

type AnyTransaction = Transaction | ManagedTransaction;

/** Processing order of new entities: the fullest names first, so shorter forms join them rather than the reverse. */
function fullness(e: Entry): number {
  const parts = e.type === 'Person' ? personParts(e.name) : null;
  return (parts ? parts.given.length * 1000 : 0) + e.name.length;
}

/** Decides where each new entity of `entries` goes, given the stored ones; pure (tested without a database). */
function resolveEntries(
  entries: Entry[],
  keptApart: Set<string>,
  personSurnamesByDoc: Map<string, Map<string, number>>,
): Map<string, Resolution> {
  const out = new Map<string, Resolution>();
  const pool = new Map<string, Entry>();
  const byKey = new Map<string, Set<string>>();
  const index = (e: Entry): void => {
    for (const n of e.names) {
      const { nameKey, shortKey } = storedKeys(e.type, n);
      for (const k of [nameKey, shortKey])
        if (k) (byKey.get(`${e.type}|${k}`) ?? byKey.set(`${e.type}|${k}`, new Set()).get(`${e.type}|${k}`)!).add(e.id);
    }
  };
  for (const e of entries) {
    if (!e.stored) continue;
    pool.set(e.id, e);
    index(e);
  }
  const fresh = entries.filter((e) => !e.stored).sort((a, b) => fullness(b) - fullness(a) || (a.id < b.id ? -1 : 1));
  for (const e of fresh) {
    const ids = new Set<string>();
    for (const k of lookupKeys(e.type, e.names)) for (const id of byKey.get(`${e.type}|${k}`) ?? []) ids.add(id);
    ids.delete(e.id);
    const strong: { c: Entry; reason: string }[] = [];
    const weak: Entry[] = [];
    let against = 0;
    for (const id of ids) {
      const c = pool.get(id)!;
      const pair = e.id < c.id ? `${e.id}\u0000${c.id}` : `${c.id}\u0000${e.id}`;
      const verdict = keptApart.has(pair)
        ? { kind: 'different' as const, reason: 'kept apart' }
        : compareEntityNames(e.type, e.names, c.names);
      if (!verdict) continue;
      if (verdict.kind === 'different') against++;
      else if (verdict.kind === 'same') strong.push({ c, reason: verdict.reason });
      else weak.push(c);
    }
    let to: { c: Entry; reason: string } | null = null;
    if (strong.length === 1) to = strong[0]!;
    else if (strong.length === 0 && weak.length === 1 && against === 0 && e.type === 'Person' && ids.size < MAX_PER_KEY) {
      // A surname alone: the one person of that surname, unless its own document names another one.
      const parts = personParts(e.name);
      const alone = parts && parts.given.length === 0;
      const otherInDoc = alone && [...e.docIds].some((d) => (personSurnamesByDoc.get(d)?.get(parts.surname) ?? 0) > 1);
      if (!otherInDoc) to = { c: weak[0]!, reason: 'surname alone, the only person of that surname' };
    }
    if (to) {
      out.set(e.id, { to: to.c.id, name: to.c.name, reason: to.reason });
      // The entity takes the fullest proper name seen ("Ana Maria Ruiz" for "Ruiz"), never a title-bearing form.
      to.c.name = fullerName(e.type, to.c.name, e.names) ?? to.c.name;
      // Its names now count for the entity it joined (a later "Berg" meets "A. Berg" through it).
      to.c.names = [...new Set([...to.c.names, ...e.names])].slice(0, MAX_NAMES * 2);
      for (const d of e.docIds) to.c.docIds.add(d);
      index(to.c);
    } else {
      pool.set(e.id, e);
      index(e);
    }
  }
  for (const [id, r] of out) out.set(id, { ...r, name: pool.get(r.to)!.name });
  return out;
}

/** Pairs of ids an analyst kept apart, among decisions that name any of `ids` (seek on Decision.kind). */
async function keptApartAmong(tx: AnyTransaction, ids: string[]): Promise<Set<string>> {
  const result = await tx.run(
    `MATCH (d:${DECISION_LABEL} {kind: 'keep-apart'}) WHERE NOT coalesce(d.undone, false) AND any(t IN d.targets WHERE t IN $ids)
     RETURN d.targets AS targets`,
    { ids },
  );
  const out = new Set<string>();
  for (const r of result.records) {
    const t = [...(r.get('targets') as string[])].sort();
    for (let i = 0; i < t.length; i++) for (let j = i + 1; j < t.length; j++) out.add(`${t[i]}\u0000${t[j]}`);
  }
  return out;
}

/** Ids among `ids` an analyst renamed (an edit decision in force that sets a name): their name is theirs to choose. */
async function renamedByAnalyst(tx: AnyTransaction, ids: string[]): Promise<Set<string>> {
  const result = await tx.run(
    `MATCH (d:${DECISION_LABEL} {kind: 'edit'}) WHERE NOT coalesce(d.undone, false) AND d.payload CONTAINS '"name":'
       AND any(t IN d.targets WHERE t IN $ids)
     RETURN d.targets AS targets`,
    { ids },
  );
  return new Set(result.records.flatMap((r) => r.get('targets') as string[]));
}

/** Where each entity of these documents that the graph does not hold yet goes, if anywhere, and which entities take a
 *  fuller name from the names that join them. */
export async function resolveAcrossDocuments(tx: AnyTransaction, docs: DocumentRows[]): Promise<ResolutionResult> {
  const incoming = new Map<string, Entry>();
  const personSurnamesByDoc = new Map<string, Map<string, number>>();
  for (const doc of docs) {
    const docId = doc.document.id;
    for (const group of doc.entities) {
      const type = group.labels[0]!;
      if (!RESOLVED_LABELS.includes(type as PrimaryEntityLabel)) continue;
      for (const row of group.rows) {
        const e =
          incoming.get(row.id) ??
          incoming
            .set(row.id, { id: row.id, type, name: row.name, initialName: row.name, names: [], stored: false, docIds: new Set() })
            .get(row.id)!;
        e.names = [...new Set([...e.names, row.name, ...row.aliases])].slice(0, MAX_NAMES);
        e.docIds.add(docId);
        if (type === 'Person') {
          const surname = personParts(row.name)?.surname;
          const counts = personSurnamesByDoc.get(docId) ?? personSurnamesByDoc.set(docId, new Map()).get(docId)!;
          if (surname) counts.set(surname, (counts.get(surname) ?? 0) + 1);
        }
      }
    }
  }
  if (incoming.size === 0) return { resolutions: new Map(), renames: [], seeks: 0 };
  let seeks = 0;
  const entries = new Map<string, Entry>();
  for (const type of RESOLVED_LABELS) {
    const mine = [...incoming.values()].filter((e) => e.type === type);
    if (mine.length === 0) continue;
    const existing = await tx.run(`UNWIND $ids AS id MATCH (n:${type} {id: id}) RETURN n.id AS id, n.name AS name, n.aliases AS aliases`, {
      ids: mine.map((e) => e.id),
    });
    for (const r of existing.records) {
      const e = incoming.get(r.get('id') as string)!;
      e.stored = true;
      e.name = (r.get('name') as string | null) ?? e.name;
      e.initialName = e.name;
      e.names = [...new Set([e.name, ...((r.get('aliases') as string[] | null) ?? []), ...e.names])].slice(0, MAX_NAMES);
    }
    const keys = [...new Set(mine.filter((e) => !e.stored).flatMap((e) => lookupKeys(type, e.names)))];
    for (const e of mine) entries.set(e.id, e);
    if (keys.length === 0) continue;
    seeks += keys.length * 2;
    const found = await tx.run(
      `UNWIND $keys AS k
       CALL (k) {
         MATCH (n:${type} {nameKey: k}) RETURN n LIMIT ${MAX_PER_KEY}
         UNION
         MATCH (n:${type} {shortKey: k}) RETURN n LIMIT ${MAX_PER_KEY}
       }
       RETURN DISTINCT n.id AS id, n.name AS name, n.aliases AS aliases`,
      { keys },
    );
    for (const r of found.records) {
      const id = r.get('id') as string;
      if (entries.has(id)) continue;
      const name = (r.get('name') as string | null) ?? '';
      const names = [...new Set([name, ...((r.get('aliases') as string[] | null) ?? [])])].filter(Boolean).slice(0, MAX_NAMES);
      entries.set(id, { id, type, name, initialName: name, names, stored: true, docIds: new Set() });
    }
  }
  const all = [...entries.values()];
  const keptApart = await keptApartAmong(
    tx,
    all.map((e) => e.id),
  );
  const resolutions = resolveEntries(all, keptApart, personSurnamesByDoc);
  let renamed = all.filter((e) => e.name !== e.initialName);
  if (renamed.length > 0) {
    const byAnalyst = await renamedByAnalyst(
      tx,
      renamed.map((e) => e.id),
    );
    for (const e of renamed) if (byAnalyst.has(e.id)) e.name = e.initialName;
    for (const [id, r] of resolutions) resolutions.set(id, { ...r, name: entries.get(r.to)!.name });
    renamed = renamed.filter((e) => !byAnalyst.has(e.id));
  }
  const renames = renamed.map((e) => ({ label: e.type as PrimaryEntityLabel, id: e.id, name: e.name, ...storedKeys(e.type, e.name) }));
  return { resolutions, renames, seeks };
}

/** Gives each renamed entity its fuller name after the rows are written; the old name becomes an alias, and a name an
 *  analyst removed from the aliases is never taken. */
export async function applyRenames(tx: AnyTransaction, renames: Rename[]): Promise<void> {
  for (const label of new Set(renames.map((r) => r.label))) {
    await tx.run(
      `UNWIND $rows AS row
       MATCH (n:${label} {id: row.id})
       WHERE n.name <> row.name AND NOT row.name IN coalesce(n.removedAliases, [])
       WITH n, row, n.name AS old, coalesce(n.aliases, []) AS aliases
       SET n.name = row.name,
         n.aliases = [a IN aliases WHERE a <> row.name] + CASE WHEN old IN aliases THEN [] ELSE [old] END,
         n.nameKey = coalesce(row.nameKey, n.nameKey), n.shortKey = coalesce(row.shortKey, n.shortKey)`,
      { rows: renames.filter((r) => r.label === label) },
    );
  }
}

/** One document's rows with resolved names moved onto the entity that stands for them: the row takes that entity's
 *  name, its own name becomes an alias, and relations and mentions follow (apply-redirects.ts). */
export function applyResolutions(doc: DocumentRows, resolutions: Map<string, Resolution>): DocumentRows {
  if (resolutions.size === 0) return doc;
  const renamed = (row: EntityRow): EntityRow => {
    const r = resolutions.get(row.id);
    if (!r) return row;
    return { ...row, name: r.name, aliases: [...new Set([...row.aliases, row.name])].filter((a) => a !== r.name) };
  };
  const entities = doc.entities.map((g) => (g.rows.some((row) => resolutions.has(row.id)) ? { ...g, rows: g.rows.map(renamed) } : g));
  return applyRedirects({ ...doc, entities }, new Map([...resolutions].map(([id, r]) => [id, r.to])));
}
