/* Extraction: a tariff's canonical key — rate, kind, product, target and imposer — so rephrasings are one node
   and two imposers' measures are two. */

/**
 * "50% tariff on Canadian steel" and "a 50 percent tariff on steel from Canada" → "50% tariff on steel against CA";
 * a quoted kind ("fentanyl tariff") replaces "tariff"; `what` is the product or a generic phrase ("goods");
 * a tariff with no stated rate has none in its key ("tariff on coffee").
 */
export function tariffKey(
  rate: number | undefined,
  kind: string | undefined,
  what: string | undefined,
  targetId: string | undefined,
): string {
  const target = targetId ? ` against ${targetId.replace(/^country:/, '')}` : '';
  return `${rate === undefined ? '' : `${rate}% `}${(kind ?? 'tariff').toLowerCase()}${what ? ` on ${what.toLowerCase()}` : ''}${target}`;
}

/** The imposer's part of a key: "country:US" → " by US". */
function imposerSuffix(imposerId: string): string {
  return ` by ${imposerId.replace(/^[a-z]+:/, '')}`;
}

/**
 * One document's keys: a mention whose imposer is not stated belongs to the measure of the one imposer seen with
 * the same base key in the document; with none or several, it keeps the bare base.
 */
export function resolveTariffKeys(found: readonly { base: string; imposer: string | undefined }[]): string[] {
  const imposers = new Map<string, Set<string>>();
  for (const f of found) if (f.imposer) (imposers.get(f.base) ?? imposers.set(f.base, new Set()).get(f.base)!).add(f.imposer);
  return found.map((f) => {
    const seen = imposers.get(f.base);
    const imposer = f.imposer ?? (seen?.size === 1 ? [...seen][0] : undefined);
    return imposer ? f.base + imposerSuffix(imposer) : f.base;
  });
}
