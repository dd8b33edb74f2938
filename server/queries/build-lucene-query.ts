/* Server queries: user text → a Lucene query (exact, prefix and fuzzy per term), specials escaped. */

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

/**
 * Every term must match, exactly (boosted) or as a prefix; with `fuzzy`, longer terms may also
 * match within one edit (slower: search asks for it only when prefixes find too little).
 */
export function buildLuceneQuery(text: string, { fuzzy = true }: { fuzzy?: boolean } = {}): string | undefined {
  const terms = text
    .toLowerCase()
    .split(/[\s,;]+/)
    .map((t) => t.replace(SPECIAL, ''))
    .filter((t) => t.length > 0)
    .slice(0, 8);
  if (!terms.length) return undefined;
  const clauses = terms.map((t) => {
    const e = escapeLucene(t);
    const parts = [`${e}^3`, `${e}*^2`];
    if (fuzzy && t.length >= 4) parts.push(`${e}~1`);
    return `(${parts.join(' OR ')})`;
  });
  const phrase = terms.length > 1 ? ` OR "${terms.map(escapeLucene).join(' ')}"^6` : '';
  return `(${clauses.join(' AND ')})${phrase}`;
}
