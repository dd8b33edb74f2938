/* Core: splits a document's text into runs of plain text, mentions and the highlighted evidence sentence. */

import type { DocumentMention } from '../../../ontology/api-types.js';

export interface Segment {
  text: string;
  start: number;
  mention: DocumentMention | null;
  inEvidence: boolean;
}

/** Overlapping mentions keep the first (longest at equal start); the evidence range may cut across mentions. */
export function documentSegments(text: string, mentions: DocumentMention[], evidence: { start: number; end: number } | null): Segment[] {
  const sorted = [...mentions]
    .filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DocumentMention[] = [];
  for (const m of sorted) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  const cuts = new Set<number>([0, text.length]);
  for (const m of kept) cuts.add(m.start).add(m.end);
  if (evidence) cuts.add(evidence.start).add(evidence.end);
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const segments: Segment[] = [];
  let k = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!,
      end = points[i + 1]!;
    while (k < kept.length && kept[k]!.end <= start) k++;
    const m = kept[k];
    const mention = m && m.start <= start && end <= m.end ? m : null;
    segments.push({
      text: text.slice(start, end),
      start,
      mention,
      inEvidence: !!evidence && start >= evidence.start && end <= evidence.end,
    });
  }
  return segments;
}

/** Finds a sentence in the text, tolerant of whitespace differences; null when absent. */
export function findSentence(text: string, sentence: string): { start: number; end: number } | null {
  const exact = text.indexOf(sentence);
  if (exact >= 0) return { start: exact, end: exact + sentence.length };
  const words = sentence
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words.length) return null;
  const match = new RegExp(words.join('\\s+')).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
