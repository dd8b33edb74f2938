/* Examples for the trade rules changed here: short invented texts each rule must (match) or must not (noMatch) credit. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'trade.possessive-exports-to': {
    match: ['Danish pigmeat exports to Canada were worth 90 mln crowns.', "Kenya's tea exports to Pakistan rose sharply."],
    noMatch: ['The yen rose against the U.S. dollar while exports grew.'],
  },
  'trade.possessive-balance-with': {
    match: ['Officials said a U.S. trade deficit with Japan hit 50 billion dlrs.'],
    noMatch: ['Officials said the trade deficit hit 50 billion U.S. dlrs with rising imports.'],
  },
};
