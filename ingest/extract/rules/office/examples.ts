/* Examples for the office rules: invented texts that must / must not yield a relation credited to each rule. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'office.appositive-title': {
    match: [
      'Harold Grant, president of the Ontario Dairy Farmers Association, welcomed the ruling.',
      'Harold Grant, chairman of the State Planning Committee, spoke on Monday.',
    ],
    noMatch: ['Harold Grant, who met the president of the association, spoke on Monday.'],
  },
  'office.title-names-country': {
    match: ["Britain's Europe Director Dominick Hale will represent the UK."],
    noMatch: ["Gibraltar's Chief Minister Peter Bruno will represent the Rock."],
  },
  'office.country-from-document': {
    match: ['OTTAWA, May 2 - Canada will act on steel. Trade talks failed, Prime Minister Jane Doe said.'],
    noMatch: ["OTTAWA, May 2 - Canada will act on steel. Zanzibar's Chief Minister Peter Bruno spoke."],
  },
  'office.title-before-name': {
    match: [
      'The bill is dangerous, Northern Timber Industry Council chairman Harold Grant told reporters.',
      'Cairo broke with Moscow when Egyptian then-president Omar Halim turned to the West.',
      'Chinese vice-foreign minister Li Wen signed the accord.',
      'Danish farm minister Lars Berg called for action.',
      'Kenyan ambassador to Berlin Samuel Otieno met the delegation.',
    ],
    noMatch: ['The chairman said Harold Grant told reporters the bill is dangerous.'],
  },
};
