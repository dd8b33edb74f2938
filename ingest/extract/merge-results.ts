/* Extraction: merges per-document results by canonical id, deterministically ordered. */

import type { ExtractedDocument, ExtractedEntity, ExtractedRelation, ExtractionResult, PropertyValue } from '../../ontology/index.js';

const relationKey = (r: Pick<ExtractedRelation, 'type' | 'source' | 'target'>): string => `${r.type}\u0000${r.source}\u0000${r.target}`;

const DATE_KEYS = new Set(['date', 'reviewOn', 'signedOn', 'inForceOn']);

/** Fills missing properties; for dates keeps the most specific ("2026-07-01" over "2026"). */
function mergeProperties(into: Record<string, PropertyValue>, from: Record<string, PropertyValue>): void {
  for (const [k, v] of Object.entries(from)) {
    const old = into[k];
    if (old === undefined || old === null) into[k] = v;
    else if (DATE_KEYS.has(k) && typeof v === 'string' && typeof old === 'string' && v.length > old.length && v.startsWith(old.slice(0, 4)))
      into[k] = v;
  }
}

function mergeEntity(into: ExtractedEntity, e: ExtractedEntity): void {
  for (const l of e.labels) if (!into.labels.includes(l)) into.labels.push(l);
  for (const a of [e.name, ...e.aliases]) if (a !== into.name && !into.aliases.includes(a)) into.aliases.push(a);
  for (const [k, v] of Object.entries(e.properties)) if (k === 'title' || k === 'portfolio') into.properties[k] = v;
  mergeProperties(into.properties, e.properties);
  if (e.mentions) {
    into.mentions ??= [];
    for (const m of e.mentions) into.mentions.push(m);
  }
}

/** Merges results in order; later documents append evidence, keep the highest confidence. */
export function mergeResults(results: ExtractionResult[]): ExtractionResult {
  const documents = new Map<string, ExtractedDocument>();
  const entities = new Map<string, ExtractedEntity>();
  const relations = new Map<string, ExtractedRelation>();
  const seen = new Map<string, { evidence: Set<string>; docIds: Set<string> }>();
  for (const result of results) {
    for (const d of result.documents) if (!documents.has(d.id)) documents.set(d.id, { ...d });
    for (const e of result.entities) {
      const existing = entities.get(e.id);
      if (existing) mergeEntity(existing, e);
      else
        entities.set(e.id, {
          ...e,
          labels: [...e.labels],
          aliases: [...e.aliases],
          properties: { ...e.properties },
          ...(e.mentions ? { mentions: [...e.mentions] } : {}),
        });
    }
    for (const r of result.relations) {
      const key = relationKey(r);
      const existing = relations.get(key);
      if (!existing) {
        relations.set(key, {
          ...r,
          properties: { ...r.properties },
          evidence: [...new Set(r.evidence)],
          docIds: [...new Set(r.docIds)],
          rules: [...new Set(r.rules)].sort(),
          docProperties: Object.fromEntries(r.docIds.map((d) => [d, r.docProperties?.[d] ?? r.properties])),
        });
        seen.set(key, { evidence: new Set(r.evidence), docIds: new Set(r.docIds) });
        continue;
      }
      const known = seen.get(key)!;
      for (const s of r.evidence) {
        if (!known.evidence.has(s)) {
          known.evidence.add(s);
          existing.evidence.push(s);
        }
      }
      for (const d of r.docIds) {
        if (!known.docIds.has(d)) {
          known.docIds.add(d);
          existing.docIds.push(d);
        }
        existing.docProperties![d] ??= r.docProperties?.[d] ?? r.properties;
      }
      existing.confidence = Math.max(existing.confidence, r.confidence);
      existing.rules = [...new Set([...existing.rules, ...r.rules])].sort();
      mergeProperties(existing.properties, r.properties);
    }
  }
  for (const e of entities.values()) e.aliases.sort();
  return {
    documents: [...documents.values()],
    entities: [...entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    relations: [...relations.values()].sort((a, b) => (relationKey(a) < relationKey(b) ? -1 : relationKey(a) > relationKey(b) ? 1 : 0)),
  };
}
