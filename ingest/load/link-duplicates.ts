/*
 * Ingest load: new documents that nearly repeat a stored one (a re-sent wire story, a lightly edited copy) are
 * linked (new)-[:DUPLICATE_OF]->(older) and share the older one's `duplicateOf` group, so they count as one source.
 * Candidates are the documents sharing a MinHash band (an index seek per band), then compared by signature.
 */

import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import type { DocumentRows } from './graph-rows.js';
import { BAND_PROPERTIES, estimateSimilarity } from './text-signature.js';
import { DUPLICATE_OF } from '../../ontology/relation-types.js';

const CANDIDATES = `
UNWIND $rows AS row
CALL (row) {
  ${BAND_PROPERTIES.map((p, i) => `MATCH (o:Document) WHERE o.${p} = row.bands[${i}] RETURN o`).join('\n  UNION\n  ')}
}
WITH row, o WHERE o.id <> row.id AND o.minhash IS NOT NULL
RETURN row.id AS id, o.id AS other, o.minhash AS minhash, o.duplicateOf AS root`;

const LINK = `
UNWIND $links AS l
MATCH (d:Document {id: l.id})
MATCH (o:Document {id: l.other})
MERGE (d)-[x:${DUPLICATE_OF}]->(o)
SET x.similarity = l.similarity, d.duplicateOf = l.root`;

export interface DuplicateLink {
  id: string;
  /** The stored document it repeats most closely. */
  other: string;
  similarity: number;
  /** The first document of the story: what `sources` counts once. */
  root: string;
}

/** `docs`: the documents this transaction created, in input order (an earlier one is older than a later one). */
export async function linkDuplicates(
  tx: Transaction | ManagedTransaction,
  docs: DocumentRows[],
  threshold: number,
): Promise<DuplicateLink[]> {
  const rows = docs
    .filter((d) => d.document.signature !== null)
    .map((d) => ({ id: d.document.id, signature: d.document.signature!, bands: BAND_PROPERTIES.map((p) => d.document.props[p]) }));
  if (rows.length === 0) return [];
  const result = await tx.run(CANDIDATES, { rows: rows.map(({ id, bands }) => ({ id, bands })) });
  const candidates = new Map<string, { other: string; minhash: number[]; root: string | null }[]>();
  for (const r of result.records) {
    const id = r.get('id') as string;
    (candidates.get(id) ?? candidates.set(id, []).get(id)!).push({
      other: r.get('other') as string,
      minhash: (r.get('minhash') as unknown[]).map(Number),
      root: (r.get('root') as string | null) ?? null,
    });
  }
  const order = new Map(rows.map((r, i) => [r.id, i]));
  const rootOf = new Map<string, string>();
  const links: DuplicateLink[] = [];
  rows.forEach((row, i) => {
    let best: { other: string; similarity: number; root: string } | undefined;
    for (const c of candidates.get(row.id) ?? []) {
      const at = order.get(c.other);
      if (at !== undefined && at >= i) continue; // only an older document can be the original
      const similarity = estimateSimilarity(row.signature, c.minhash);
      if (similarity < threshold || (best && (similarity < best.similarity || (similarity === best.similarity && c.other > best.other))))
        continue;
      best = { other: c.other, similarity, root: rootOf.get(c.other) ?? c.root ?? c.other };
    }
    if (!best) return;
    rootOf.set(row.id, best.root);
    links.push({ id: row.id, ...best });
  });
  if (links.length > 0) await tx.run(LINK, { links });
  return links;
}
