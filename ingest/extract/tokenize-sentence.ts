/* Extraction stage 2b: tokens of one sentence (words, abbreviations, possessives, punctuation). */

import type { Sentence, Token } from './types.js';

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:(?:\.-|[.'&-])[\p{L}\p{N}\p{M}]+)*\.?|\S/gu;
const MASK = /\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w.-]+\.(?:com|org|net|gov|ca|mx)\/\S*|\b\S+@\S+\.\w+|@\w+/gi;
const ABBREVIATED = /(?:^|-)(?:\p{L}\.){2,}$|^\p{Lu}\.$|^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Prof|Inc|Corp|Ltd)\.$/u;

function make(sentence: Sentence, text: string, start: number, masked: boolean): Token {
  const abs = sentence.start + start;
  const cap = /^\p{Lu}/u.test(text);
  return { text, lower: text.toLowerCase(), start: abs, end: abs + text.length, sentence: sentence.index, cap, masked };
}

export function tokenizeSentence(sentence: Sentence): Token[] {
  const masks: [number, number][] = [];
  for (const m of sentence.text.matchAll(MASK)) masks.push([m.index, m.index + m[0].length]);
  const isMasked = (at: number): boolean => masks.some(([s, e]) => at >= s && at < e);
  const tokens: Token[] = [];
  for (const m of sentence.text.matchAll(TOKEN)) {
    let text = m[0];
    let at = m.index;
    const masked = isMasked(at);
    let trailingDot = false;
    if (text.length > 1 && text.endsWith('.') && !ABBREVIATED.test(text)) {
      text = text.slice(0, -1);
      trailingDot = true;
    }
    // "UN-led", "Canada-based": split a capitalised head from a lower-case suffix.
    const suffix =
      /^(\p{Lu}[\p{L}.]*)(-(?:led|based|born|made|owned|backed|funded|bound|style|era|linked|listed|run|brokered|sponsored|related|focused|specific|wide|level|friendly|controlled|dominated|affiliated|aligned|registered|headquartered|operated|financed|listed)\b[\p{L}-]*)$/u.exec(
        text,
      );
    const possessive = /^(.+?)('s?)$/u.exec(text);
    if (suffix && !masked) {
      tokens.push(make(sentence, suffix[1]!, at, masked));
      tokens.push(make(sentence, suffix[2]!, at + suffix[1]!.length, masked));
    } else if (possessive && text.includes("'") && !masked) {
      tokens.push(make(sentence, possessive[1]!, at, masked));
      tokens.push(make(sentence, possessive[2]!, at + possessive[1]!.length, masked));
    } else tokens.push(make(sentence, text, at, masked));
    at += text.length;
    if (trailingDot) tokens.push(make(sentence, '.', at, masked));
  }
  return tokens;
}
