/* Lexicon: head words of agreements, and the lower-case descriptions that refer back to one. */

/** Capitalised heads that end an agreement's name ("… Partnership", "… Action Plan"). */
export const AGREEMENT_HEADS = new Set([
  'agreement',
  'agreements',
  'partnership',
  'pact',
  'accord',
  'accords',
  'treaty',
  'plan',
  'deal',
  'framework',
  'convention',
  'protocol',
  'charter',
  'declaration',
  'arrangement',
  'compact',
  'memorandum',
  'understanding',
  'initiative',
  'roadmap',
  'act',
]);

/** Heads strong enough to make an agreement even after a lower-case description. */
export const DESCRIPTIVE_HEADS = /^(agreement|pact|accord|treaty|deal|partnership)$/;

/** Words that may sit between a party list and the head: "U.S.-Mexico-Canada free trade agreement". */
export const AGREEMENT_MODIFIERS = new Set([
  'free',
  'trade',
  'economic',
  'strategic',
  'comprehensive',
  'partnership',
  'investment',
  'security',
  'bilateral',
  'trilateral',
  'cooperation',
  'co-operation',
  'action',
  'tax',
  'customs',
  'defence',
  'defense',
  'association',
  'preferential',
  'framework',
  'digital',
  'climate',
  'energy',
  'minerals',
  'critical',
  'supply',
  'chain',
  'mutual',
  'recognition',
  'reciprocal',
  'tariff',
  'market',
  'access',
]);

/** Words that on their own do not name an agreement ("the Act" in "the Trade Act" is fine, "Act" is not). */
export const WEAK_AGREEMENT_HEADS = new Set(['plan', 'act', 'initiative', 'framework', 'roadmap', 'understanding', 'deal', 'declaration']);

/** Lower-case heads of an unnamed deal described by the text ("a gas supply deal", "accords covering …"). */
export const DESCRIBED_HEADS = new Set([
  'agreement',
  'agreements',
  'accord',
  'accords',
  'deal',
  'deals',
  'pact',
  'pacts',
  'treaty',
  'treaties',
  'protocol',
  'protocols',
  'understanding',
  'memorandum',
  'arrangement',
  'convention',
]);

/** Verbs that make a described deal a done one when they govern it ("signed a …", "sealed a …"). */
export const CONCLUDING_VERBS =
  /\b(?:sign(?:ed|s|ing)?|seal(?:ed|s|ing)?|ink(?:ed|s)?|conclud(?:ed|es|ing)|clinch(?:ed|es)?|struck|strike|reach(?:ed|es)?|agreed(?:\s+(?:on|to))?|initial(?:l)?ed|ratif(?:ied|ies|y)|renew(?:ed|s)?|extend(?:ed|s)?|revis(?:ed|es)|finali[sz]ed|won|wins)\s+(?:(?:and|or)\s+\w+\s+)?$/i;

/** Passive after the description: "a two billion euro accord signed in Lisbon", "the pact, which was agreed". */
export const CONCLUDED_AFTER =
  /^\s*(?:,\s*)?(?:(?:which|that)\s+)?(?:(?:was|were|has been|had been|is)\s+)?(?:signed|sealed|inked|concluded|clinched|struck|reached|agreed|initial(?:l)?ed|ratified)\b/i;

/** Words that describe a deal's standing, not what it is about: dropped from the name ("a new gas deal" → "gas deal"). */
export const EVALUATIVE_WORDS = new Set([
  'new',
  'landmark',
  'historic',
  'major',
  'formal',
  'broad',
  'first',
  'key',
  'important',
  'final',
  'long-awaited',
  'so-called',
  'revised',
  'original',
  'similar',
  'separate',
  'big',
  'huge',
  'significant',
  'initial',
  'latest',
  'controversial',
  'proposed',
  'draft',
  'tentative',
  'possible',
  'potential',
  'planned',
  'reported',
  'such',
  'same',
]);

/** Words after a head that open its subject: "an agreement on …", "a protocol for …", "accords covering …". */
export const COMPLEMENT_OPENERS = /^(?:on|for|covering|concerning|regarding)$/;
