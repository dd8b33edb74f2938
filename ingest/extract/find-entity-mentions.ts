/* Extraction stage 3: every named mention of one sentence (countries, people, orgs, agreements, places). */

import type { RawMention, Token } from './types.js';
import { classifyRun, type NameCandidate } from './classify-run.js';
import { findCountryLists } from './find-country-lists.js';
import { findProperRuns } from './find-proper-runs.js';

export interface SentenceMentions {
  mentions: RawMention[];
  candidates: NameCandidate[];
  /** Acronym → the mention it abbreviates ("United States-Mexico-Canada Agreement (USMCA)"). */
  acronyms: Map<string, RawMention>;
}

const ACRONYM = /^[\p{Lu}][\p{Lu}\d&-]{1,9}$/u;

export function findEntityMentions(tokens: Token[], text: string): SentenceMentions {
  const lists = findCountryLists(tokens, text);
  const claimed = lists.filter((m) => m.type === 'Agreement');
  const mentions: RawMention[] = [...lists];
  const candidates: NameCandidate[] = [];
  for (const run of findProperRuns(tokens)) {
    const start = tokens[run.from]!.start;
    const end = tokens[run.to - 1]!.end;
    if (claimed.some((c) => c.start <= start && end <= c.end + 1)) continue;
    const reading = classifyRun(tokens, run, text);
    for (const m of reading.mentions) {
      if (!mentions.some((o) => o.start === m.start && o.end === m.end && o.type === m.type)) mentions.push(m);
    }
    candidates.push(...reading.candidates);
  }
  const acronyms = new Map<string, RawMention>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.text !== '(' || tokens[i + 2]!.text !== ')' || !ACRONYM.test(tokens[i + 1]!.text)) continue;
    const before = tokens[i - 1];
    if (!before) continue;
    const target = mentions
      .filter((m) => m.end === before.end && (m.type === 'Agreement' || m.type === 'Organization' || m.type === 'Event'))
      .sort((a, b) => a.start - b.start)[0];
    if (target) {
      target.acronym = tokens[i + 1]!.text;
      acronyms.set(target.acronym, target);
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions, candidates, acronyms };
}
