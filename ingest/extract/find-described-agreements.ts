/* Extraction stage 3d: unnamed deals the text signs or agrees, named by the text's own descriptor
   ("signed a gas supply deal" → "gas supply deal", "a memorandum of understanding on fisheries co-operation"). */

import type { RawMention, Token } from './types.js';
import { countryGazetteer } from './country-gazetteer.js';
import { MONTHS, WEEKDAYS } from './lexicons/stop-words.js';
import { COMPLEMENT_OPENERS, CONCLUDED_AFTER, CONCLUDING_VERBS, DESCRIBED_HEADS, EVALUATIVE_WORDS } from './lexicons/agreement-words.js';

const DETERMINERS = /^(?:a|an|the|their|its|this|that|his|her|our|these|those)$/;
/** Words that close a description after the head: a clause, a party ("with", "between"), a time or place. */
const COMPLEMENT_STOPS =
  /^(?:with|between|among|that|which|who|whose|was|were|is|are|will|would|could|can|may|has|have|had|signed|sealed|agreed|reached|here|there|last|next|this|by|under|at|in|after|before|worth|when|while|to|from|said|says|but|or|as|if|since|until|earlier|later|today|yesterday|on)$/;
const DESCRIPTOR = /^(?:[\p{Ll}\d$£€][\p{Ll}\d$£€.,-]*|[\p{Lu}]{2,5})$/u;
const TIME_WORDS = new Set([...MONTHS, ...WEEKDAYS, 'years', 'months', 'weeks', 'days', 'another', 'further']);
const MAX_DESCRIPTORS = 5;
/** Descriptors of a deal not (yet) in force. */
const PROSPECTIVE = new Set(['proposed', 'draft', 'possible', 'potential', 'planned', 'tentative', 'future']);
const MAX_COMPLEMENT = 8;

/** The head at `k` ("deal", or "memorandum of understanding" ending at k+2); returns its last token index. */
function headEnd(tokens: Token[], k: number): number {
  const t = tokens[k]!;
  if (t.cap && !/^\p{Ll}/u.test(t.text)) return -1;
  if (t.lower === 'memorandum') return tokens[k + 1]?.lower === 'of' && tokens[k + 2]?.lower === 'understanding' ? k + 2 : k;
  if (t.lower === 'understanding' && tokens[k - 1]?.lower === 'of' && tokens[k - 2]?.lower === 'memorandum') return -1;
  return DESCRIBED_HEADS.has(t.lower) ? k : -1;
}

/** The subject after the head: "on the opening of an EU trade office", stopping at a clause or a party. */
function complementEnd(tokens: Token[], after: number): number {
  const opener = tokens[after]?.lower ?? '';
  const next = tokens[after + 1];
  // "a protocol of accession" (a bare noun after "of"), "a memorandum of understanding to expand port cooperation" (an infinitive).
  const ofNoun = opener === 'of' && next?.pos === 'NOUN' && /^\p{Ll}/u.test(next.text);
  const toVerb = opener === 'to' && next?.pos === 'VERB' && next.lemma === next.lower;
  if (!COMPLEMENT_OPENERS.test(opener) && !ofNoun && !toVerb) return -1;
  // "signed … on Monday", "on March 3", "for 10 years": a time, not a subject.
  const first = tokens[after + 1]?.lower ?? '';
  if (TIME_WORDS.has(first) || /^\d/.test(first) || /^(?:the\s+)?(?:same|next|previous|following)$/.test(first)) return -1;
  let k = after + 1;
  let last = -1;
  while (k < tokens.length && k - after <= MAX_COMPLEMENT) {
    const t = tokens[k]!;
    if (!/^[\p{L}\d$£€]/u.test(t.text) || (COMPLEMENT_STOPS.test(t.lower) && !(k === after + 1 && toVerb))) break;
    // "a deal to buy 20,000 tonnes": an infinitive with an amount is a purchase, not a subject.
    if (toVerb && /^\d/.test(t.text)) return -1;
    if (t.lower === 'and' && /(?:ed|s)$/.test(tokens[k + 1]?.lower ?? '') && !/ss$/.test(tokens[k + 1]?.lower ?? '')) break;
    if (!/^(?:the|a|an|of|and)$/.test(t.lower)) last = k;
    k++;
  }
  return last;
}

