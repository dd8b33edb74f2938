/* Ingest load: rows naming merged-away ids land on the surviving entity. */

import { describe, expect, it } from 'vitest';
import { relationId } from '../../ontology/ids.js';
import { applyRedirects } from './apply-redirects.js';
import type { DocumentRows } from './graph-rows.js';

const doc: DocumentRows = {
  document: { id: 'd1', source: 's', props: {}, signature: null },
  entities: [
    {
      labels: ['Person', 'Minister'],
      rows: [{ id: 'person:j-doe', name: 'J. Doe', aliases: [], mentionCount: 1, firstSeen: null, lastSeen: null, props: {} }],
    },
    {
      labels: ['Person'],
      rows: [{ id: 'person:jane-doe', name: 'Jane Doe', aliases: [], mentionCount: 2, firstSeen: null, lastSeen: null, props: {} }],
    },
  ],
  relations: [
    {
      type: 'MET_WITH',
      from: 'Person',
      to: 'Person',
      rows: [
        {
          id: 'x',
          source: 'person:j-doe',
          target: 'person:jane-doe',
          evidence: ['s'],
          docIds: ['d1'],
          confidence: 0.5,
          rules: [],
          props: {},
          claimProps: [],
          claimScopes: [],
          claimValues: [],
          claimDocIds: [],
        },
      ],
    },
    {
      type: 'VISITED',
      from: 'Person',
      to: 'Place',
      rows: [
        {
          id: 'y',
          source: 'person:j-doe',
          target: 'place:acme',
          evidence: ['t'],
          docIds: ['d1'],
          confidence: 0.5,
          rules: [],
          props: {},
          claimProps: [],
          claimScopes: [],
          claimValues: [],
          claimDocIds: [],
        },
      ],
    },
  ],
  mentions: [
    {
      label: 'Person',
      rows: [
        { id: 'm1', entityId: 'person:j-doe', docId: 'd1', count: 1, sentences: ['a'], offsets: [0, 3] },
        { id: 'm2', entityId: 'person:jane-doe', docId: 'd1', count: 2, sentences: ['b'], offsets: [5, 9] },
      ],
    },
  ],
  rowCount: 6,
};

describe('applyRedirects', () => {
  it('when an id was merged away, then its entity, relation and mention rows use the survivor; a relation between the two names is dropped', () => {
    const out = applyRedirects(doc, new Map([['person:j-doe', 'person:jane-doe']]));
    expect(out.entities.flatMap((g) => g.rows.map((r) => r.id))).toEqual(['person:jane-doe', 'person:jane-doe']);
    expect(out.relations.flatMap((g) => g.rows)).toEqual([
      expect.objectContaining({
        id: relationId('VISITED', 'person:jane-doe', 'place:acme'),
        source: 'person:jane-doe',
        target: 'place:acme',
      }),
    ]);
    expect(out.mentions[0]!.rows).toEqual([
      expect.objectContaining({ entityId: 'person:jane-doe', count: 3, sentences: ['a', 'b'], offsets: [0, 3, 5, 9] }),
    ]);
    expect(out.rowCount).toBe(4);
    expect(doc.mentions[0]!.rows[0]!.count).toBe(1);
  });

  it('when an id was retyped, then its rows move to the new label group (Minister only stays on a Person)', () => {
    const out = applyRedirects(doc, new Map([['person:j-doe', 'org:j-doe']]));
    expect(out.entities.map((g) => [g.labels.join(':'), g.rows.map((r) => r.id)])).toEqual([
      ['Organization', ['org:j-doe']],
      ['Person', ['person:jane-doe']],
    ]);
    expect(out.relations.find((g) => g.type === 'VISITED')).toMatchObject({ from: 'Organization', to: 'Place' });
  });

  it('when nothing is redirected, then the rows are returned as they are', () => {
    expect(applyRedirects(doc, new Map())).toBe(doc);
  });
});
