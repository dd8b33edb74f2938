/* Extraction stage 2a: split normalized text into sentences with absolute offsets. */

import type { Sentence } from './types.js';

/** Words whose trailing period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'gen',
  'gov',
  'sen',
  'rep',
  'lt',
  'col',
  'prof',
  'no',
  'inc',
  'corp',
  'ltd',
  'co',
  'vs',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'a.m',
  'p.m',
  'd.c',
  'etc',
  'approx',
  'est',
  'fig',
  'mt',
  'ft',
]);
/** Capitalised words that, after "U.S.", still start a new sentence. */
const STARTERS = /^(The|It|He|She|They|We|But|And|A|An|In|On|This|That|These|Those|Its|Their|His|Her|I)\b/;

function endsSentence(text: string, dot: number, nextWord: string): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(0, dot));
  const word = (before?.[1] ?? '').toLowerCase();
  if (/^\p{Lu}$/u.test(before?.[1] ?? '') && !/^[A-Z]\.$/.test(nextWord)) return false; // initial "J."
  if (/^\p{Lu}$/u.test(before?.[1] ?? '')) return false;
  if (ABBREVIATIONS.has(word)) return word.includes('.') ? STARTERS.test(nextWord) : false;
  if (/^(?:[a-z]\.)+[a-z]$/.test(word)) return STARTERS.test(nextWord);
  return true;
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const boundary = /[.!?]+["')\]]*\s+(?=["'([]?[\p{Lu}\p{N}])/gu;
    let from = 0;
    for (let m = boundary.exec(line); m; m = boundary.exec(line)) {
      const dot = m.index;
      const nextWord = line.slice(m.index + m[0].length).split(/\s/)[0] ?? '';
      if (line[dot] === '.' && !endsSentence(line, dot, nextWord)) continue;
      push(lineStart + from, lineStart + m.index + m[0].length);
      from = m.index + m[0].length;
    }
    push(lineStart + from, lineStart + line.length);
    lineStart += line.length + 1;
  }
  return sentences;
}
