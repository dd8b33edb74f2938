/* Server tests: a small graph written with parameterised Cypher in the storage format (exact counts known). */

import type { Driver } from 'neo4j-driver';
import { documentId, relationId } from '../../ontology/ids.js';

export const NASTY_NAME = 'Acme <Tools> & "Sons" \'Ltd\'\u0001\u0007 ]]> --';
export const FORMULA = '=HYPERLINK("http://evil.example/x","click me")';

const DOC_TEXTS = [
  'Mark Carney met Claudia Sheinbaum in Mexico City. Canada and Mexico trade under the USMCA.',
  'The United States imposed a 50% tariff on Canadian steel. Marcelo Ebrard spoke for Mexico.',
];
export const DOCS = DOC_TEXTS.map((text, i) => ({
  id: documentId(text),
  title: `Fixture document ${i + 1}`,
  source: `fixture/${i + 1}.txt`,
  url: `https://news.example/${i + 1}`,
  publishedAt: `2025-0${i + 1}-15`,
  text,
  ingestedAt: `2025-0${i + 1}-16T10:00:00Z`,
}));

export const HUB_FANS = 150;

interface Entity {
  id: string;
  labels: string[];
  name: string;
  aliases: string[];
  props?: Record<string, unknown>;
  mentions?: [number, string][]; // [doc index, surface text]
}

const ENTITIES: Entity[] = [
  {
    id: 'person:mark-carney',
    labels: ['Person'],
    name: 'Mark Carney',
    aliases: ['Carney', 'PM Carney'],
    props: { title: 'Prime Minister' },
    mentions: [[0, 'Mark Carney']],
  },
  {
    id: 'person:claudia-sheinbaum',
    labels: ['Person'],
    name: 'Claudia Sheinbaum',
    aliases: ['Sheinbaum'],
    props: { title: 'President' },
    mentions: [[0, 'Claudia Sheinbaum']],
  },
  {
    id: 'person:marcelo-ebrard',
    labels: ['Person', 'Minister'],
    name: 'Marcelo Ebrard',
    aliases: ['Ebrard'],
    props: { portfolio: 'Economy' },
    mentions: [[1, 'Marcelo Ebrard']],
  },
  {
    id: 'country:CA',
    labels: ['Country'],
    name: 'Canada',
    aliases: ['Canadian'],
    props: { iso2: 'CA', iso3: 'CAN' },
    mentions: [
      [0, 'Canada'],
      [1, 'Canadian'],
    ],
  },
  {
    id: 'country:MX',
    labels: ['Country'],
    name: 'Mexico',
    aliases: ['Mexican'],
    props: { iso2: 'MX', iso3: 'MEX' },
    mentions: [
      [0, 'Mexico'],
      [1, 'Mexico'],
    ],
  },
  {
    id: 'country:US',
    labels: ['Country'],
    name: 'United States',
    aliases: ['U.S.', 'US', 'Washington'],
    props: { iso2: 'US', iso3: 'USA' },
    mentions: [[1, 'United States']],
  },
  {
    id: 'agreement:usmca',
    labels: ['Agreement'],
    name: 'USMCA',
    aliases: ['US-Mexico-Canada Agreement'],
    props: { acronym: 'USMCA', reviewOn: '2026-07-01' },
    mentions: [[0, 'USMCA']],
  },
  {
    id: 'tariff:50%-tariff-on-canadian-steel',
    labels: ['Tariff'],
    name: '50% tariff on Canadian steel',
    aliases: [],
    props: { rate: 50, product: 'steel', label: '50% tariff on Canadian steel' },
    mentions: [[1, '50% tariff on Canadian steel']],
  },
  { id: 'product:steel', labels: ['Product'], name: 'steel', aliases: [], mentions: [[1, 'steel']] },
  {
    id: 'place:mexico-city',
    labels: ['Place'],
    name: 'Mexico City',
    aliases: ['CDMX'],
    props: { kind: 'city' },
    mentions: [[0, 'Mexico City']],
  },
  {
    id: 'org:acme',
    labels: ['Organization'],
    name: NASTY_NAME,
    aliases: [FORMULA, 'Acme\ttabbed', '+1 sneaky', '-2 sneaky', '@SUM(A1)'],
    props: { kind: 'company' },
  },
  { id: 'org:hub', labels: ['Organization'], name: 'Hub Institute', aliases: ['Hub'], props: { kind: 'think tank' } },
];

type Rel = [type: string, source: string, target: string, props?: Record<string, unknown>, evidence?: string[]];

