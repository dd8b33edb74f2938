/*
 * Extraction: `items.map(f)` that always returns a packed array. V8 gives `Array.prototype.map`'s
 * result a packed elements kind until the calling function is optimized, then a holey one; every
 * rule that was optimized on the packed arrays is then thrown away and optimized again, once per
 * thread. For arrays built once per document and read by many rules, that was a second of compile
 * time per extraction thread. A plain loop gives the same kind in every tier.
 */
export function packedMap<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i]!, i));
  return out;
}
