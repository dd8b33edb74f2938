/* Lexicon: head words of agreements, and the lower-case descriptions that refer back to one. */

/** Capitalised heads that end an agreement's name ("… Partnership", "… Action Plan"). */
export const AGREEMENT_HEADS = new Set([
  'agreement', 'agreements', 'partnership', 'pact', 'accord', 'accords', 'treaty', 'plan', 'deal',
  'framework', 'convention', 'protocol', 'charter', 'declaration', 'arrangement', 'compact', 'memorandum',
  'understanding', 'initiative', 'roadmap', 'act',
]);

/** Heads strong enough to make an agreement even after a lower-case description. */
export const DESCRIPTIVE_HEADS = /^(agreement|pact|accord|treaty|deal|partnership)$/;

/** Words that may sit between a party list and the head: "U.S.-Mexico-Canada free trade agreement". */
export const AGREEMENT_MODIFIERS = new Set([
  'free', 'trade', 'economic', 'strategic', 'comprehensive', 'partnership', 'investment', 'security',
  'bilateral', 'trilateral', 'cooperation', 'co-operation', 'action', 'tax', 'customs', 'defence',
  'defense', 'association', 'preferential', 'framework', 'digital', 'climate', 'energy', 'minerals',
  'critical', 'supply', 'chain', 'mutual', 'recognition', 'reciprocal', 'tariff', 'market', 'access',
]);

/** Words that on their own do not name an agreement ("the Act" in "the Trade Act" is fine, "Act" is not). */
export const WEAK_AGREEMENT_HEADS = new Set(['plan', 'act', 'initiative', 'framework', 'roadmap', 'understanding', 'deal', 'declaration']);
