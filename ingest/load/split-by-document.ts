/* Ingest load: a corpus-wide ExtractionResult → one ExtractionResult per document, in document order. */

import type { ExtractedEntity, ExtractedRelation, ExtractionResult } from '../../ontology/extraction-result.js';

/**
 * Entities go to the documents their mentions are in (or, without mentions, to the documents of
 * their relations); relations go to each of their docIds with the evidence sentences found in that
 * document's text. Every relation endpoint is present in the document's entities.
 */
export function splitByDocument(result: ExtractionResult): ExtractionResult[] {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const docIndex = new Map(result.documents.map((d, i) => [d.id, i]));
  const parts = result.documents.map((document) => ({
    documents: [document],
    entities: new Map<string, ExtractedEntity>(),
    relations: [] as ExtractedRelation[],
  }));
  const firstDoc = parts.length > 0 ? 0 : undefined;

  for (const relation of result.relations) {
    for (const docId of new Set(relation.docIds)) {
      const index = docIndex.get(docId);
      if (index === undefined) continue;
      const part = parts[index]!;
      const text = part.documents[0]!.text;
      const own = text === undefined ? [] : relation.evidence.filter((s) => text.includes(s));
      part.relations.push({
        ...relation,
        evidence: own.length > 0 ? own : relation.evidence,
        docIds: [docId],
        docProperties: { [docId]: relation.docProperties?.[docId] ?? relation.properties },
      });
    }
  }

  for (const entity of result.entities) {
    const docs = new Set<number>();
    for (const mention of entity.mentions ?? []) {
      const index = docIndex.get(mention.docId);
      if (index !== undefined) docs.add(index);
    }
    if (docs.size === 0) {
      parts.forEach((part, index) => {
        if (part.relations.some((r) => r.source === entity.id || r.target === entity.id)) docs.add(index);
      });
    }
    if (docs.size === 0 && firstDoc !== undefined && result.documents.length === 1) docs.add(firstDoc);
    for (const index of docs) {
      const part = parts[index]!;
      const docId = part.documents[0]!.id;
      const mentions = entity.mentions?.filter((m) => m.docId === docId);
      part.entities.set(entity.id, { ...entity, ...(mentions ? { mentions } : {}) });
    }
  }

  // A relation's endpoints must exist in its document's rows even when unmentioned there.
  for (const part of parts) {
    for (const relation of part.relations) {
      for (const id of [relation.source, relation.target]) {
        const entity = byId.get(id);
        if (entity && !part.entities.has(id)) part.entities.set(id, { ...entity, mentions: [] });
      }
    }
  }

  return parts.map((part) => ({
    documents: part.documents,
    entities: [...part.entities.values()],
    relations: part.relations,
  }));
}
