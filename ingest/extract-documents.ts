/* Ingest: the extraction pipeline — normalized text → mentions → entities → relations (no database). */

import type { ExtractedRelation, ExtractionResult } from '../ontology/index.js';
import { documentId } from '../ontology/ids.js';
import type { SourceInput } from './source-input.js';
import type { RelationContext, RelationDraft, SentenceView } from './extract/types.js';
import { findTariffs } from './extract/find-tariffs.js';
import { findMeetings } from './extract/find-meetings.js';
import { findVisits } from './extract/find-visits.js';
import { findTradeRelations } from './extract/find-trade-relations.js';
import { findFunding } from './extract/find-funding.js';
import { findMemberships } from './extract/find-memberships.js';
import { findSignings } from './extract/find-signings.js';
import { findEvents } from './extract/find-events.js';
import { findTradedProducts } from './extract/find-traded-products.js';
import { normalizeText } from './extract/normalize-text.js';
import { splitSentences } from './extract/split-sentences.js';
import { tokenizeSentence } from './extract/tokenize-sentence.js';
import { findEntityMentions } from './extract/find-entity-mentions.js';
import { resolveEntities } from './extract/resolve-entities.js';
import { findOfficeRelations } from './extract/find-office-relations.js';
import { findStructuralRelations } from './extract/find-structural-relations.js';
import { findPlaceLocations } from './extract/find-place-locations.js';
import { mergeResults } from './extract/merge-results.js';
import { unifyEntities } from './extract/unify-entities.js';
import { documentTitle } from './extract/document-title.js';

const RULES: ((ctx: RelationContext) => RelationDraft[])[] = [
  findSignings,
  findEvents,
  findStructuralRelations,
  findPlaceLocations,
  findTariffs,
  findMeetings,
  findVisits,
  findTradeRelations,
  findFunding,
  findMemberships,
  findTradedProducts,
];

/** Extracts one document. Pure: no shared mutable state, safe in parallel workers. */
export function extractDocument(input: SourceInput): ExtractionResult {
  const text = normalizeText(input.text);
  const docId = documentId(text);
  const sentences = splitSentences(text);
  const tokens = sentences.map(tokenizeSentence);
  const found = tokens.map((t) => findEntityMentions(t, text));
  const { mentions, entities } = resolveEntities(docId, found);
  const views: SentenceView[] = sentences.map((sentence, i) => ({
    sentence,
    tokens: tokens[i]!,
    mentions: mentions.filter((m) => m.sentence === i).sort((a, b) => a.start - b.start),
  }));
  const offices = findOfficeRelations(views, entities);
  const officeCountry = new Map<string, string>();
  for (const d of offices) if (d.type === 'HOLDS_OFFICE' && d.target.startsWith('country:') && !officeCountry.has(d.source)) officeCountry.set(d.source, d.target);
  const ctx: RelationContext = { docId, views, entities, officeCountry, publishedAt: input.publishedAt ?? null };
  const drafts: RelationDraft[] = [...offices, ...RULES.flatMap((rule) => rule(ctx))];
  const relations: ExtractedRelation[] = drafts
    .filter((d) => entities.has(d.source) && entities.has(d.target))
    .map((d) => ({ source: d.source, type: d.type, target: d.target, properties: d.properties, evidence: [d.evidence], docIds: [docId], confidence: d.confidence }));
  return unifyEntities(mergeResults([
    {
      documents: [{ id: docId, title: documentTitle(text, input.title), source: input.source ?? 'upload', url: input.url ?? null, publishedAt: input.publishedAt ?? null, text }],
      entities: [...entities.values()],
      relations,
    },
  ]));
}

/** Extracts every document and merges them by canonical id (one person = one node). */
export function extractDocuments(inputs: SourceInput[]): ExtractionResult {
  return unifyEntities(mergeResults(inputs.map(extractDocument)));
}
