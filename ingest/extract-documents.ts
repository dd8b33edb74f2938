/* Ingest: the extraction pipeline — normalized text → mentions → entities → relations (no database). */

import type { ExtractedEntity, ExtractedRelation, ExtractionResult } from '../ontology/index.js';
import { documentId } from '../ontology/ids.js';
import type { SourceInput } from './source-input.js';
import { completePublication } from './read/complete-publication.js';
import type { SentenceView } from './extract/types.js';
import { runRules, type RuleRun } from './extract/rules/run-rules.js';
import { normalizeText } from './extract/normalize-text.js';
import { splitSentences } from './extract/split-sentences.js';
import { tokenizeSentence } from './extract/tokenize-sentence.js';
import { tagTokens } from './extract/tag-tokens.js';
import { findEntityMentions } from './extract/find-entity-mentions.js';
import { findDocumentDeal } from './extract/find-described-agreements.js';
import { resolveEntities } from './extract/resolve-entities.js';
import { dropCurrencyOnlyCountries } from './extract/drop-currency-countries.js';
import { mergeResults } from './extract/merge-results.js';
import { unifyEntities } from './extract/unify-entities.js';
import { documentTitle } from './extract/document-title.js';
import { packedMap } from './extract/packed-map.js';

/** One document part-way through the pipeline: its sentences, entities and what the rules did. */
export interface DocumentAnalysis {
  docId: string;
  /** Normalized text; sentence and mention offsets index into it. */
  text: string;
  views: SentenceView[];
  /** Entities by id, before unification. */
  entities: Map<string, ExtractedEntity>;
  /** Every rule's drafts, and the drafts the runner refused with the reason. */
  run: RuleRun;
}

/** Normalizes, splits, finds and resolves entities, and runs every rule. Pure. */
export function analyzeDocument(input: SourceInput): DocumentAnalysis {
  const text = normalizeText(input.text);
  const docId = documentId(text);
  const sentences = splitSentences(text);
  const tokens = tagTokens(text, packedMap(sentences, tokenizeSentence));
  const found = packedMap(tokens, (t) => findEntityMentions(t, text));
  const deal = findDocumentDeal(tokens, text, found);
  if (deal) found[deal.sentence]!.mentions.push(deal);
  const resolved = resolveEntities(docId, found);
  const { mentions, entities } = dropCurrencyOnlyCountries(text, resolved.mentions, resolved.entities);
  const views: SentenceView[] = packedMap(sentences, (sentence, i) => ({
    sentence,
    tokens: tokens[i]!,
    mentions: mentions.filter((m) => m.sentence === i).sort((a, b) => a.start - b.start),
  }));
  const run = runRules({ docId, views, entities, publishedAt: completePublication(input).publishedAt ?? null });
  return { docId, text, views, entities, run };
}

/** Extracts one document. Pure: no shared mutable state, safe in parallel workers. */
export function extractDocument(given: SourceInput): ExtractionResult {
  const input = completePublication(given);
  const { docId, text, entities, run } = analyzeDocument(input);
  const relations: ExtractedRelation[] = packedMap(run.drafts, (d) => ({
    source: d.source,
    type: d.type,
    target: d.target,
    properties: d.properties,
    evidence: [d.evidence],
    docIds: [docId],
    confidence: d.confidence,
    rules: [d.rule],
  }));
  return unifyEntities(
    mergeResults([
      {
        documents: [
          {
            id: docId,
            title: documentTitle(text, input.title),
            source: input.source ?? 'upload',
            url: input.url ?? null,
            publishedAt: input.publishedAt ?? null,
            dateSource: input.publishedAt ? (input.dateSource ?? 'metadata') : null,
            outlet: input.outlet ?? null,
            text,
          },
        ],
        entities: [...entities.values()],
        relations,
      },
    ]),
  );
}

/** Extracts every document and merges them by canonical id (one person = one node). */
export function extractDocuments(inputs: SourceInput[]): ExtractionResult {
  return unifyEntities(mergeResults(inputs.map(extractDocument)));
}
