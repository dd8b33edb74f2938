/* Extraction stage 5k: products named as the object of trade ("exports of soybeans", "buy American aircraft"). */

import { defineFamily } from '../rule-family.js';
import type { RelationContext, RelationDraft } from '../../types.js';
import { upsertEntity } from '../../upsert-entity.js';
import { findProducts } from '../../find-products.js';

const TRADE_CUE = /\b(export\w*|import\w*|purchases?|shipments?|shipped|buy\w*|bought|sell\w*|sold|tariffs?|duties|duty|levy|traded?|trading|supplier|producers?|quotas?|sanctions|embargo)\b/i;

/** Adds Product entities for goods named in trade sentences; states no relation by itself. */
export function findTradedProducts({ views, entities, docId }: RelationContext): RelationDraft[] {
  for (const view of views) {
    const cue = TRADE_CUE.exec(view.sentence.text);
    if (!cue) continue;
    for (const p of findProducts(view.sentence.text, view.sentence.start)) {
      if (view.mentions.some((m) => m.start <= p.start && p.end <= m.end && m.type !== 'Tariff')) continue;
      upsertEntity(entities, view, docId, { type: 'Product', key: p.name, name: p.name, start: p.start, end: p.end });
    }
  }
  return [];
}

export const tradedProductRules = defineFamily({
  family: 'products',
  rules: [

  ],
  find: findTradedProducts,
});
