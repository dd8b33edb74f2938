/* Examples for the meeting rules: short invented texts each rule must (match) or must not (noMatch) credit. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'meeting.cue-between-names': {
    match: [
      'Canadian Prime Minister Anne Cole met Mexican President Luis Ortega in Ottawa on Monday.',
      'Kenyan President Daniel Kiprop held talks with Ugandan President Joseph Okello on trade.',
      'Prime Minister Ana Ruiz met President Taro Kono in Lima on Monday.',
    ],
    noMatch: [
      'Canadian Prime Minister Anne Cole did not meet Mexican President Luis Ortega during the summit.',
      'Anne Cole said Luis Ortega would attend the summit.',
      'Trade Minister Ana Ruiz will travel to Lima next week to meet Trade Minister Taro Kono.',
      'Trade Minister Ana Ruiz is due to hold talks with Trade Minister Taro Kono in May.',
    ],
  },
  'meeting.joint-subject-verb': {
    match: [
      'Anne Cole and Luis Ortega met on Monday to discuss fisheries.',
      'Daniel Kiprop and Joseph Okello held talks in Mombasa on Friday.',
      "Chinese vice-foreign minister Zhou Wen and the EC's external relations commissioner, Willy Claes, signed the accord.",
    ],
    noMatch: [
      'Anne Cole and Luis Ortega both criticised the plan on Monday.',
      'Chinese vice-foreign minister Zhou Wen and Willy Claes, who was in Paris, said the accord was close.',
    ],
  },
  'meeting.coordinated-guests': {
    match: [
      'Kenyan President Daniel Kiprop hosted Ugandan First Deputy Prime Minister Joseph Okello and Tanzanian Foreign Affairs Minister Amina Juma at State House.',
      'Chilean President Rosa Vidal welcomed Argentine Deputy Foreign Trade Minister Pablo Mena and Peruvian Deputy Foreign Trade Minister Carla Nunes to the palace.',
    ],
    noMatch: [
      'Kenyan President Daniel Kiprop hosted Ugandan First Deputy Prime Minister Joseph Okello, while Tanzanian Foreign Affairs Minister Amina Juma stayed in Dodoma.',
    ],
  },
  'meeting.guest-list': {
    match: [
      'Prime Minister Ana Ruiz held talks with her Chilean counterpart, Gabriel Boric, and the Peruvian leader, Dina Boluarte.',
      'Economy Minister Ali Hassan met President Omar Farouk and U.S. Trade Representative Carla Hills to discuss the issue.',
      'Commissioner Eva Lind, who travelled with 20 officials, met Modi at the palace and later held talks with Commerce and Industry Minister Piyush Goyal.',
    ],
    noMatch: [
      'Prime Minister Ana Ruiz held talks by telephone with President Gabriel Boric.',
      'Ana Ruiz said she hoped to hold talks with Gabriel Boric.',
    ],
  },
  'meeting.after-talks-clause': {
    match: ['Speaking after farm trade talks with Japanese agriculture minister Kenji Moriyama, Harlan Dewitt said the talks went well.'],
    noMatch: ['Speaking after a telephone call with Japanese agriculture minister Kenji Moriyama, Harlan Dewitt said the talks went well.'],
  },
  'meeting.counted-participants': {
    match: [
      'SEVILLE, Spain, May 3 - Two farm ministers ended a two-day meeting on Sunday. German Farm Minister Hans Weber said prices had to fall. Spanish Farm Minister Pedro Solbes agreed.',
      'OSLO, June 9 - The three prime ministers of the Nordic states held talks on fishing. Prime Minister Erna Lund, Prime Minister Mette Berg and Prime Minister Sanna Aho agreed on quotas.',
    ],
    noMatch: [
      'SEVILLE, Spain, May 3 - Two farm ministers will hold a meeting next week. German Farm Minister Hans Weber said prices had to fall. Spanish Farm Minister Pedro Solbes agreed.',
      'SEVILLE, Spain, May 3 - Two farm ministers ended a two-day meeting on Sunday. German Farm Minister Hans Weber said prices had to fall. Spanish Farm Minister Pedro Solbes agreed, and French Farm Minister Jean Roux said nothing.',
    ],
  },
  // Constructions (constructions.ts): patterns over units, run by the matcher.
  'meeting.verb-object': {
    match: [
      'Kenyan President Daniel Kiprop met Ugandan President Joseph Okello and Tanzanian envoy Amina Juma in Arusha on Monday.',
      'Anne Cole, who flew in from Ottawa, received Luis Ortega at the palace.',
    ],
    noMatch: [
      'Anne Cole will meet Luis Ortega in Lima next week.',
      'Anne Cole spoke by phone with Luis Ortega on Monday.',
      'Anne Cole said Luis Ortega had not met the envoy.',
    ],
  },
  'meeting.held-talks-with': {
    match: [
      'Anne Cole held talks with Mexican President Luis Ortega in Mexico City.',
      'Anne Cole had a long meeting with Luis Ortega on Friday.',
    ],
    noMatch: ['Anne Cole hopes to hold talks with Luis Ortega.'],
  },
  'meeting.talks-between': {
    match: [
      'Talks between Prime Minister Anne Cole and President Luis Ortega ended in Lima on Friday.',
      'A meeting between Anne Cole, Luis Ortega and Maria Santos took place in Quito.',
    ],
    noMatch: ['A planned meeting between Anne Cole and Luis Ortega was cancelled.'],
  },
  'meeting.possessive-meeting': {
    match: ["Anne Cole's meeting with Luis Ortega lasted two hours."],
    noMatch: ["Anne Cole's planned talks with Luis Ortega were postponed."],
  },
  'meeting.passive-host': {
    match: ['Luis Ortega was received by President Anne Cole at the palace.'],
    noMatch: ['Luis Ortega will be received by Anne Cole on Friday.'],
  },
  'meeting.joint-subjects': {
    match: [
      'Prime Minister Anne Cole and President Luis Ortega met in Lima on Monday.',
      'Anne Cole and Luis Ortega held talks on fisheries.',
      'Embassy Lima Chargé d’Affaires Anne Cole and Chilean Vice President and Minister of Foreign Affairs Luis Ortega signed a protocol in Lima.',
    ],
    noMatch: ['Anne Cole and Luis Ortega are expected to meet in May.', 'Anne Cole and Luis Ortega held a news conference.'],
  },
  'meeting.joint-appearance': {
    match: [
      'Joint Statement by Secretary Anne Cole and Foreign Minister Luis Ortega',
      'The dialogue was co-chaired by Assistant Minister Anne Cole and Acting Assistant Secretary for Economic Affairs Luis Ortega.',
    ],
    noMatch: [
      'Remarks by President Anne Cole on the economy',
      'Joint Statement by Secretary Anne Cole and Foreign Minister Luis Ortega after their video call',
    ],
  },
  'meeting.at-invitation': {
    match: ['At the invitation of Secretary of State Anne Cole, Peruvian Foreign Minister Luis Ortega traveled to Washington on Tuesday.'],
    noMatch: ['At the invitation of Secretary Anne Cole, Luis Ortega will travel to Washington next month.'],
  },
  'meeting.meeting-included': {
    match: [
      'The meeting in Lima included Prime Minister Anne Cole, President Luis Ortega and Maria Santos.',
      'The talks were attended by Anne Cole and Luis Ortega.',
      'The meeting included Governors Anne Cole of Westmark and Luis Ortega of Eastmoor.',
      "The meeting included Governor Anne Cole, as well as President Tom Berg's Commerce Secretary Luis Ortega.",
    ],
    noMatch: ['The video conference included Anne Cole and Luis Ortega.', 'The planned meeting will include Anne Cole and Luis Ortega.'],
  },
};
