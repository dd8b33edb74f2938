/*
 * Ingest load: new documents that nearly repeat a stored one (a re-sent wire story, a lightly edited copy) are
 * linked (new)-[:DUPLICATE_OF]->(older) and share the older one's `duplicateOf` group, so they count as one source.
 * Candidates are the documents sharing a MinHash band (an index seek per band), then compared by signature.
 */

import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import type { DocumentRows } from './graph-rows.js';
import { BAND_PROPERTIES, estimateSimilarity } from './text-signature.js';
import { DUPLICATE_OF } from '../../ontology/relation-types.js';

// Stored documents sharing a band with any new one (an index seek per band and key); the new documents themselves are
// compared in memory, where their signatures already are.
const STORED_CANDIDATES = `
CALL () {
  ${BAND_PROPERTIES.map((p, i) => `MATCH (o:Document) WHERE o.${p} IN $bands[${i}] RETURN o`).join('\n  UNION\n  ')}
}
WITH o WHERE NOT o.id IN $ids AND o.minhash IS NOT NULL
RETURN o.id AS other, o.minhash AS minhash, o.duplicateOf AS root, [${BAND_PROPERTIES.map((p) => `o.${p}`).join(', ')}] AS bands`;

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

/** A document a new one may repeat. */
interface Candidate {
  other: string;
  minhash: number[];
  root: string | null;
  /** Position among the new documents; stored ones have none (they are all older). */
  at?: number;
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
  const result = await tx.run(STORED_CANDIDATES, {
    ids: rows.map((r) => r.id),
    bands: BAND_PROPERTIES.map((_, i) => [...new Set(rows.map((r) => r.bands[i]))]),
  });
  const byBand = new Map<string, Candidate[]>();
  const index = (bands: unknown[], candidate: Candidate): void =>
    bands.forEach((key, band) => {
      if (typeof key !== 'string') return;
      const k = `${band}:${key}`;
      (byBand.get(k) ?? byBand.set(k, []).get(k)!).push(candidate);
    });
  for (const r of result.records)
    index(r.get('bands') as unknown[], {
      other: r.get('other') as string,
      minhash: (r.get('minhash') as unknown[]).map(Number),
      root: (r.get('root') as string | null) ?? null,
    });
  rows.forEach((row, at) => index(row.bands, { other: row.id, minhash: row.signature, root: null, at }));

  const rootOf = new Map<string, string>();
  const links: DuplicateLink[] = [];
  rows.forEach((row, i) => {
    let best: { other: string; similarity: number; root: string } | undefined;
    const seen = new Set<string>();
    for (const [band, key] of row.bands.entries()) {
      for (const c of byBand.get(`${band}:${String(key)}`) ?? []) {
        // Only an older document can be the original.
        if ((c.at !== undefined && c.at >= i) || seen.has(c.other)) continue;
        seen.add(c.other);
        const similarity = estimateSimilarity(row.signature, c.minhash);
        if (similarity < threshold || (best && (similarity < best.similarity || (similarity === best.similarity && c.other > best.other))))
          continue;
        best = { other: c.other, similarity, root: rootOf.get(c.other) ?? c.root ?? c.other };
      }
    }
    if (!best) return;
    rootOf.set(row.id, best.root);
    links.push({ id: row.id, ...best });
  });
  if (links.length > 0) await tx.run(LINK, { links });
  return links;
}
