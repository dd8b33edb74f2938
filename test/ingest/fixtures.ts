/* Tests: hand-written ExtractionResults for the loader (the extractor is not involved). */

import { documentId } from '../../ontology/ids.js';
import type { ExtractedEntity, ExtractedRelation, ExtractionResult, PropertyValue } from '../../ontology/extraction-result.js';
import type { EntityLabel, PrimaryEntityLabel } from '../../ontology/labels.js';
import type { ExtractedRelationType } from '../../ontology/relation-types.js';

interface EntitySpec {
  id: string;
  type: PrimaryEntityLabel;
  name: string;
  /** Surface forms whose every occurrence in the text is a mention. */
  forms: string[];
  labels?: EntityLabel[];
  properties?: Record<string, unknown>;
}

interface RelationSpecFixture {
  source: string;
  type: ExtractedRelationType;
  target: string;
  /** The sentence of the text it was read from. */
  evidence: string;
  properties?: Record<string, unknown>;
  confidence?: number;
  /** The extraction rules credited with it (default: one hand-written rule). */
  rules?: string[];
}

/** One document's ExtractionResult with mentions found by searching the text for each form. */
function fixture(
  text: string,
  meta: { title: string; source: string; publishedAt?: string },
  entities: EntitySpec[],
  relations: RelationSpecFixture[] = [],
): ExtractionResult {
  const id = documentId(text);
  const sentences = text.split(/(?<=\.)\s+/);
  const sentenceOf = (at: number): number => {
    let offset = 0;
    for (let i = 0; i < sentences.length; i++) {
      offset = text.indexOf(sentences[i]!, offset) + sentences[i]!.length;
      if (at < offset) return i;
    }
    return sentences.length - 1;
  };
  const extracted: ExtractedEntity[] = entities.map((e) => {
    // Longer forms first; a shorter form inside an earlier match ("Carney" in "Mark Carney") is not another mention.
    const found: { docId: string; start: number; end: number; text: string; sentence: number }[] = [];
    for (const form of [...e.forms].sort((a, b) => b.length - a.length)) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        if (found.some((m) => at < m.end && at + form.length > m.start)) continue;
        found.push({ docId: id, start: at, end: at + form.length, text: form, sentence: sentenceOf(at) });
      }
    }
    const mentions = found.sort((a, b) => a.start - b.start);
    return {
      id: e.id,
      type: e.type,
      labels: e.labels ?? [e.type],
      name: e.name,
      aliases: e.forms.filter((f) => f !== e.name),
      properties: (e.properties ?? {}) as Record<string, PropertyValue>,
      mentions,
    };
  });
  const rels: ExtractedRelation[] = relations.map((r) => ({
    source: r.source,
    type: r.type,
    target: r.target,
    properties: (r.properties ?? {}) as Record<string, PropertyValue>,
    evidence: [r.evidence],
    docIds: [id],
    confidence: r.confidence ?? 0.9,
    rules: r.rules ?? ['fixture.hand-written'],
  }));
  return {
    documents: [{ id, title: meta.title, source: meta.source, publishedAt: meta.publishedAt ?? null, url: null, text }],
    entities: extracted,
    relations: rels,
  };
}

/** Several one-document results as one corpus-wide result. */
export function combine(...parts: ExtractionResult[]): ExtractionResult {
  const entities = new Map<string, ExtractedEntity>();
  for (const part of parts) {
    for (const entity of part.entities) {
      const known = entities.get(entity.id);
      if (known) known.mentions = [...(known.mentions ?? []), ...(entity.mentions ?? [])];
      else entities.set(entity.id, { ...entity, mentions: [...(entity.mentions ?? [])] });
    }
  }
  return {
    documents: parts.flatMap((p) => p.documents),
    entities: [...entities.values()],
    relations: parts.flatMap((p) => p.relations),
  };
}

const CARNEY: EntitySpec = {
  id: 'person:mark-carney',
  type: 'Person',
  name: 'Mark Carney',
  forms: ['Mark Carney', 'Carney'],
  properties: { title: 'Prime Minister' },
};
const SHEINBAUM: EntitySpec = {
  id: 'person:claudia-sheinbaum',
  type: 'Person',
  name: 'Claudia Sheinbaum',
  forms: ['Claudia Sheinbaum'],
  properties: { title: 'President' },
};
const CANADA: EntitySpec = {
  id: 'country:CA',
  type: 'Country',
  name: 'Canada',
  forms: ['Canada', 'Canadian'],
  properties: { iso2: 'CA', iso3: 'CAN' },
};
const MEXICO: EntitySpec = {
  id: 'country:MX',
  type: 'Country',
  name: 'Mexico',
  forms: ['Mexico', 'Mexican'],
  properties: { iso2: 'MX', iso3: 'MEX' },
};

