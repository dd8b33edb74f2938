/* Examples for the visit rules: texts that must / must not yield VISITED credited to the rule. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'visit.travel-to-place': {
    match: [
      'Finance Minister Ana Ruiz was also in Lisbon for the talks.',
      'Mr Okafor spent two days in Ghana before heading on Friday evening to Togo.',
      'Prime Minister Ana Ruiz held talks in Madrid on Monday. She also flew to Seville.',
    ],
    noMatch: [
      'Trade Minister Ana Ruiz will travel to Lisbon next week.',
      'Mr Okafor is due to fly to Accra on Thursday.',
      'Ms Ruiz headed the delegation that arrived on Monday.',
    ],
  },
  'visit.visit-verb': {
    match: ['Trade Minister Ana Ruiz visited Lisbon on Monday.'],
    noMatch: ['Prime Minister Ana Ruiz said she would visit Lisbon later this year, her first trip to Portugal.'],
  },
  'visit.opening-visit-clause': {
    match: ['Before visiting Kenya, Mr Okafor made a two-day stop in Ghana.', 'After touring Peru, President Ana Ruiz flew home.'],
    noMatch: ['Before the visit, Mr Okafor said Kenya was a key partner.'],
  },
  'visit.met-during-trip': {
    match: ['Foreign Minister Taro Kono arrived in Lima on Monday and met President Ana Ruiz at the Government Palace.'],
    noMatch: ['Foreign Minister Taro Kono arrived in Lima on Monday and later spoke to President Ana Ruiz by telephone.'],
  },
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
