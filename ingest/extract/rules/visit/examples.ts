/* Examples for the visit rules: short invented texts each rule must (match) or must not (noMatch) credit. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'visit.visit-verb': {
    match: [
      'Chilean President Rosa Vidal visited Japan last week.',
      'Kenyan Trade Minister Amina Juma visited Kampala on Tuesday.',
      'Trade Minister Ana Ruiz visited Lisbon on Monday.',
    ],
    noMatch: [
      'Chilean President Rosa Vidal did not visit Japan last week.',
      'Chilean President Rosa Vidal praised Japan last week.',
      'Prime Minister Ana Ruiz said she would visit Lisbon later this year, her first trip to Portugal.',
    ],
  },
  'visit.travel-to-place': {
    match: [
      'Chilean President Rosa Vidal flew to Tokyo on Sunday for trade talks.',
      'Kenyan Trade Minister Amina Juma arrived in Kampala on Tuesday.',
      'Finance Minister Ana Ruiz was also in Lisbon for the talks.',
      'Mr Okafor spent two days in Ghana before heading on Friday evening to Togo.',
      'Prime Minister Ana Ruiz held talks in Madrid on Monday. She also flew to Seville.',
    ],
    noMatch: [
      'Chilean President Rosa Vidal never travelled to Tokyo.',
      'Chilean President Rosa Vidal said exports to Tokyo had risen.',
      'Trade Minister Ana Ruiz will travel to Lisbon next week.',
      'Mr Okafor is due to fly to Accra on Thursday.',
      'Ms Ruiz headed the delegation that arrived on Monday.',
    ],
  },
  'visit.met-in-foreign-capital': {
    match: [
      'Chilean President Rosa Vidal met Japanese Prime Minister Kenji Sato in Tokyo on Monday.',
      'Kenyan Trade Minister Amina Juma held talks with Ugandan officials in Kampala.',
    ],
    noMatch: ['Chilean President Rosa Vidal met Chilean Foreign Minister Pablo Mena in Santiago on Monday.'],
  },
  'visit.hosted-guest': {
    match: [
      'Kenyan President Daniel Kiprop hosted Ugandan President Joseph Okello at State House in Nairobi.',
      'Chilean President Rosa Vidal welcomed Peruvian President Luis Ortega in Santiago on Friday.',
    ],
    noMatch: ['Kenyan President Daniel Kiprop praised Ugandan President Joseph Okello at a rally in Nairobi.'],
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
      'MANILA, June 9 - Japanese Foreign Minister Taro Yamada told the foreign ministers of Thailand and Malaysia that aid would rise.',
    ],
    noMatch: [
      'TOKYO, March 3 - Japanese Trade Minister Taro Yamada told a news conference that rice imports would stay closed.',
      'WASHINGTON, March 3 - Japanese Trade Minister Taro Yamada told reporters in Tokyo that talks had failed.',
      'PARIS, March 3 - German Economy Minister Hans Weber said by telephone that he would visit next week.',
      'MANILA, June 9 - Japanese Foreign Minister Taro Yamada told the foreign ministers of Thailand and Malaysia in a letter that aid would rise.',
    ],
  },
  'visit.dateline-meeting-participant': {
    match: [
      'SEVILLE, Spain, May 3 - Two farm ministers ended a two-day meeting on Sunday. German Farm Minister Hans Weber said prices had to fall. Spanish Farm Minister Pedro Solbes agreed.',
    ],
    noMatch: [
      'SEVILLE, Spain, May 3 - Two farm ministers will hold a meeting next week. German Farm Minister Hans Weber said prices had to fall. Spanish Farm Minister Pedro Solbes agreed.',
      'SEVILLE, Spain, May 3 - Two farm ministers ended a two-day meeting on Sunday. German Farm Minister Hans Weber said prices had to fall. Spanish Farm Minister Pedro Solbes agreed, and French Farm Minister Jean Roux said nothing.',
    ],
  },
  'visit.dateline-country': {
    match: ['SEVILLE, Spain, May 3 - German Farm Minister Hans Weber told a news conference that prices had to fall.'],
    noMatch: [
      'MADRID, May 3 - German Farm Minister Hans Weber told a news conference that prices had to fall.',
      'SEVILLE, Spain, May 3 - Spanish Farm Minister Pedro Solbes told a news conference that prices had to fall.',
    ],
  },
  // Constructions (constructions.ts): patterns over units, run by the matcher.
  'visit.travel-verb': {
    match: [
      'Anne Cole, the Canadian trade minister, arrived in Mexico on Sunday.',
      'Anne Cole visited Peru and Chile last week.',
      'Anne Cole flew to Japan on Tuesday.',
    ],
    noMatch: ['Anne Cole plans to visit Peru next month.', 'Anne Cole did not travel to Japan.'],
  },
  'visit.trip-noun': {
    match: ["Anne Cole's visit to Peru ended on Friday.", 'Anne Cole, on a three-day visit to Japan, met business leaders.'],
    noMatch: ["Anne Cole's planned visit to Peru was called off."],
  },
  'visit.meeting-place': {
    match: ['The meeting in Lima included Ana Ruiz and Tom Berg of Peru.', 'On Thursday Tom Berg was in Peru visiting Lima.'],
    noMatch: ['The meeting in Lima included Ana Ruiz by video link.', 'The meeting in Lima was cancelled.'],
  },
  'visit.fronted-trip': {
    match: ['On a visit to Japan, Canadian Trade Minister Anne Cole said talks were going well.'],
    noMatch: ['On a planned trip to Japan next month, Anne Cole would meet ministers.'],
  },
};