const RELATIONS: Rel[] = [
  ['HOLDS_OFFICE', 'person:mark-carney', 'country:CA', { title: 'Prime Minister' }],
  ['HOLDS_OFFICE', 'person:claudia-sheinbaum', 'country:MX', { title: 'President' }],
  ['HOLDS_OFFICE', 'person:marcelo-ebrard', 'country:MX', { title: 'Secretary of Economy', portfolio: 'Economy' }],
  ['MET_WITH', 'person:claudia-sheinbaum', 'person:mark-carney', { date: '2025-09-18', place: 'Mexico City' }],
  ['PARTY_TO', 'country:CA', 'agreement:usmca'],
  ['PARTY_TO', 'country:MX', 'agreement:usmca'],
  ['PARTY_TO', 'country:US', 'agreement:usmca'],
  ['IMPOSES', 'country:US', 'tariff:50%-tariff-on-canadian-steel', { date: '2025-06-04' }],
  ['TARGETS', 'tariff:50%-tariff-on-canadian-steel', 'country:CA'],
  ['ON_PRODUCT', 'tariff:50%-tariff-on-canadian-steel', 'product:steel'],
  ['TRADES_WITH', 'country:CA', 'country:MX', { valueUsd: 40.5e9, year: 2024 }],
  ['VISITED', 'person:mark-carney', 'place:mexico-city', { date: '2025-09-18' }],
  ['LOCATED_IN', 'place:mexico-city', 'country:MX'],
  [
    'FUNDS',
    'country:CA',
    'org:acme',
    { amount: 9.9e6, currency: 'CAD', purpose: 'a "quoted" <purpose> & more' },
    [FORMULA, "Line one\nline two; with ; semicolons \\ and 'quotes'"],
  ],
];

/** The extraction rules credited with a fixture relationship: one per type, two for Carney's office. */
function fixtureRules(type: string, source: string): string[] {
  const rule = `fixture.${type.toLowerCase().replace(/_/g, '-')}`;
  return source === 'person:mark-carney' && type === 'HOLDS_OFFICE' ? ['office.title-before-name', rule] : [rule];
}

const FAN_IDS = Array.from({ length: HUB_FANS }, (_, i) => `person:fan-${String(i).padStart(3, '0')}`);

export async function loadFixtureGraph(driver: Driver, database: string): Promise<void> {
  const entities = [
    ...ENTITIES,
    ...FAN_IDS.map((id, i) => ({ id, labels: ['Person'], name: `Fan Number ${i}`, aliases: [] as string[], props: {}, mentions: [] })),
  ];
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run('UNWIND $docs AS d MERGE (doc:Document {id: d.id}) SET doc += d', { docs: DOCS });
      for (const e of entities) {
        await tx.run(
          `MERGE (n:${e.labels[0]} {id: $id}) SET n += $props, n.name = $name, n.aliases = $aliases, n.mentionCount = $count
           WITH n CALL (n) { WITH n WHERE $minister SET n:Minister }`,
          {
            id: e.id,
            name: e.name,
            aliases: e.aliases,
            props: e.props ?? {},
            count: e.mentions?.length ?? 0,
            minister: e.labels.includes('Minister'),
          },
        );
        const byDoc = new Map<number, number[]>();
        for (const [doc, surface] of e.mentions ?? []) {
          const start = DOC_TEXTS[doc]!.indexOf(surface);
          byDoc.set(doc, [...(byDoc.get(doc) ?? []), start, start + surface.length]);
        }
        for (const [doc, offsets] of byDoc) {
          await tx.run(
            `MATCH (n:${e.labels[0]} {id: $id}), (d:Document {id: $doc})
             MERGE (n)-[m:MENTIONED_IN {id: $relId}]->(d) SET m.count = $count, m.offsets = $offsets, m.sentences = [$sentence]`,
            {
              id: e.id,
              doc: DOCS[doc]!.id,
              relId: relationId('MENTIONED_IN', e.id, DOCS[doc]!.id),
              count: offsets.length / 2,
              offsets,
              sentence: DOC_TEXTS[doc]!.split('. ')[0],
            },
          );
        }
      }
      const rels: Rel[] = [...RELATIONS, ...FAN_IDS.map((f): Rel => ['AFFILIATED_WITH', f, 'org:hub', { role: 'fellow' }])];
      const label = (id: string) => entities.find((e) => e.id === id)!.labels[0];
      for (const [type, source, target, props, evidence] of rels) {
        await tx.run(
          `MATCH (a:${label(source)} {id: $source}), (b:${label(target)} {id: $target})
           MERGE (a)-[r:${type} {id: $id}]->(b)
           SET r += $props, r.evidence = $evidence, r.docIds = $docIds, r.rules = $rules, r.confidence = 0.9`,
          {
            source,
            target,
            id: relationId(type, source, target),
            props: props ?? {},
            evidence: evidence ?? [`${source} ${type} ${target}.`],
            docIds: [DOCS[0]!.id],
            rules: fixtureRules(type, source),
          },
        );
      }
    });
  } finally {
    await session.close();
  }
}
