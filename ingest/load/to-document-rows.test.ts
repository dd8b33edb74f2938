/* Ingest load: a corpus-wide ExtractionResult split per document and turned into grouped rows. */

import { describe, expect, it } from 'vitest';
import { documentId, relationId } from '../../ontology/ids.js';
import type { ExtractionResult } from '../../ontology/extraction-result.js';
import { findNodes, mergeEntities, mergeRelations } from './cypher-statements.js';
import { LoadError } from './load-error.js';
import { splitByDocument } from './split-by-document.js';
import { tariffMeasure, toDocumentRows } from './to-document-rows.js';

const TEXT_A = 'Ana Costa met Ben Osei in Lima. Peru and Chile signed the Andes Accord.';
const TEXT_B = 'Ben Osei met Ana Costa again. Chile praised the Andes Accord.';
const A = documentId(TEXT_A);
const B = documentId(TEXT_B);

const corpus: ExtractionResult = {
  documents: [
    { id: A, title: 'A', source: 'a.txt', publishedAt: '2024-03-05T10:00:00Z', text: TEXT_A },
    { id: B, title: 'B', source: 'b.txt', publishedAt: null, text: TEXT_B },
  ],
  entities: [
    {
      id: 'person:ana-costa',
      type: 'Person',
      labels: ['Person', 'Minister'],
      name: 'Ana Costa',
      aliases: ['Costa'],
      properties: { title: 'Minister', portfolio: null },
      mentions: [
        { docId: A, start: 0, end: 9, text: 'Ana Costa', sentence: 0 },
        { docId: B, start: 13, end: 22, text: 'Ana Costa', sentence: 0 },
      ],
    },
    {
      id: 'person:ben-osei',
      type: 'Person',
      labels: ['Person'],
      name: 'Ben Osei',
      aliases: [],
      properties: {},
      mentions: [
        { docId: A, start: 14, end: 22, text: 'Ben Osei', sentence: 0 },
        { docId: B, start: 0, end: 8, text: 'Ben Osei', sentence: 0 },
      ],
    },
    {
      id: 'country:PE',
      type: 'Country',
      labels: ['Country'],
      name: 'Peru',
      aliases: [],
      properties: { iso2: 'PE' },
      mentions: [{ docId: A, start: 32, end: 36, text: 'Peru', sentence: 1 }],
    },
  ],
  relations: [
    {
      source: 'person:ben-osei',
      type: 'MET_WITH',
      target: 'person:ana-costa',
      properties: {},
      evidence: ['Ana Costa met Ben Osei in Lima.', 'Ben Osei met Ana Costa again.'],
      docIds: [A, B],
      confidence: 0.8,
      rules: ['meeting.cue-between-names'],
    },
  ],
};

describe('splitByDocument', () => {
  it('when a relation has two documents, then each document gets it with its own evidence sentence', () => {
    const [a, b] = splitByDocument(corpus);
    expect(a!.relations).toEqual([expect.objectContaining({ evidence: ['Ana Costa met Ben Osei in Lima.'], docIds: [A] })]);
    expect(b!.relations).toEqual([expect.objectContaining({ evidence: ['Ben Osei met Ana Costa again.'], docIds: [B] })]);
  });

  it('when an entity is mentioned in one document only, then only that document carries it, with its own mentions', () => {
    const [a, b] = splitByDocument(corpus);
    expect(a!.entities.map((e) => e.id)).toEqual(['person:ana-costa', 'person:ben-osei', 'country:PE']);
    expect(b!.entities.map((e) => e.id)).toEqual(['person:ana-costa', 'person:ben-osei']);
    expect(b!.entities[0]!.mentions).toEqual([{ docId: B, start: 13, end: 22, text: 'Ana Costa', sentence: 0 }]);
  });
});

