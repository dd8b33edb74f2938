/* Extraction stage 3d: unnamed deals the text signs or agrees, named by the text's own descriptor
   ("signed a gas supply deal" → "gas supply deal", "a memorandum of understanding on fisheries co-operation"). */

import type { RawMention, Token } from './types.js';
import { MONTHS, WEEKDAYS } from './lexicons/stop-words.js';
import { COMPLEMENT_OPENERS, CONCLUDED_AFTER, CONCLUDING_VERBS, DESCRIBED_HEADS, EVALUATIVE_WORDS } from './lexicons/agreement-words.js';

const DETERMINERS = /^(?:a|an|the|their|its|this|that|his|her|our|these|those)$/;
/** Words that close a description after the head: a clause, a party ("with", "between"), a time or place. */
const COMPLEMENT_STOPS = /^(?:with|between|among|that|which|who|whose|was|were|is|are|will|would|could|can|may|has|have|had|signed|sealed|agreed|reached|here|there|last|next|this|by|under|at|in|after|before|worth|when|while|to|from|said|says|but|or|as|if|since|until|earlier|later|today|yesterday|on)$/;
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

/** The subject after the head: "on the establishment of an EC office", stopping at a clause or a party. */
function complementEnd(tokens: Token[], after: number): number {
  if (!COMPLEMENT_OPENERS.test(tokens[after]?.lower ?? '')) return -1;
  // "signed … on Monday", "on March 3", "for 10 years": a time, not a subject.
  const first = tokens[after + 1]?.lower ?? '';
  if (TIME_WORDS.has(first) || /^\d/.test(first) || /^(?:the\s+)?(?:same|next|previous|following)$/.test(first)) return -1;
  let k = after + 1;
  let last = -1;
  while (k < tokens.length && k - after <= MAX_COMPLEMENT) {
    const t = tokens[k]!;
    if (!/^[\p{L}\d$£€]/u.test(t.text) || COMPLEMENT_STOPS.test(t.lower)) break;
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
    // Descriptors back to a determiner: "a long-term oil supply deal", "their textile export agreement".
    let d = k - 1;
    while (d >= 0 && k - d <= MAX_DESCRIPTORS && !DETERMINERS.test(tokens[d]!.lower) && DESCRIPTOR.test(tokens[d]!.text) && !DESCRIBED_HEADS.has(tokens[d]!.lower)) d--;
    if (d < 0 || !DETERMINERS.test(tokens[d]!.lower)) continue;
    const descriptors = tokens.slice(d + 1, k).filter((t) => !EVALUATIVE_WORDS.has(t.lower));
    const complement = complementEnd(tokens, end + 1);
    const stop = complement === -1 ? end : complement;
    const before = text.slice(sentenceStart, tokens[d]!.start);
    const after = text.slice(tokens[stop]!.end, tokens[tokens.length - 1]!.end);
    const verb = CONCLUDING_VERBS.exec(before);
    // "is expected to strike a … pact", "will sign a … deal": planned, not done.
    const planned = verb && /\b(?:to|will|would|could|may|might|should|must|can|cannot|not|never|n't)\s+(?:be\s+|have\s+)?$/i.test(before.slice(0, verb.index));
    // "Under a verbal understanding between …, A will …": the deal is in force.
    const under = /^\s*Under\s*$/.test(before) && !descriptors.some((t) => PROSPECTIVE.has(t.lower)) && !tokens.slice(d + 1, k).some((t) => PROSPECTIVE.has(t.lower));
    if ((!verb || planned) && !under && !CONCLUDED_AFTER.test(after)) continue;
    if (descriptors.length === 0 && complement === -1) continue;
    // Every descriptor a number or an amount ("a $3bn deal"): a size, not a description.
    if (complement === -1 && descriptors.every((t) => /^[\d$£€]|^(?:one|two|three|four|five|six|seven|eight|nine|ten|several|both)$/.test(t.lower))) continue;
    const from = descriptors[0] ?? tokens[k]!;
    const start = from.start;
    const stopAt = tokens[stop]!.end;
    const headAt = tokens[end]!.end;
    if (taken.some((m) => (m.type === 'Agreement' && m.start < stopAt && start < m.end) || ((m.type === 'Country' || m.type === 'Organization') && m.start < headAt && start < m.end))) continue;
    const name = [...descriptors.map((t) => t.text), text.slice(tokens[k]!.start, stopAt)].join(' ');
    out.push({ type: 'Agreement', key: name, name, start, end: stopAt, text: text.slice(start, stopAt), sentence: tokens[k]!.sentence, form: 'description' });
    k = stop;
  }
  return out;
}
