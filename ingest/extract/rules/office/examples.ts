/* Examples for the office rules: invented texts that must / must not yield a relation credited to each rule. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'office.appositive-title': {
    noMatch: ['Harold Grant, who met the president of the association, spoke on Monday.'],
    match: [
      'Harold Grant, president of the Ontario Dairy Farmers Association, welcomed the ruling.',
      'Harold Grant, chairman of the State Planning Committee, spoke on Monday.',
      '"We are checking," Hans Bauer, a Skyline spokesman, said.',
      'Prices rose, said Dmitry Orlov, an analyst at brokerage Kapita.',
      "Ruhi Kaya, Telsa's chief operating officer, attended the meeting.",
      'Ross Keller, general manager of Thiess Coal Pty Ltd, said so.',
    ],
  },
  'office.title-names-country': {
    match: ["Britain's Europe Director Dominick Hale will represent the UK."],
    noMatch: ["Gibraltar's Chief Minister Peter Bruno will represent the Rock."],
  },
  'office.country-from-document': {
    match: [
      'OTTAWA, May 2 - Canada will act on steel. Trade talks failed, Prime Minister Jane Doe said.',
      'Ukraine wants closer ties with Europe. The review announced by President Viktor Marchenko will cover big deals. Ukraine hopes to join soon.',
    ],
    noMatch: [
      "OTTAWA, May 2 - Canada will act on steel. Zanzibar's Chief Minister Peter Bruno spoke.",
      'Albania will host the pipeline. Albania agreed, said Pat Moore, President of AMBO, on Monday.',
    ],
  },
  'office.role-before-name': {
    match: ['BBC political correspondent Mark Mardell said so.', "The BBC's Paul Reynolds says the talks failed."],
    noMatch: ["Britain's Paul Reynolds says the talks failed.", 'The correspondent Mark Mardell said so.'],
  },
  'office.title-before-name': {
    match: [
      'The bill is dangerous, Northern Timber Industry Council chairman Harold Grant told reporters.',
      'Cairo broke with Moscow when Egyptian then-president Omar Halim turned to the West.',
      'Chinese vice-foreign minister Li Wen signed the accord.',
      'Danish farm minister Lars Berg called for action.',
      'Kenyan ambassador to Berlin Samuel Otieno met the delegation.',
      'Prices rose, Norcom vice president Peter Holm said.',
    ],
    noMatch: ['The chairman said Harold Grant told reporters the bill is dangerous.'],
  },
  'office.person-of-organization': {
    match: ['It sparked worries, explained Kenji Arata of Daiwa Securities.', 'The comments were weak, said Junya Sato of Halvorsen Chase bank in Tokyo.'],
    noMatch: ['The comments were weak, said Junya Sato of Canada.'],
  },
  'office.person-of-country': {
    match: ['Trade ministers met in Geneva on Monday. Pat Brennan of Canada said the world needs open markets.'],
    noMatch: ['Pat Brennan of Canada said the world needs open markets.'],
  },
  'office.counterpart': {
    match: ['The French finance minister spoke after a meeting with his German counterpart Hans Weber.', 'He has written to his U.S. counterpart, Trade Representative Clara Stone.'],
    noMatch: ['He has written to his counterpart Hans Weber.'],
  },
};
