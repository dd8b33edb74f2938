/* Examples for the meeting rules: texts that must / must not yield MET_WITH credited to the rule. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'meeting.cue-between-names': {
    match: ['Prime Minister Ana Ruiz met President Taro Kono in Lima on Monday.'],
    noMatch: [
      'Trade Minister Ana Ruiz will travel to Lima next week to meet Trade Minister Taro Kono.',
      'Trade Minister Ana Ruiz is due to hold talks with Trade Minister Taro Kono in May.',
    ],
  },
};
