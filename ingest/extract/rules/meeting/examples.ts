/* Examples for the meeting rules: texts that must / must not yield a relation credited to each rule. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'meeting.cue-between-names': {
    match: [
      'Canadian Prime Minister Anne Cole met Mexican President Luis Ortega in Ottawa on Monday.',
      'Kenyan President Daniel Kiprop held talks with Ugandan President Joseph Okello on trade.',
    ],
    noMatch: [
      'Canadian Prime Minister Anne Cole did not meet Mexican President Luis Ortega during the summit.',
      'Anne Cole said Luis Ortega would attend the summit.',
    ],
  },
  'meeting.joint-subject-verb': {
    match: [
      'Anne Cole and Luis Ortega met on Monday to discuss fisheries.',
      'Daniel Kiprop and Joseph Okello held talks in Mombasa on Friday.',
    ],
    noMatch: ['Anne Cole and Luis Ortega both criticised the plan on Monday.'],
  },
  'meeting.coordinated-guests': {
    match: [
      'Kenyan President Daniel Kiprop hosted Ugandan First Deputy Prime Minister Joseph Okello and Tanzanian Foreign Affairs Minister Amina Juma at State House.',
      'Chilean President Rosa Vidal welcomed Argentine Deputy Foreign Trade Minister Pablo Mena and Peruvian Deputy Foreign Trade Minister Carla Nunes to the palace.',
    ],
    noMatch: [
      // The third person is not a guest.
      'Kenyan President Daniel Kiprop hosted Ugandan First Deputy Prime Minister Joseph Okello, while Tanzanian Foreign Affairs Minister Amina Juma stayed in Dodoma.',
    ],
  },
};
