/* Extraction: "both countries", "the two nations", "both sides" → the two countries they stand for. */

import type { SentenceView } from './types.js';

/** A phrase that refers back to two countries, as a regex source (no anchors). */
export const COUNTRY_PAIR = String.raw`(?:both\s+(?:countries|nations|sides|governments|economies|allies|neighbou?rs)|the\s+two\s+(?:countries|nations|sides|governments|economies|allies|neighbou?rs|trading partners|partners))`;

/**
 * The two countries a pair phrase at `offset` in sentence `index` stands for: the distinct countries
 * named before it in that sentence and the two before; when more than two, the two the document names
 * most often; when fewer, the document's two most-named countries.
 */
export function countryPairAt(views: SentenceView[], index: number, offset: number): [string, string] | null {
  const counts = new Map<string, number>();
  for (const v of views) for (const m of v.mentions) if (m.type === 'Country') counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  const byCount = (a: string, b: string): number => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b);
  const window: string[] = [];
  for (let i = index; i >= Math.max(0, index - 2); i--) {
    const ms = views[i]!.mentions.filter((m) => m.type === 'Country' && (i < index || m.end <= offset));
    for (const m of [...ms].reverse()) if (!window.includes(m.entityId)) window.push(m.entityId);
  }
  const pick = window.length >= 2 ? window.sort(byCount) : [...counts.keys()].sort(byCount);
  return pick.length >= 2 ? [pick[0]!, pick[1]!] : null;
}
