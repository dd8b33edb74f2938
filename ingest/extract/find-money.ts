/* Extraction: a money amount in text — "$40.5 billion", "50 million euros", "C$30 billion". */

export interface Money {
  amount: number;
  currency: string;
  start: number;
  end: number;
}

const SCALE: Record<string, number> = { trillion: 1e12, billion: 1e9, bn: 1e9, million: 1e6, mn: 1e6, m: 1e6, thousand: 1e3 };
const SYMBOL: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  'U.S.$': 'USD',
  C$: 'CAD',
  CA$: 'CAD',
  A$: 'AUD',
  NZ$: 'NZD',
  HK$: 'HKD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  R$: 'BRL',
};
const NAMED: [RegExp, string][] = [
  [/canadian dollars?/i, 'CAD'],
  [/australian dollars?/i, 'AUD'],
  [/(?:u\.?s\.? )?dollars?/i, 'USD'],
  [/euros?/i, 'EUR'],
  [/pounds?(?: sterling)?/i, 'GBP'],
  [/yen/i, 'JPY'],
  [/yuan|renminbi/i, 'CNY'],
  [/won/i, 'KRW'],
  [/rupees?/i, 'INR'],
  [/pesos?/i, 'MXN'],
  [/reais|reals?/i, 'BRL'],
];
const AMOUNT =
  /(US\$|U\.S\.\$|C\$|CA\$|A\$|NZ\$|HK\$|R\$|\$|€|£|¥)?\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(trillion|billion|million|thousand|bn|mn|m)?\b(?:\s+((?:canadian |australian |u\.?s\.? )?dollars?|euros?|pounds?(?: sterling)?|yen|yuan|renminbi|won|rupees?|pesos?|reais))?/gi;

/** Every amount with a currency in `text` (absolute offsets from `offset`). */
export function findMoney(text: string, offset: number): Money[] {
  const out: Money[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const symbol = m[1];
    const named = m[4];
    if (!symbol && !named) continue;
    if (!m[3] && !symbol) continue;
    const value = Number(m[2]!.replace(/,/g, '')) * (m[3] ? SCALE[m[3].toLowerCase()]! : 1);
    const currency = symbol
      ? (SYMBOL[symbol.toUpperCase()] ?? SYMBOL[symbol] ?? 'USD')
      : (NAMED.find(([re]) => re.test(named!))?.[1] ?? 'USD');
    out.push({ amount: value, currency, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}
