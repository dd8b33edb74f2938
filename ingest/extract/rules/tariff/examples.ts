/* Examples for the tariff rules: texts that must / must not yield a relation credited to each rule. */

import type { RuleExamples } from '../rule-family.js';

export const examples: RuleExamples = {
  'tariff.imposer-in-phrase': {
    match: [
      'Exporters face a 25 percent U.S. tariff on Canadian steel from Friday.',
      'Buyers now pay a 10 percent Japanese duty on Thai rice.',
    ],
    noMatch: [
      // The imposer is the subject, not inside the tariff phrase.
      'The United States imposed a 25 percent tariff on Canadian steel.',
    ],
  },
  'tariff.imposer-in-sentence': {
    match: [
      'Brazil imposed a 30 percent tariff on imports of Chinese steel on Monday.',
      'India slapped a 20 percent duty on yellow peas from Canada.',
      'Mexico imposed a 20 percent tariff on pork from Chile.',
    ],
    noMatch: [
      'A 30 percent tariff on Chinese steel was discussed at the meeting.',
      // A rate that is no tariff.
      'Steel exports from Brazil rose 30 percent last year.',
    ],
  },
  'tariff.imposer-from-previous': {
    match: [
      'Brazil imposed a 30 percent tariff on Chinese steel on Monday. It also set a 15 percent duty on Chinese aluminium.',
      'Canada imposed a 30 percent tariff on Chinese steel on Monday. A 10 percent duty on Japanese cars will follow in June.',
    ],
    noMatch: [
      // No earlier tariff to borrow an imposer from.
      'A 10 percent duty on Japanese cars will follow in June.',
      'Brazil imposed a 30 percent tariff on Chinese steel. Exports of steel fell 10 percent in June.',
    ],
  },
  'tariff.target': {
    match: ['The United States imposed a 25 percent tariff on Canadian steel.', 'Mexico imposed a 20 percent tariff on pork from Chile.'],
    noMatch: ['Brazil imposed a 30 percent tariff on imported steel.'],
  },
  'tariff.product': {
    match: [
      'Brazil imposed a 30 percent tariff on steel imports.',
      'India slapped a 20 percent duty on yellow peas from Canada.',
      // The good whose imports from the target the sentence names.
      'Copper imports from Chile fell 20 pct because of a 10 pct duty on imports from Chile.',
      // The good named before the rate.
      'Kenya said a loophole subjects Ugandan coffee to a preferential four pct import duty.',
      'The Commission is tough on imports of goods such as Korean televisions, where it has imposed 15 pct anti-dumping duties.',
      'The subsidies came after the zero wheat duty was established in 1970.',
    ],
    noMatch: [
      // Goods in general name no product.
      'Brazil imposed a 30 percent tariff on Chinese goods.',
    ],
  },
  'tariff.listed-product': {
    match: [
      'Japan imposed a 20 percent tariff on U.S. goods including beef, pork and oranges.',
      'Canada announced a 25 percent tariff on American goods such as whiskey, orange juice and motorcycles.',
    ],
    noMatch: [
      // One product, no list.
      'Canada imposed a 25 percent tariff on American whiskey.',
    ],
  },
  'tariff.export-tax-imposer': {
    match: ['Exporters said a 10 pct export tax on Peruvian fishmeal had cut sales abroad.'],
    noMatch: ['Peru said a 10 pct import duty on Chilean fishmeal had cut sales.'],
  },
  'tariff.unrated-imposer': {
    match: [
      'Kenya cut the export duty on tea from March 1, a ministry official said.',
      'The European Community decided to impose duties on Turkish cotton yarn.',
      'Ghana abolished export taxes on cocoa last year.',
      // The stop of an abbreviation ends no clause.
      'The U.S. Raised duties on imports of steel last year.',
      // A verb of having the duty in place; a name of the measure between the country and the duty word.
      'Currently, Japan requires a 20-yen per kilo tariff on beef imports, officials said.',
      'A trade panel ruled that the Canadian Stabilization levy on sugar imports was illegal.',
    ],
    noMatch: [
      // A capitalised name between them that is an organisation: the organisation's measure.
      'Officials said the Canadian Wheat Board levy on barley imports was unfair.',
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