export function findDescribedAgreements(tokens: Token[], text: string, taken: readonly RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  const sentenceStart = tokens[0]?.start ?? 0;
  for (let k = 1; k < tokens.length; k++) {
    const end = headEnd(tokens, k);
    if (end === -1) continue;
    // Descriptors back to a determiner: "a long-term gas supply deal", "their footwear export agreement".
    let d = k - 1;
    while (
      d >= 0 &&
      k - d <= MAX_DESCRIPTORS &&
      !DETERMINERS.test(tokens[d]!.lower) &&
      DESCRIPTOR.test(tokens[d]!.text) &&
      !DESCRIBED_HEADS.has(tokens[d]!.lower)
    )
      d--;
    // "Peru's fisheries access agreement": a country's possessive determines the deal and names its holder.
    const owner =
      d >= 1 && /^['’]s?$/.test(tokens[d]!.lower) ? taken.find((m) => m.type === 'Country' && m.end === tokens[d - 1]!.end) : undefined;
    if (d < 0 || (!DETERMINERS.test(tokens[d]!.lower) && !owner)) continue;
    const descriptors = tokens.slice(d + 1, k).filter((t) => !EVALUATIVE_WORDS.has(t.lower));
    // "a memorandum of understanding to expand …": an infinitive names a bare head; after a description
    // ("a port access agreement to cut delays") it only says what the deal is for.
    const complement = descriptors.length > 0 && tokens[end + 1]?.lower === 'to' ? -1 : complementEnd(tokens, end + 1);
    const stop = complement === -1 ? end : complement;
    const before = text.slice(sentenceStart, tokens[d]!.start);
    const after = text.slice(tokens[stop]!.end, tokens[tokens.length - 1]!.end);
    const verb = CONCLUDING_VERBS.exec(before);
    // "is expected to strike a … pact", "will sign a … deal": planned, not done.
    const planned =
      verb &&
      /\b(?:to|will|would|could|may|might|should|must|can|cannot|not|never|n't)\s+(?:be\s+|have\s+)?$/i.test(before.slice(0, verb.index));
    // A description that makes the deal a prospect: "a proposed deal", "a draft accord".
    const prospective = tokens.slice(d + 1, k).some((t) => PROSPECTIVE.has(t.lower));
    // "Under an informal arrangement between …, A will …": the deal is in force.
    const under = /^\s*Under\s*$/.test(before) && !prospective;
    // A country's own described deal is one that exists ("Chile's fisheries access agreement"), unless it is proposed.
    const owned = !!owner && descriptors.length > 0 && !prospective && !planned;
    if ((!verb || planned) && !under && !owned && !CONCLUDED_AFTER.test(after)) continue;
    if (descriptors.length === 0 && complement === -1) continue;
    // Every descriptor a number or an amount ("a $3bn deal"): a size, not a description.
    if (
      complement === -1 &&
      descriptors.every((t) => /^[\d$£€]|^(?:one|two|three|four|five|six|seven|eight|nine|ten|several|both)$/.test(t.lower))
    )
      continue;
    const from = descriptors[0] ?? tokens[k]!;
    const start = from.start;
    const stopAt = tokens[stop]!.end;
    const headAt = tokens[end]!.end;
    if (
      taken.some(
        (m) =>
          (m.type === 'Agreement' && m.start < stopAt && start < m.end) ||
          ((m.type === 'Country' || (m.type === 'Organization' && !owner)) && m.start < headAt && start < m.end),
      )
    )
      continue;
    const described = [...descriptors.map((t) => t.text), text.slice(tokens[k]!.start, stopAt)].join(' ');
    const name = owner ? `${owner.text}'s ${described}` : described;
    out.push({
      type: 'Agreement',
      key: name,
      name,
      start,
      end: stopAt,
      text: text.slice(start, stopAt),
      sentence: tokens[k]!.sentence,
      form: 'description',
    });
    k = stop;
  }
  return out;
}

const BARE_HEADS = /^(?:agreement|accord|pact|deal|treaty)$/;
const HEADLINE_STOPS = /^(?:with|on|to|for|in|of|from|over|the|a|an|and|at|by|as|says|said|sees|set|new|major|big)$/;

/**
 * A document that names no agreement but whose central deal the text concludes: the wire headline's
 * deal ("U.S. SAYS MEXICO HONORING TOMATO PACT" → "tomato pact") when the body speaks of "the pact",
 * or else a bare "the accord", before any named one, that a verb concludes ("the accord was reached", "By signing the agreement").
 */
export function findDocumentDeal(sentences: Token[][], text: string, found: readonly { mentions: RawMention[] }[]): RawMention | undefined {
  const countryForms = countryGazetteer().forms;
  const named = found.findIndex((f) => f.mentions.some((m) => m.type === 'Agreement'));
  if (named === 0) return undefined;
  const bare = (tokens: Token[], k: number): boolean =>
    tokens[k - 1]?.lower === 'the' && BARE_HEADS.test(tokens[k]!.lower) && !tokens[k]!.cap;
  const headline = sentences[0] ?? [];
  const shouting = headline.length >= 3 && headline.every((t) => !/\p{Ll}/u.test(t.text));
  if (shouting) {
    const k = headline.findIndex((t) => BARE_HEADS.test(t.lower));
    const head = headline[k];
    const words: Token[] = [];
    for (let i = k - 1; i >= 0 && words.length < 2; i--) {
      const t = headline[i]!;
      if (
        HEADLINE_STOPS.test(t.lower) ||
        !/^\p{L}[\p{L}-]*$/u.test(t.text) ||
        /(?:[^s]s|ed|ing)$/.test(t.lower) ||
        countryForms.has(t.text) ||
        countryForms.has(t.text.charAt(0) + t.lower.slice(1))
      )
        break;
      words.unshift(t);
    }
    const referred = sentences.slice(1).some((tokens) => tokens.some((t, i) => bare(tokens, i)));
    if (head && words.length && referred && named === -1) {
      const name = [...words, head].map((t) => (/[aeiou]/.test(t.lower) ? t.lower : t.text)).join(' ');
      return {
        type: 'Agreement',
        key: name,
        name,
        start: words[0]!.start,
        end: head.end,
        text: text.slice(words[0]!.start, head.end),
        sentence: head.sentence,
        form: 'description',
      };
    }
  }
  // A bare "the accord" before any named agreement has no other antecedent.
  for (const tokens of sentences.slice(1, named === -1 ? undefined : named)) {
    const sentenceStart = tokens[0]?.start ?? 0;
    for (let k = 1; k < tokens.length; k++) {
      if (!bare(tokens, k)) continue;
      const before = text.slice(sentenceStart, tokens[k - 1]!.start);
      const after = text.slice(tokens[k]!.end, tokens[tokens.length - 1]!.end);
      const verb = CONCLUDING_VERBS.exec(before);
      const planned =
        verb &&
        /\b(?:to|will|would|could|may|might|should|must|can|cannot|not|never|n't)\s+(?:be\s+|have\s+)?$/i.test(before.slice(0, verb.index));
      const passive = CONCLUDED_AFTER.exec(after);
      const passivePlanned =
        /^\s*(?:,\s*)?(?:(?:which|that)\s+)?(?:will|would|could|may|might|should|must|can|is to|is expected to)\b/i.test(after);
      if (!((verb && !planned) || (passive && !passivePlanned))) continue;
      const t = tokens[k]!;
      return {
        type: 'Agreement',
        key: t.lower,
        name: t.lower,
        start: t.start,
        end: t.end,
        text: t.text,
        sentence: t.sentence,
        form: 'description',
      };
    }
  }
  return undefined;
}
