/* Examples for the tariff rules: short invented texts each rule must (match) or must not (noMatch) credit. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'tariff.export-tax-imposer': {
    match: ['Exporters said a 10 pct export tax on Peruvian fishmeal had cut sales abroad.'],
    noMatch: ['Peru said a 10 pct import duty on Chilean fishmeal had cut sales.'],
  },
  'tariff.unrated-imposer': {
    match: [
      'Kenya cut the export duty on tea from March 1, a ministry official said.',
      'The European Community decided to impose duties on Turkish cotton yarn.',
      'Ghana abolished export taxes on cocoa last year.',
    ],
    noMatch: [
      'The European Community agreed to impose tariffs on Turkish cotton yarn unless Ankara cut its subsidies.',
      'Brazil is threatening to impose duties on Argentine wheat.',
    ],
  },
  'tariff.unrated-target': {
    match: ['Chile protested against the duties on Chilean copper imports.'],
    noMatch: ['Chile protested against the duties on copper imports.'],
  },
  'tariff.unrated-product': {
    match: ['The Community applies a levy on barley and oats.', 'Importers paid duties on Thai tapioca.'],
    noMatch: ['The government raised the tax on income.', 'The duty on Nestle was cut.'],
  },
};
