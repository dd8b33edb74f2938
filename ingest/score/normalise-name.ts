/* Scoreboard: the name two entities are compared by (accents, case, punctuation, "per cent", plurals of tariff/duty, a leading "the"). */

/** "The U.S. tariffs" → "us tariff"; "10 per cent" → "10 percent"; null → "". */
export function normaliseName(s: unknown): string {
  if (s === null || s === undefined) return '';
  let t = String(s)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  t = t.replace(/&/g, ' and ');
  t = t.replace(/%/g, ' percent ');
  t = t.replace(/\bper\s+cent\b/g, 'percent').replace(/\bpct\b/g, 'percent');
  t = t.replace(/[.'\u2019\u2018`]/g, ''); // U.S. → us, Japan's → japans
  t = t.replace(/[^\p{L}\p{N}\s]/gu, ' '); // other punctuation → space
  t = t.replace(/\btariffs\b/g, 'tariff').replace(/\bduties\b/g, 'duty');
  t = t.replace(/\s+/g, ' ').trim();
  t = t.replace(/^the /, '');
  return t;
}
