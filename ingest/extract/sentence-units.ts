/* Extraction: one sentence as a sequence of units — each entity mention one unit with its type, every other token one unit. */

import type { ResolvedMention, SentenceView } from './types.js';

export interface Unit {
  /** Index of the unit in its sentence's sequence. */
  index: number;
  text: string;
  lower: string;
  /** The token's lemma; a mention's lower-cased text. */
  lemma: string;
  /** The token's part of speech; `ENT` for a mention. */
  pos: string;
  start: number;
  end: number;
  /** Set when the unit is an entity mention (its tokens are folded into it). */
  mention?: ResolvedMention;
}

/**
 * The units of a sentence. Overlapping mentions keep the outermost one (the longest that starts
 * first): "the Canada-Mexico Action Plan" is one Agreement unit, not two countries inside it.
 */
export function sentenceUnits(view: SentenceView): Unit[] {
  const kept: ResolvedMention[] = [];
  const byStart = [...view.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of byStart) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  const units: Unit[] = [];
  let k = 0;
  for (const t of view.tokens) {
    while (k < kept.length && kept[k]!.end <= t.start) k++;
    const m = kept[k];
    if (m && m.start <= t.start && t.end <= m.end) {
      const last = units[units.length - 1];
      if (last?.mention !== m)
        units.push({
          index: units.length,
          text: m.text,
          lower: m.text.toLowerCase(),
          lemma: m.text.toLowerCase(),
          pos: 'ENT',
          start: m.start,
          end: m.end,
          mention: m,
        });
      continue;
    }
    units.push({
      index: units.length,
      text: t.text,
      lower: t.lower,
      lemma: t.lemma ?? t.lower,
      pos: t.pos ?? 'X',
      start: t.start,
      end: t.end,
    });
  }
  return units;
}
