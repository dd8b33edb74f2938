/* Extraction: small lookups over one sentence's tokens and mentions, shared by the relation rules. */

import type { PrimaryEntityLabel } from '../../ontology/index.js';
import type { ResolvedMention, SentenceView } from './types.js';

/** Index of the first token starting at or after `offset`. */
export function tokenIndexAt(view: SentenceView, offset: number): number {
  const i = view.tokens.findIndex((t) => t.start >= offset);
  return i === -1 ? view.tokens.length : i;
}

/** The mention (of one of `types`) that covers the token at `index`, if any. */
export function mentionAtToken(view: SentenceView, index: number, types?: readonly PrimaryEntityLabel[]): ResolvedMention | undefined {
  const t = view.tokens[index];
  if (!t) return undefined;
  return view.mentions.find((m) => m.start <= t.start && t.end <= m.end && (!types || types.includes(m.type)));
}

/** The sentence text between two absolute offsets. */
export function textBetween(view: SentenceView, from: number, to: number): string {
  const base = view.sentence.start;
  return view.sentence.text.slice(Math.max(0, from - base), Math.max(0, to - base));
}

/** Negation cue in a span of text. */
export const NEGATION = /\b(not|never|no longer|n't|neither|nor|without|refused to|declined to|failed to)\b/i;