export const SUMMIT_SENTENCE_1 = 'Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum in Mexico City on Thursday.';
const SUMMIT_SENTENCE_2 = 'Canada and Mexico signed the Comprehensive Strategic Partnership.';
export const summit = fixture(
  `${SUMMIT_SENTENCE_1} ${SUMMIT_SENTENCE_2}`,
  { title: 'Summit', source: 'fixtures/summit.txt', publishedAt: '2025-09-18' },
  [
    CARNEY,
    SHEINBAUM,
    CANADA,
    MEXICO,
    { id: 'place:mexico-city', type: 'Place', name: 'Mexico City', forms: ['Mexico City'], properties: { kind: 'city' } },
    {
      id: 'agreement:comprehensive-strategic-partnership',
      type: 'Agreement',
      name: 'Comprehensive Strategic Partnership',
      forms: ['Comprehensive Strategic Partnership'],
    },
  ],
  [
    {
      source: 'person:mark-carney',
      type: 'HOLDS_OFFICE',
      target: 'country:CA',
      evidence: SUMMIT_SENTENCE_1,
      properties: { title: 'Prime Minister' },
      rules: ['office.demonym-title-name'],
    },
    {
      source: 'person:mark-carney',
      type: 'MET_WITH',
      target: 'person:claudia-sheinbaum',
      evidence: SUMMIT_SENTENCE_1,
      properties: { place: 'Mexico City' },
    },
    { source: 'country:CA', type: 'SIGNED', target: 'agreement:comprehensive-strategic-partnership', evidence: SUMMIT_SENTENCE_2 },
    { source: 'country:MX', type: 'SIGNED', target: 'agreement:comprehensive-strategic-partnership', evidence: SUMMIT_SENTENCE_2 },
  ],
);

export const FOLLOW_UP_SENTENCE = 'Prime Minister Mark Carney of Canada returned to Ottawa on Friday.';
export const followUp = fixture(
  `${FOLLOW_UP_SENTENCE} Carney said talks with Claudia Sheinbaum went well.`,
  { title: 'Follow-up', source: 'fixtures/follow-up.txt', publishedAt: '2025-09-19' },
  [CARNEY, SHEINBAUM, CANADA, { id: 'place:ottawa', type: 'Place', name: 'Ottawa', forms: ['Ottawa'] }],
  [
    {
      source: 'person:mark-carney',
      type: 'HOLDS_OFFICE',
      target: 'country:CA',
      evidence: FOLLOW_UP_SENTENCE,
      properties: { title: 'Prime Minister' },
      confidence: 0.95,
      rules: ['office.title-of-country'],
    },
    // Stated in the other direction: a symmetric type is stored once.
    {
      source: 'person:claudia-sheinbaum',
      type: 'MET_WITH',
      target: 'person:mark-carney',
      evidence: 'Carney said talks with Claudia Sheinbaum went well.',
    },
  ],
);

export const minister = fixture(
  'Agriculture Minister Heath MacDonald of Canada visited Mexico City.',
  { title: 'Minister', source: 'fixtures/minister.txt', publishedAt: '2025-10-01' },
  [
    {
      id: 'person:heath-macdonald',
      type: 'Person',
      labels: ['Person', 'Minister'],
      name: 'Heath MacDonald',
      forms: ['Heath MacDonald'],
      properties: { title: 'Minister', portfolio: 'Agriculture' },
    },
    CANADA,
    { id: 'place:mexico-city', type: 'Place', name: 'Mexico City', forms: ['Mexico City'], properties: { kind: 'city' } },
  ],
  [
    {
      source: 'person:heath-macdonald',
      type: 'HOLDS_OFFICE',
      target: 'country:CA',
      evidence: 'Agriculture Minister Heath MacDonald of Canada visited Mexico City.',
      properties: { title: 'Minister', portfolio: 'Agriculture' },
    },
    {
      source: 'person:heath-macdonald',
      type: 'VISITED',
      target: 'place:mexico-city',
      evidence: 'Agriculture Minister Heath MacDonald of Canada visited Mexico City.',
    },
  ],
);

/** A document whose entity carries a nested map: Neo4j refuses to store it, so its write fails. */
export const poisoned = fixture(
  'Brazil raised a tariff on steel from Argentina.',
  { title: 'Poisoned', source: 'fixtures/poisoned.txt' },
  [
    { id: 'country:BR', type: 'Country', name: 'Brazil', forms: ['Brazil'], properties: { iso2: 'BR', nested: { not: 'allowed' } } },
    { id: 'country:AR', type: 'Country', name: 'Argentina', forms: ['Argentina'] },
  ],
  [],
);
