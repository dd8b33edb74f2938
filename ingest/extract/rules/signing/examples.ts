/* Examples for the signing rules: texts that must / must not yield a relation credited to each rule. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'signing.subject-verb-agreement': {
    match: [
      'Chile and Peru signed the Pacific Fisheries Agreement on Monday.',
      'Norwegian Prime Minister Erik Dahl signed the Arctic Fisheries Agreement in Oslo.',
      'Kenya inked the East African Customs Protocol last week.',
    ],
    noMatch: [
      'Chile and Peru did not sign the Pacific Fisheries Agreement on Monday.',
      'Chile and Peru discussed the Pacific Fisheries Agreement on Monday.',
    ],
  },
  'signing.signing-country-party': {
    match: [
      'Norway and Iceland signed the Arctic Fisheries Agreement in Oslo.',
      'Vietnam signed the Mekong Water Treaty on Tuesday, officials said.',
    ],
    noMatch: ['Vietnam did not sign the Mekong Water Treaty on Tuesday.'],
  },
};
