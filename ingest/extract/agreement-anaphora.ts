/* Extraction: "the accord", "the deal" — a bare definite agreement noun read as the agreement the document is about,
   so constructions over units ("A and B, the other parties to the accord") reach it. */

import type { Unit } from './sentence-units.js';
import type { ResolvedMention, SentenceView } from './types.js';

/** Nouns that, after "the", refer back to an agreement already named. */
const AGREEMENT_NOUNS = new Set(['accord', 'agreement', 'deal', 'pact', 'treaty']);
/** Words after the noun that start a description of some other deal ("the agreement on steel"). */
const DESCRIBED_AFTER = new Set(['of', 'on', 'for', 'with', 'between', 'among', 'covering', 'signed', 'reached', 'struck']);

/** "the accord" at unit `k`, after offset `after`, not followed by a description of some other deal. */
function isAnaphor(sentence: readonly Unit[], k: number, after: number): boolean {
  const [u, noun, next] = [sentence[k]!, sentence[k + 1], sentence[k + 2]];
  return (
    (u.lower === 'the' || u.lower === 'this') &&
    !!noun &&
    !noun.mention &&
    AGREEMENT_NOUNS.has(noun.lemma) &&
    noun.lower === noun.lemma &&
    noun.start > after &&
    !(next && (DESCRIBED_AFTER.has(next.lower) || next.mention?.type === 'Agreement'))
  );
}

/** Sentences back that a bare "the accord" may reach for its antecedent when the document has no clear agreement. */
const WINDOW = 3;

/** The one agreement named in sentence `i` or the few before it, when only one is. */
function recentAgreement(views: readonly SentenceView[], i: number): ResolvedMention | undefined {
  const window = views
    .slice(Math.max(0, i - WINDOW), i + 1)
    .flatMap((v) => v.mentions.filter((m) => m.type === 'Agreement' && m.form !== 'description'));
  return new Set(window.map((m) => m.entityId)).size === 1 ? window[0] : undefined;
}

/**
 * Each sentence's units with "the accord" folded into one Agreement unit for the agreement it refers to: the
 * document's agreement once it was named, else the one agreement named in the last few sentences. The phrase must
 * come after that agreement's mention. Sentences without such a phrase keep their units as they are.
 */
export function withAgreementAnaphora(views: readonly SentenceView[], units: Unit[][], agreement: string | undefined): Unit[][] {
  const firstAt = agreement === undefined ? -1 : views.findIndex((v) => v.mentions.some((m) => m.entityId === agreement));
  const first = firstAt === -1 ? undefined : views[firstAt]!.mentions.find((m) => m.entityId === agreement);
  return units.map((sentence, i) => {
    if (!sentence.some((_u, k) => isAnaphor(sentence, k, -1))) return sentence;
    const model = first && firstAt <= i ? first : recentAgreement(views, i);
    if (!model || !sentence.some((_u, k) => isAnaphor(sentence, k, model.start))) return sentence;
    const out: Unit[] = [];
    for (let k = 0; k < sentence.length; k++) {
      const u = sentence[k]!;
      const noun = sentence[k + 1];
      if (noun && isAnaphor(sentence, k, model.start)) {
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
