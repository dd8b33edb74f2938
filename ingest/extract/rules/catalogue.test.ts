/* Tests: the rule catalogue — every rule's examples as table tests, the catalogue's load checks, the runner's refusals. */

import { readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ExtractedEntity, ExtractedRelationType, PrimaryEntityLabel } from '../../../ontology/index.js';
import { extractDocument } from '../../extract-documents.js';
import type { RelationDraft } from '../types.js';
import { CATALOGUE, CatalogueError, OFFICE_FAMILY, RELATION_FAMILIES, loadCatalogue } from './catalogue.js';
import { RULE_EXAMPLES } from './examples.js';
import { defineFamily, type RuleFamily } from './rule-family.js';
import { refusalReason } from './run-rules.js';

/** Every relation of the text credited to the rule, as "source -TYPE-> target" (for readable failures). */
function credited(text: string, rule: string): string[] {
  const r = extractDocument({ text });
  const name = new Map(r.entities.map((e) => [e.id, e.name]));
  return r.relations.filter((x) => x.rules.includes(rule)).map((x) => `${name.get(x.source)} -${x.type}-> ${name.get(x.target)}`);
}

const cases = Object.entries(RULE_EXAMPLES).flatMap(([family, examples]) =>
  Object.entries(examples).map(([rule, { match, noMatch }]) => ({ family, rule, match, noMatch })),
);

describe('rule examples', () => {
  for (const { family, rule, match, noMatch } of cases) {
    describe(`${family}: ${rule}`, () => {
      it.each(match.map((text) => [rule, text]))('%s matches: %s', (id, text) => {
        expect(credited(text, id), 'no relation credited to the rule').not.toEqual([]);
      });
      it.each(noMatch.map((text) => [rule, text]))('%s does not match: %s', (id, text) => {
        expect(credited(text, id)).toEqual([]);
      });
    });
  }
});

describe('the catalogue and its examples', () => {
  it("when a rule is in the catalogue, then its family's examples.ts has at least one match example for it", () => {
    const missing = [...CATALOGUE.keys()].filter((id) => (RULE_EXAMPLES[id.split('.')[0]!]?.[id]?.match.length ?? 0) === 0);
    expect(missing).toEqual([]);
  });

  it('when a family has examples, then every example key is a rule of that family in the catalogue', () => {
    const unknown = Object.entries(RULE_EXAMPLES).flatMap(([family, examples]) =>
      Object.keys(examples).filter((id) => !CATALOGUE.has(id) || !id.startsWith(`${family}.`)),
    );
    expect(unknown).toEqual([]);
  });

  it('when a family directory has an examples.ts, then the examples index collects it', () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const withExamples = readdirSync(here, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(here, d.name, 'examples.ts')))
      .map((d) => d.name);
    expect(withExamples.filter((name) => !(name in RULE_EXAMPLES))).toEqual([]);
  });

  it('when the catalogue loads, then it holds every rule of every family', () => {
    const ids = [OFFICE_FAMILY, ...RELATION_FAMILIES].flatMap((f) => f.rules.map((r) => r.id));
    expect([...CATALOGUE.keys()].sort()).toEqual([...ids].sort());
  });
});

describe('loadCatalogue', () => {
  const family = (name: string, rules: { id: string; emits: string[] }[]): RuleFamily =>
    defineFamily({
      family: name,
      rules: rules.map((r) => ({ ...r, emits: r.emits as ExtractedRelationType[], description: 'test' })),
      find: () => [],
    });

  it('when a rule id lacks its family prefix, then it throws a CatalogueError naming the rule', () => {
    const load = (): unknown => loadCatalogue([family('visit', [{ id: 'travel.flew-to', emits: ['VISITED'] }])]);
    expect(load).toThrow(CatalogueError);
    expect(load).toThrow(/travel\.flew-to.*"visit\."/);
  });

  it('when two rules share an id, then it throws a CatalogueError naming the id', () => {
    const load = (): unknown =>
      loadCatalogue([
        family('visit', [{ id: 'visit.flew-to', emits: ['VISITED'] }]),
        family('visit', [{ id: 'visit.flew-to', emits: ['VISITED'] }]),
      ]);
    expect(load).toThrow(CatalogueError);
    expect(load).toThrow(/visit\.flew-to: declared twice/);
  });

  it('when a rule emits an unknown relation type, then it throws a CatalogueError naming the type', () => {
    const load = (): unknown => loadCatalogue([family('visit', [{ id: 'visit.flew-to', emits: ['FLEW_TO'] }])]);
    expect(load).toThrow(CatalogueError);
    expect(load).toThrow(/unknown relation type FLEW_TO/);
  });

  it('when a rule emits nothing, then it throws a CatalogueError', () => {
    expect(() => loadCatalogue([family('visit', [{ id: 'visit.flew-to', emits: [] }])])).toThrow(CatalogueError);
  });

  it('when the families are well formed, then every rule is loaded by id', () => {
    const loaded = loadCatalogue([
      family('visit', [
        { id: 'visit.flew-to', emits: ['VISITED'] },
        { id: 'visit.toured', emits: ['VISITED'] },
      ]),
    ]);
    expect([...loaded.keys()]).toEqual(['visit.flew-to', 'visit.toured']);
  });
});

describe('refusalReason', () => {
  const entity = (id: string, type: PrimaryEntityLabel): ExtractedEntity => ({
    id,
    type,
    labels: [type],
    name: id,
    aliases: [],
    properties: {},
  });
  const entities = new Map<string, ExtractedEntity>([
    ['person:a', entity('person:a', 'Person')],
    ['person:b', entity('person:b', 'Person')],
    ['country:cl', entity('country:cl', 'Country')],
    ['place:lima', entity('place:lima', 'Place')],
  ]);
  const draft = (rule: string, type: ExtractedRelationType, source: string, target: string): RelationDraft => ({
    source,
    type,
    target,
    properties: {},
    evidence: 'text',
    confidence: 0.5,
    rule,
  });

  it('when a draft is declared, allowed and joins allowed endpoints, then it is kept', () => {
    expect(refusalReason(draft('visit.visit-verb', 'VISITED', 'person:a', 'place:lima'), entities)).toBeNull();
  });

  it('when a draft names a rule not in the catalogue, then it is refused', () => {
    expect(refusalReason(draft('visit.teleported-to', 'VISITED', 'person:a', 'place:lima'), entities)).toMatch(
      /visit\.teleported-to is not in the catalogue/,
    );
  });

  it('when a rule emits a type it does not declare, then it is refused', () => {
    expect(refusalReason(draft('visit.visit-verb', 'MET_WITH', 'person:a', 'person:b'), entities)).toMatch(/may not emit MET_WITH/);
  });

  it('when a draft joins endpoints the ontology forbids, then it is refused', () => {
    expect(refusalReason(draft('meeting.cue-between-names', 'MET_WITH', 'person:a', 'country:cl'), entities)).toMatch(
      /MET_WITH may not join Person → Country/,
    );
  });

  it('when an end of the draft is not an entity of the document, then it is refused', () => {
    expect(refusalReason(draft('visit.visit-verb', 'VISITED', 'person:a', 'place:nowhere'), entities)).toMatch(
      /not an entity of the document/,
    );
  });
});
