/* Examples for the visit rules: texts that must / must not yield VISITED credited to the rule. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'visit.visitor-at-dateline': {
    match: [
      'BANGKOK, Oct 19 - Australian Trade Minister John Kerin said here that the farm talks had gone well.',
      'LUXEMBOURG, Oct 20 - Spanish farm minister Pedro Solbes, speaking at a meeting of EC farm ministers, called for action on maize.',
      'CANBERRA, May 4 - Japan will cut beef tariffs, visiting Japanese Trade Minister Taro Yamada told a news conference.',
    ],
    noMatch: [
      'TOKYO, March 3 - Japanese Trade Minister Taro Yamada told a news conference that rice imports would stay closed.',
      'WASHINGTON, March 3 - Japanese Trade Minister Taro Yamada told reporters in Tokyo that talks had failed.',
      'PARIS, March 3 - German Economy Minister Hans Weber said by telephone that he would visit next week.',
    ],
  },
};
