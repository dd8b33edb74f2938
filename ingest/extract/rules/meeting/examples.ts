/* Examples for the meeting rules: texts that must / must not yield MET_WITH credited to the rule. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
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
    match: ['Speaking after farm trade talks with Japanese agriculture minister Taro Kato, Richard Lyng said the talks went well.'],
    noMatch: ['Speaking after a telephone call with Japanese agriculture minister Taro Kato, Richard Lyng said the talks went well.'],
  },
  'meeting.joint-subject-verb': {
    match: ["Chinese vice-foreign minister Zhou Wen and the EC's external relations commissioner, Willy Claes, signed the accord."],
    noMatch: ['Chinese vice-foreign minister Zhou Wen and Willy Claes, who was in Paris, said the accord was close.'],
  },
  'meeting.cue-between-names': {
    match: ['Prime Minister Ana Ruiz met President Taro Kono in Lima on Monday.'],
    noMatch: [
      'Trade Minister Ana Ruiz will travel to Lima next week to meet Trade Minister Taro Kono.',
      'Trade Minister Ana Ruiz is due to hold talks with Trade Minister Taro Kono in May.',
    ],
  },
};
