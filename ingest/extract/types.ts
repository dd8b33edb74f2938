/* Extraction: the internal shapes passed between pipeline stages (not part of the wire contract). */

import type { PrimaryEntityLabel, PropertyValue } from '../../ontology/index.js';

export interface Sentence {
  index: number;
  /** Absolute offsets into the normalized document text. */
  start: number;
  end: number;
  text: string;
}

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  sentence: number;
  /** Starts with an upper-case letter (or is an abbreviation such as "U.S."). */
  cap: boolean;
  /** Part of a URL, e-mail address or social-media handle: never an entity. */
  masked: boolean;
  /** Universal part-of-speech tag from the NLP layer (tag-tokens.ts): NOUN, VERB, AUX, ADP, PROPN… */
  pos?: string;
  /** Lemma from the NLP layer ("met" → "meet", "talks" → "talk"); the lower-cased text when untagged. */
  lemma?: string;
}

type MentionForm = 'name' | 'demonym' | 'acronym' | 'surname' | 'title' | 'government' | 'description';

/** One office read from a title phrase: "Canadian Agriculture Minister" → {title, portfolio, whereId}. */
export interface OfficeCue {
  title: string;
  portfolio?: string;
  /** Entity key of the country/place/organization the office belongs to, resolved later. */
  where?: { type: PrimaryEntityLabel; key: string };
  minister: boolean;
  affiliation: boolean;
  /** Offset where the title phrase starts (to look for "Canada's" before it). */
  start?: number;
}

export interface RawMention {
  type: PrimaryEntityLabel;
  /** Key before resolution: the canonical name (iso2 for countries). */
  key: string;
  name: string;
  start: number;
  end: number;
  text: string;
  sentence: number;
  form: MentionForm;
  properties?: Record<string, PropertyValue>;
  office?: OfficeCue;
  /** Acronym defined in parentheses right after this mention. */
  acronym?: string;
  /** ISO alpha-2 codes of the countries in a hyphenated party list ("Canada-Mexico Action Plan"). */
  parties?: string[];
}

export interface ResolvedMention extends RawMention {
  entityId: string;
}

/** One sentence with its tokens and resolved mentions, as relation rules read it. */
export interface SentenceView {
  sentence: Sentence;
  tokens: Token[];
  mentions: ResolvedMention[];
}

/** A relation read from one sentence, before merging. */
export interface RelationDraft {
  source: string;
  type: import('../../ontology/index.js').ExtractedRelationType;
  target: string;
  properties: Record<string, PropertyValue>;
  evidence: string;
  confidence: number;
  /** Id of the catalogue rule that found it. */
  rule: string;
}

/** What every relation rule reads: the document's sentences, its entities, and who governs where. */
export interface RelationContext {
  docId: string;
  views: SentenceView[];
  entities: Map<string, import('../../ontology/index.js').ExtractedEntity>;
  /** Person id → id of the country they hold office in (from HOLDS_OFFICE). */
  officeCountry: Map<string, string>;
  publishedAt: string | null;
  /** Entity id of the dateline's country ("TOKYO, March 3 -"), when the dateline names a country or capital. */
  datelineCountry?: string;
  /** Entity id of the country whose news the article is (see document-facts.ts): the unnamed side of "the deficit with Japan". */
  homeCountry?: string;
  /** Each sentence as units (sentence-units.ts), computed once by the runner for every construction. */
  units?: import('./sentence-units.js').Unit[][];
}
