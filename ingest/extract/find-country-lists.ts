/* Extraction stage 3c: hyphenated country lists ("U.S.-Mexico-Canada") and the agreements they name. */

import type { RawMention, Token } from './types.js';
import { countryGazetteer } from './country-gazetteer.js';
import { AGREEMENT_HEADS, AGREEMENT_MODIFIERS, DESCRIPTIVE_HEADS } from './lexicons/agreement-words.js';

/** Splits "United States-Mexico-Canada" (the first token may be preceded by "United") into countries. */
function readList(
  tokens: Token[],
  at: number,
): { from: number; parts: { iso2: string; start: number; end: number; demonym: boolean }[] } | null {
  const t = tokens[at]!;
  if (!t.text.includes('-') || !t.cap) return null;
  const g = countryGazetteer();
  let from = at;
  let offset = t.start;
  let pieces = t.text.split('-');
  const prev = tokens[at - 1];
  // "United States-Mexico" and "Canada-United States-Mexico": the list spans a space.
  if (prev && prev.cap && prev.end + 1 === t.start) {
    const joined = `${prev.text} ${t.text}`.split('-');
    if (joined.length >= 2 && joined.every((p) => g.forms.has(p) || g.forms.has(`${p}.`))) {
      from = at - 1;
      offset = prev.start;
      pieces = joined;
    }
  }
  const parts: { iso2: string; start: number; end: number; demonym: boolean }[] = [];
  for (const piece of pieces) {
    const hit = g.forms.get(piece) ?? g.forms.get(`${piece}.`);
    // "U.S.-Peruvian": a demonym may stand beside a name; two demonyms ("Peruvian-American") describe people.
    if (!hit || (hit.form !== 'name' && hit.form !== 'demonym')) return null;
    parts.push({ iso2: hit.iso2, start: offset, end: offset + piece.length, demonym: hit.form === 'demonym' });
    offset += piece.length + 1;
  }
  const distinct = new Set(parts.map((p) => p.iso2)).size === parts.length;
  return parts.length >= 2 && distinct && parts.some((p) => !p.demonym) ? { from, parts } : null;
}

/** Lower-case heads after a party list: the strong agreement heads, and "alliance" ("the U.S.-Peru alliance" binds its two states). */
const isListHead = (word: string): boolean => DESCRIPTIVE_HEADS.test(word) || word === 'alliance';

const titleCase = (s: string): string => s.replace(/(^|\s)(\p{Ll})/gu, (_m, d: string, c: string) => d + c.toUpperCase());

export function findCountryLists(tokens: Token[], text: string): RawMention[] {
  const g = countryGazetteer();
  const out: RawMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const list = readList(tokens, i);
    if (!list) continue;
    for (const p of list.parts) {
      out.push({
        type: 'Country',
        key: p.iso2,
        name: g.byIso2.get(p.iso2)?.name ?? p.iso2,
        start: p.start,
        end: p.end,
        text: text.slice(p.start, p.end),
        sentence: tokens[i]!.sentence,
        form: p.demonym ? 'demonym' : 'name',
      });
    }
    // "the Iran-Iraq war": a named war between the listed countries is an Event.
    if (/^(?:war|conflict)$/.test(tokens[i + 1]?.lower ?? '')) {
      const start = tokens[list.from]!.start;
      const end = tokens[i + 1]!.end;
      const name = `${text.slice(start, tokens[i]!.end)} ${tokens[i + 1]!.lower}`;
      out.push({ type: 'Event', key: name, name, start, end, text: text.slice(start, end), sentence: tokens[i]!.sentence, form: 'name' });
      continue;
    }
    // Following words up to the last agreement head: "free trade agreement", "Economic Partnership Agreement".
    let best = -1;
    for (
      let k = i + 1;
      k < tokens.length &&
      k - i <= 5 &&
      (AGREEMENT_MODIFIERS.has(tokens[k]!.lower) || AGREEMENT_HEADS.has(tokens[k]!.lower) || isListHead(tokens[k]!.lower));
      k++
    ) {
      if (isListHead(tokens[k]!.lower) || (tokens[k]!.cap && AGREEMENT_HEADS.has(tokens[k]!.lower))) best = k;
      // a lower-case head ends the name unless another head follows ("free trade agreement").
      if (best === k && !tokens[k]!.cap && !isListHead(tokens[k + 1]?.lower ?? '')) break;
    }
    if (best !== -1) {
      const start = tokens[list.from]!.start;
      const end = tokens[best]!.end;
      const surface = text.slice(start, end);
      const listText = list.parts.map((p) => g.byIso2.get(p.iso2)?.name ?? p.iso2).join('-');
      const tail = tokens
        .slice(i + 1, best + 1)
        .map((t) => t.text)
        .join(' ');
      const name = `${listText} ${titleCase(tail)}`;
      out.push({
        type: 'Agreement',
        key: name,
        name,
        start,
        end,
        text: surface,
        sentence: tokens[i]!.sentence,
        form: 'name',
        parties: list.parts.map((p) => p.iso2),
      });
    }
  }
  return out;
}
