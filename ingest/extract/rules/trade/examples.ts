/* Examples for the trade rules: texts that must / must not yield a relation credited to each rule. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'trade.trade-between': {
    match: ['Trade between Chile and Peru reached $4 billion in 2023.', 'Annual commerce between Kenya and Uganda grew sharply last year.'],
    noMatch: ['Relations between Chile and Peru improved last year.'],
  },
  'trade.hyphenated-trade': {
    match: [
      'Chile-Peru trade rose 12 percent last year.',
      'Kenya-Uganda bilateral trade is worth $1 billion a year.',
      'The third Chile-Peru Economic Policy Dialogue was held in Lima.',
    ],
    noMatch: ['Chile-Peru relations improved last year.', 'The Chile-Peru border dispute flared.'],
  },
  'trade.possessive-exports-to': {
    match: [
      "Chile's exports to Peru rose 8 percent in 2022.",
      "Kenya's trade with Uganda doubled over five years.",
      'Danish pigmeat exports to Canada were worth 90 mln crowns.',
    ],
    noMatch: [
      "Chile's ambassador to Peru was recalled on Monday.",
      // A trade balance is the balance rule.
      "Australia's trade surplus with Japan narrowed in March.",
    ],
  },
  'trade.possessive-balance-with': {
    match: [
      "Australia's trade surplus with Japan narrowed in March.",
      "Germany's trade deficit with China widened to a record last year.",
      'Officials said a U.S. trade deficit with Japan hit 50 billion dlrs.',
    ],
    noMatch: [
      "Australia's exports to Japan rose in March.",
      'Officials said the trade deficit hit 50 billion U.S. dlrs with rising imports.',
    ],
  },
  'trade.shipped-to': {
    match: ['Brazil shipped 2 million tonnes of soybeans to China in May.', 'Argentina shipped frozen beef to Chile last year.'],
    noMatch: [
      // "sent" is no trade verb.
      'Brazil sent 2 million tonnes of soybeans to China in May.',
    ],
  },
  'trade.trading-partners': {
    match: ['Chile and Peru are important trading partners, officials said.', 'Japan and Australia remain close trading partners.'],
    noMatch: ['Chile and Peru are close security partners.'],
  },
  'trade.country-pair-phrase': {
    match: [
      'LIMA, March 3 (Reuters) - Peru and Chile agreed to expand cooperation. Trade between the two countries reached $5 billion last year.',
      'Peru and Chile held talks on Monday. The two countries traded goods worth $5 billion last year.',
    ],
    noMatch: ['Peru and Chile held talks on Monday. The two countries agreed to meet again in May.'],
  },
  'trade.balance-with': {
    match: [
      'OTTAWA, May 3 - Canada posted a record trade deficit in April. The deficit with Brazil rose to two billion dlrs, Canada said.',
      "Kenya's trade surplus is growing - its surplus with Uganda was 300 mln dlrs last year.",
      'WASHINGTON, May 3 - The U.S. trade deficit with Peru rose, and with Chile the deficit decreased to one billion dlrs, the U.S. said.',
    ],
    noMatch: [
      // No country owns the balance, and the article has no home country.
      'The company said its deficit with its creditors widened.',
      // A currency is not a country mention.
      'The deficit with Japanese yen lenders rose to 5 billion U.S. dlrs.',
    ],
  },
  'trade.flow-with': {
    match: [
      'OTTAWA, May 3 - Canada said on Tuesday that lumber imports from Brazil rose 20 pct. Canada wants more trade.',
      'Egypt would propose a new exchange rate for trade with Kenya, officials said.',
    ],
    noMatch: ['Egypt would never allow trade with Israel, officials said.', 'Egypt signed a trade agreement with Kenya on Monday.'],
  },
  'trade.buys-demonym-goods': {
    match: [
      'Egypt, which already imports Kenyan tea and coffee, wants a debt deal.',
      'The Japanese government buys Canadian wheat and sells it at home.',
    ],
    noMatch: ['Kenyan tea exports rose 5 pct in March, Egypt said.', 'Poland and Hungary have banned imports of Ukrainian wheat.'],
  },
};
