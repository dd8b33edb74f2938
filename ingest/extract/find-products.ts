/* Extraction: product and sector words in a span of text (longest lexicon form first). */

import { GENERIC_PRODUCTS, PRODUCTS } from './lexicons/products.js';

export interface ProductHit {
  name: string;
  start: number;
  end: number;
}

const FORMS = Object.keys(PRODUCTS).sort((a, b) => b.length - a.length);
const PATTERN = new RegExp(`\\b(${FORMS.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'g');

/** Products named in `text`, which starts at absolute offset `offset`. */
export function findProducts(text: string, offset: number): ProductHit[] {
  const hits: ProductHit[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const name = PRODUCTS[m[1]!]!;
    if (GENERIC_PRODUCTS.has(name)) continue;
    hits.push({ name, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return hits;
}

/** The canonical product for a phrase that is exactly a lexicon form ("car" → cars), or null. */
export function productName(phrase: string): string | null {
  const name = PRODUCTS[phrase] ?? PRODUCTS[phrase.toLowerCase()];
  return name && !GENERIC_PRODUCTS.has(name) ? name : null;
}
