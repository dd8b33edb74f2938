/* Extract CLI: an ExtractionResult → the JSON of ontology.md "What extract --json prints", keys in order. */

import type { ExtractionResult } from '../../ontology/extraction-result.js';

export interface ExtractJsonOptions {
  withMentions?: boolean;
}

export function toExtractJson(result: ExtractionResult, options: ExtractJsonOptions = {}): unknown {
  return {
    documents: result.documents.map((d) => ({
      id: d.id,
      title: d.title,
      source: d.source,
      ...(d.url ? { url: d.url } : {}),
      ...(d.publishedAt ? { publishedAt: d.publishedAt } : {}),
    })),
    entities: result.entities.map((e) => ({
      id: e.id,
      type: e.type,
      labels: e.labels,
      name: e.name,
      aliases: e.aliases,
      properties: e.properties,
      ...(options.withMentions ? { mentions: e.mentions ?? [] } : {}),
    })),
    relations: result.relations.map((r) => ({
      source: r.source,
      type: r.type,
      target: r.target,
      properties: r.properties,
      evidence: r.evidence,
      docIds: r.docIds,
      confidence: r.confidence,
      rules: r.rules,
    })),
  };
}
