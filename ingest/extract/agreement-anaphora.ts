/* Extraction: "the accord", "the deal" — a bare definite agreement noun read as the agreement the document is about,
   so constructions over units ("A and B, the other parties to the accord") reach it. */

import type { Unit } from './sentence-units.js';
import type { ResolvedMention, SentenceView } from './types.js';

/** Nouns that, after "the", refer back to an agreement already named. */
const AGREEMENT_NOUNS = new Set(['accord', 'agreement', 'deal', 'pact', 'treaty']);
/** Words after the noun that start a description of some other deal ("the agreement on steel"). */
const DESCRIBED_AFTER = new Set(['of', 'on', 'for', 'with', 'between', 'among', 'covering', 'signed', 'reached', 'struck']);

/** The agreement a document is about: named at least twice and clearly more often than any other. */
export function documentAgreement(views: readonly SentenceView[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of views) for (const m of v.mentions) if (m.type === 'Agreement') counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [first, second] = ranked;
  return first && first[1] >= 2 && (!second || first[1] >= 2 * second[1]) ? first[0] : undefined;
}

/**
 * Each sentence's units with "the accord" (after the document's agreement was first named) folded into one Agreement
 * unit for that agreement. Sentences without such a phrase keep their units as they are.
 */
export function withAgreementAnaphora(views: readonly SentenceView[], units: readonly Unit[][]): Unit[][] {
  const agreement = documentAgreement(views);
  if (!agreement) return units.map((u) => [...u]);
  const firstNamed = Math.min(...views.flatMap((v) => v.mentions.filter((m) => m.entityId === agreement).map((m) => m.start)));
  const model = views.flatMap((v) => v.mentions).find((m) => m.entityId === agreement)!;
  return units.map((sentence, i) => {
    const out: Unit[] = [];
    for (let k = 0; k < sentence.length; k++) {
      const u = sentence[k]!;
      const noun = sentence[k + 1];
      const next = sentence[k + 2];
      if (
        (u.lower === 'the' || u.lower === 'this') &&
        noun &&
        !noun.mention &&
        AGREEMENT_NOUNS.has(noun.lemma) &&
        noun.lower === noun.lemma &&
        noun.start > firstNamed &&
        !(next && (DESCRIBED_AFTER.has(next.lower) || next.mention?.type === 'Agreement'))
      ) {
        const mention: ResolvedMention = {
          ...model,
          start: u.start,
          end: noun.end,
          text: `${u.text} ${noun.text}`,
          sentence: views[i]!.sentence.index,
          form: 'description',
        };
        out.push({
          index: out.length,
          text: mention.text,
          lower: mention.text.toLowerCase(),
          lemma: mention.text.toLowerCase(),
          pos: 'ENT',
          start: u.start,
          end: noun.end,
          mention,
        });
        k++;
        continue;
      }
      out.push({ ...u, index: out.length });
    }
    return out;
  });
}