describe('toDocumentRows', () => {
  it('when a document is turned into rows, then rows are grouped by label set, symmetric relations oriented and nulls dropped', () => {
    const rows = toDocumentRows(splitByDocument(corpus)[0]!);
    expect(rows.document).toMatchObject({
      id: A,
      source: 'a.txt',
      props: { title: 'A', source: 'a.txt', publishedAt: '2024-03-05T10:00:00Z', text: TEXT_A },
    });
    expect(rows.document.signature).toHaveLength(64);
    expect(Object.keys(rows.document.props).filter((k) => k.startsWith('lsh'))).toHaveLength(16);
    expect(rows.entities.map((g) => g.labels)).toEqual([['Country'], ['Person', 'Minister'], ['Person']]);
    const ana = rows.entities[1]!.rows[0]!;
    expect(ana).toEqual({
      id: 'person:ana-costa',
      name: 'Ana Costa',
      aliases: ['Costa'],
      mentionCount: 1,
      firstSeen: '2024-03-05',
      lastSeen: '2024-03-05',
      props: { title: 'Minister' },
    });
    const met = rows.relations[0]!;
    expect([met.type, met.from, met.to]).toEqual(['MET_WITH', 'Person', 'Person']);
    expect(met.rows[0]).toMatchObject({
      id: relationId('MET_WITH', 'person:ana-costa', 'person:ben-osei'),
      source: 'person:ana-costa',
      target: 'person:ben-osei',
    });
    const peru = rows.mentions.find((g) => g.label === 'Country')!.rows[0]!;
    expect(peru).toEqual({
      id: relationId('MENTIONED_IN', 'country:PE', A),
      entityId: 'country:PE',
      docId: A,
      count: 1,
      sentences: ['Peru and Chile signed the Andes Accord.'],
      offsets: [32, 36],
    });
    expect(rows.rowCount).toBe(3 + 1 + 3);
  });

  it('when documents state different values of a claim, then the row of each document carries its own value', () => {
    const trade: ExtractionResult = {
      documents: corpus.documents,
      entities: [
        { id: 'country:PE', type: 'Country', labels: ['Country'], name: 'Peru', aliases: [], properties: {} },
        { id: 'country:CL', type: 'Country', labels: ['Country'], name: 'Chile', aliases: [], properties: {} },
        {
          id: 'tariff:25%-tariff-on-copper-against-cl-by-pe',
          type: 'Tariff',
          labels: ['Tariff'],
          name: '25% tariff on copper',
          aliases: [],
          properties: { rate: 25 },
        },
      ],
      relations: [
        {
          source: 'country:PE',
          type: 'TRADES_WITH',
          target: 'country:CL',
          properties: { valueUsd: 1e9, year: 2023 },
          evidence: [],
          docIds: [A, B],
          confidence: 0.8,
          rules: ['r'],
          docProperties: { [A]: { valueUsd: 1e9, year: 2023 }, [B]: { valueUsd: 2e9, year: 2023 } },
        },
        {
          source: 'country:PE',
          type: 'IMPOSES',
          target: 'tariff:25%-tariff-on-copper-against-cl-by-pe',
          properties: {},
          evidence: [],
          docIds: [A],
          confidence: 0.8,
          rules: ['r'],
        },
      ],
    };
    const [a, b] = splitByDocument(trade).map(toDocumentRows);
    const row = (r: typeof a) => r!.relations.find((g) => g.type === 'TRADES_WITH')!.rows[0]!;
    expect(row(a)).toMatchObject({ claimProps: ['valueUsd'], claimScopes: ['2023'], claimValues: ['1000000000'], claimDocIds: [A] });
    expect(row(b)).toMatchObject({ claimValues: ['2000000000'], claimDocIds: [B] });
    expect(a!.relations.find((g) => g.type === 'IMPOSES')!.rows[0]).toMatchObject({ claimProps: [], claimDocIds: [] });
    const tariff = a!.entities.find((g) => g.labels[0] === 'Tariff')!.rows[0]!;
    expect(tariff.props).toEqual({ rate: 25, measure: 'tariff:tariff-on-copper-against-cl-by-pe' });
    expect(tariffMeasure('tariff:tariff-on-coffee')).toBeNull();
    const office: ExtractionResult = {
      documents: [corpus.documents[0]!],
      entities: [corpus.entities[0]!, corpus.entities[2]!],
      relations: [
        {
          source: 'person:ana-costa',
          type: 'HOLDS_OFFICE',
          target: 'country:PE',
          properties: { title: 'Minister', portfolio: 'Trade' },
          evidence: [],
          docIds: [A],
          confidence: 0.8,
          rules: ['r'],
        },
      ],
    };
    expect(toDocumentRows(office).relations[0]!.rows[0]).toMatchObject({
      claimProps: ['title', 'portfolio'],
      claimScopes: ['', ''],
      claimValues: ['"Minister"', '"Trade"'],
      claimDocIds: [A, A],
    });
  });

  it('when an entity carries a label outside the ontology, then the document is refused before any Cypher is built', () => {
    const bad: ExtractionResult = {
      ...corpus,
      documents: [corpus.documents[0]!],
      entities: [{ ...corpus.entities[2]!, labels: ['Country', 'Robert`) DETACH DELETE (n'] as never }],
      relations: [],
    };
    expect(() => toDocumentRows(bad)).toThrow(LoadError);
  });

  it('when a statement is built, then only ontology labels and types are accepted', () => {
    expect(() => mergeEntities(['Person', 'Evil' as never])).toThrow(/refusing label "Evil"/);
    expect(() => mergeRelations('DROP' as never)).toThrow(/refusing relationship type/);
    expect(() => findNodes('Document' as never)).toThrow(/refusing label/);
  });
});
