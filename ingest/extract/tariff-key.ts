/* Extraction: a tariff's canonical key — rate, kind, product and target — so rephrasings are one node. */

/**
 * "50% tariff on Canadian steel" and "a 50 percent tariff on steel from Canada" → "50% tariff on steel against CA";
 * a quoted kind ("fentanyl tariff") replaces "tariff"; `what` is the product or a generic phrase ("goods").
 */
export function tariffKey(rate: number, kind: string | undefined, what: string | undefined, targetId: string | undefined): string {
  const target = targetId ? ` against ${targetId.replace(/^country:/, '')}` : '';
  return `${rate}% ${(kind ?? 'tariff').toLowerCase()}${what ? ` on ${what.toLowerCase()}` : ''}${target}`;
}
