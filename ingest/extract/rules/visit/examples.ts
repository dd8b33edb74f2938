/* Examples for the visit rules: texts that must / must not yield a relation credited to each rule. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'visit.visit-verb': {
    match: [
      'Chilean President Rosa Vidal visited Japan last week.',
      'Kenyan Trade Minister Amina Juma visited Kampala on Tuesday.',
    ],
    noMatch: [
      'Chilean President Rosa Vidal did not visit Japan last week.',
      'Chilean President Rosa Vidal praised Japan last week.',
    ],
  },
  'visit.travel-to-place': {
    match: [
      'Chilean President Rosa Vidal flew to Tokyo on Sunday for trade talks.',
      'Kenyan Trade Minister Amina Juma arrived in Kampala on Tuesday.',
    ],
    noMatch: [
      'Chilean President Rosa Vidal never travelled to Tokyo.',
      'Chilean President Rosa Vidal said exports to Tokyo had risen.',
    ],
  },
  'visit.met-in-foreign-capital': {
    match: [
      'Chilean President Rosa Vidal met Japanese Prime Minister Kenji Sato in Tokyo on Monday.',
      'Kenyan Trade Minister Amina Juma held talks with Ugandan officials in Kampala.',
    ],
    noMatch: [
      // Both hold office in the country whose capital it is.
      'Chilean President Rosa Vidal met Chilean Foreign Minister Pablo Mena in Santiago on Monday.',
    ],
  },
  'visit.hosted-guest': {
    match: [
      'Kenyan President Daniel Kiprop hosted Ugandan President Joseph Okello at State House in Nairobi.',
      'Chilean President Rosa Vidal welcomed Peruvian President Luis Ortega in Santiago on Friday.',
    ],
    noMatch: ['Kenyan President Daniel Kiprop praised Ugandan President Joseph Okello at a rally in Nairobi.'],
  },
};
