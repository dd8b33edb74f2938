/* Extraction: one good, one node — a bare product form ("cement", "olive oil") joins the one fuller form
   of the same document that ends in it ("softwood lumber", "frozen concentrated orange juice"). */

import type { ExtractedEntity } from '../../ontology/index.js';
import type { RelationDraft, SentenceView } from './types.js';

/** Class words that name the same class of goods ("farm products" = "agricultural products"). */
const SYNONYM_MODIFIERS: [RegExp, string][] = [[/^farm /, 'agricultural ']];

/** Merges bare product forms into their document's unique fuller form; rewrites draft ends and mentions. */
export function mergeProductForms(entities: Map<string, ExtractedEntity>, drafts: RelationDraft[], views: SentenceView[]): void {
  const products = [...entities.values()].filter((e) => e.type === 'Product');
  const into = new Map<string, ExtractedEntity>();
  for (const short of products) {
    const lower = short.name.toLowerCase();
    // "white cement" ends in "cement"; a closed compound too: "shellfish" ends in "fish".
    let longer = products.filter(
      (e) =>
        e !== short &&
        (e.name.toLowerCase().endsWith(` ${lower}`) ||
          (/^[a-z]{3,}$/.test(e.name.slice(0, -lower.length)) && e.name.toLowerCase().endsWith(lower) && lower.length >= 4)),
    );
    if (longer.length === 0) {
      const synonym = SYNONYM_MODIFIERS.reduce((n, [re, to]) => n.replace(re, to), lower);
      if (synonym !== lower) longer = products.filter((e) => e !== short && e.name.toLowerCase() === synonym);
    }
    // Two fuller forms ("crude oil", "palm oil") leave the bare form ambiguous: keep it.
    if (longer.length === 1) into.set(short.id, longer[0]!);
  }
  for (const [id, target0] of into) {
    let target = target0;
    while (into.has(target.id)) target = into.get(target.id)!;
    const short = entities.get(id)!;
    for (const a of [short.name, ...short.aliases]) if (a !== target.name && !target.aliases.includes(a)) target.aliases.push(a);
    target.mentions = [...(target.mentions ?? []), ...(short.mentions ?? [])];
    entities.delete(id);
    for (const d of drafts) {
      if (d.source === id) d.source = target.id;
      if (d.target === id) d.target = target.id;
    }
    for (const v of views)
      for (const m of v.mentions)
        if (m.entityId === id) {
          m.entityId = target.id;
          m.name = target.name;
        }
  }
}
