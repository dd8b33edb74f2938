/* Server against a real Neo4j: time and sources on edges, from/to on the graph endpoints, the timeline, conflicting claims. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestInputs } from '../../ingest/ingest-inputs.js';
import { removeDocument } from '../../ingest/remove-document.js';
import { relationId } from '../../ontology/ids.js';
import type { Claim, GraphEdge, RelationDetailsResponse, TimelineResponse } from '../../ontology/api-types.js';
import { clearGraph } from '../test-database.js';
import { startHarness, type Harness } from './server-harness.js';

const TARIFF_25 = 'tariff:25%-tariff-on-steel-against-ug-by-ke';
const TARIFF_35 = 'tariff:35%-tariff-on-steel-against-ug-by-ke';
const INPUTS = [
  {
    text: 'NAIROBI, June 3, 2024 (Reuters) - Kenya imposed a 25 percent tariff on steel from Uganda on Monday, the finance ministry said.',
    source: 't/1.txt',
  },
  {
    text: 'Kenya imposed a 35 percent tariff on steel from Uganda on Monday, officials said.',
    source: 't/2.txt',
    publishedAt: '2024-07-01',
    outlet: 'Harbour Times',
  },
  {
    text: 'Trade between Kenya and Uganda was worth $2.1 billion in 2023, according to the central bank.',
    source: 't/3.txt',
    publishedAt: '2024-02-01',
    outlet: 'Daily Ledger',
  },
  {
    text: 'Officials in Nairobi said trade between Kenya and Uganda was worth $2.4 billion in 2023, citing central bank data released on Friday.',
    source: 't/4.txt',
    publishedAt: '2024-03-01',
  },
  { text: 'Kenyan Prime Minister Elin Varga met the press in Nairobi on Tuesday.', source: 't/5.txt', publishedAt: '2025-01-10T09:00:00Z' },
  {
    text: 'Kenyan President Elin Varga told parliament on Wednesday that the budget would pass.',
    source: 't/6.txt',
    publishedAt: '2025-02-10',
  },
  { text: 'Kenyan President Elin Varga spoke to reporters in Nairobi.', source: 't/7.txt' },
];

let h: Harness;
let docIds: string[];

beforeAll(async () => {
  h = await startHarness();
  await clearGraph(h.driver, h.database);
  docIds = (await ingestInputs(h.driver, h.database, INPUTS)).results.map((r) => r.id);
});
afterAll(() => h.close());

const relation = (type: string, source: string, target: string) =>
  h.json<RelationDetailsResponse>(`/api/relations/${relationId(type, source, target)}`);
const values = (claims: Claim[] | undefined) => (claims ?? []).map((c) => [c.value, c.date, c.outlet]);

describe('time and sources on the API', () => {
  it('when documents give two rates of one tariff measure, then its IMPOSES edges conflict and show both with their sources', async () => {
    const { status, body } = await relation('IMPOSES', 'country:KE', TARIFF_25);
    expect(status).toBe(200);
    expect(body.edge).toMatchObject({ conflict: true, sources: 1, firstSeen: '2024-06-03', lastSeen: '2024-06-03', outlets: ['Reuters'] });
    expect(values(body.edge.claims)).toEqual([
      [25, '2024-06-03', 'Reuters'],
      [35, '2024-07-01', 'Harbour Times'],
    ]);
    expect(body.edge.claims!.map((c) => [c.property, c.nodeId, c.docId])).toEqual([
      ['rate', TARIFF_25, docIds[0]],
      ['rate', TARIFF_35, docIds[1]],
    ]);
    expect(body.documents[0]).toMatchObject({ id: docIds[0], outlet: 'Reuters' });
  });

  it('when documents give two trade values for one pair and year, or two titles, then the relationship keeps each with its document', async () => {
    const trade = (await relation('TRADES_WITH', 'country:KE', 'country:UG')).body.edge;
    expect(trade).toMatchObject({ conflict: true, sources: 2, firstSeen: '2024-02-01', lastSeen: '2024-03-01', outlets: ['Daily Ledger'] });
    expect(trade.claims!.map((c) => [c.property, c.scope, c.value, c.date])).toEqual([
      ['valueUsd', '2023', 2.1e9, '2024-02-01'],
      ['valueUsd', '2023', 2.4e9, '2024-03-01'],
    ]);
    const office = (await relation('HOLDS_OFFICE', 'person:elin-varga', 'country:KE')).body.edge;
    expect(office).toMatchObject({ conflict: true, sources: 3, firstSeen: '2025-01-10', lastSeen: '2025-02-10' });
    expect(values(office.claims)).toEqual([
      ['Prime Minister', '2025-01-10', null],
      ['President', '2025-02-10', null],
      ['President', null, null],
    ]);
    // A fact stated once, with one value, conflicts with nothing.
    const targets = (await relation('TARGETS', TARIFF_25, 'country:UG')).body.edge;
    expect(targets).toMatchObject({ conflict: false, claims: [], sources: 1 });
  });

  it('when the overview is asked for a range, then only relationships stated by documents of the range are shown', async () => {
    const all = await h.json<{ edges: GraphEdge[] }>('/api/graph');
    const types = (edges: GraphEdge[]) => [...new Set(edges.map((e) => e.type))].sort();
    expect(types(all.body.edges)).toEqual(expect.arrayContaining(['HOLDS_OFFICE', 'IMPOSES', 'TRADES_WITH']));
    const conflicting = all.body.edges.find((e) => e.type === 'TRADES_WITH')!;
    expect(conflicting.claims).toHaveLength(2);
    expect(all.body.edges.find((e) => e.type === 'TARGETS')!.claims).toEqual([]);
    const recent = await h.json<{ edges: GraphEdge[]; nodes: { id: string }[] }>('/api/graph?from=2025-01-01');
    expect(types(recent.body.edges)).toEqual(['HOLDS_OFFICE']);
    expect(recent.body.nodes.map((n) => n.id)).not.toContain(TARIFF_25);
    const june = await h.json<{ edges: GraphEdge[] }>('/api/graph?from=2024-06-01&to=2024-06-30');
    expect(june.body.edges.map((e) => e.target).sort()).toEqual(['country:UG', 'product:steel', TARIFF_25].sort());
  });

  it('when neighbours or paths are asked for a range, then relationships outside it are left out', async () => {
    const june = await h.json<{ edges: GraphEdge[] }>('/api/nodes/country:KE/neighbors?from=2024-06-01&to=2024-06-30');
    expect(june.body.edges.map((e) => e.id)).toEqual([relationId('IMPOSES', 'country:KE', TARIFF_25)]);
    const later = await h.json<{ paths: unknown[] }>(`/api/paths?from=country:UG&to=${encodeURIComponent(TARIFF_35)}&since=2024-07-01`);
    expect(later.body.paths).toHaveLength(1);
    const earlier = await h.json<{ paths: unknown[] }>(`/api/paths?from=country:UG&to=${encodeURIComponent(TARIFF_35)}&until=2024-06-30`);
    expect(earlier.body.paths).toEqual([]);
  });

  it('when the timeline is asked by month, then each month counts its documents and the relationships first seen in it', async () => {
    const { status, body } = await h.json<TimelineResponse>('/api/timeline?bucket=month');
    expect(status).toBe(200);
    expect(body).toMatchObject({ bucket: 'month', from: '2024-02-01', to: '2025-02-28', undatedDocuments: 1 });
    expect(body.buckets).toHaveLength(13);
    const at = (start: string) => body.buckets.find((b) => b.start === start);
    expect(at('2024-02-01')).toEqual({ start: '2024-02-01', end: '2024-02-29', documents: 1, newRelationships: 1 });
    expect(at('2024-03-01')).toMatchObject({ documents: 1, newRelationships: 0 });
    expect(at('2024-06-01')).toMatchObject({ documents: 1, newRelationships: 3 });
    expect(at('2024-07-01')).toMatchObject({ documents: 1, newRelationships: 3 });
    expect(at('2024-10-01')).toMatchObject({ documents: 0, newRelationships: 0 });
    expect(body.buckets.reduce((n, b) => n + b.documents, 0)).toBe(6);
  });

  it('when the timeline is asked by week or day within a range, then buckets start on Mondays and cover the range', async () => {
    const week = await h.json<TimelineResponse>('/api/timeline?bucket=week&from=2024-06-01&to=2024-07-07');
    expect(week.body.buckets[0]).toMatchObject({ start: '2024-05-27', end: '2024-06-02', documents: 0 });
    expect(week.body.buckets.find((b) => b.start === '2024-06-03')).toMatchObject({ documents: 1, newRelationships: 3 });
    expect(week.body.buckets.at(-1)!.start).toBe('2024-07-01');
    const days = await h.json<TimelineResponse>('/api/timeline?bucket=day&from=2025-01-10&to=2025-01-12');
    expect(days.body.buckets.map((b) => [b.start, b.documents])).toEqual([
      ['2025-01-10', 1],
      ['2025-01-11', 0],
      ['2025-01-12', 0],
    ]);
  });

  it('when a date, a bucket or a range is bad, then the answer is 400 with a message', async () => {
    for (const path of [
      '/api/timeline?bucket=year',
      '/api/timeline?from=2024-13-01',
      '/api/timeline?from=2025-02-30',
      '/api/timeline?from=2025-01-01&to=2024-01-01',
      '/api/graph?from=yesterday',
      '/api/nodes/country:KE/neighbors?to=2024-1-1',
      '/api/paths?from=country:UG&to=country:KE&since=2024-02-31',
      '/api/timeline?bucket=day&from=1900-01-01&to=2025-01-01',
    ]) {
      const { status, body } = await h.json(path);
      expect([path, status]).toEqual([path, 400]);
      expect(body.error.message).toMatch(/\S/);
    }
    expect((await h.json('/api/timeline?bucket=year')).body.error.message).toMatch(/bucket/);
    expect((await h.json('/api/graph?from=2025-01-01&to=2024-01-01')).body.error.message).toMatch(/from/);
  });

  it('when the document with the other rate is removed, then the tariff no longer conflicts', async () => {
    await removeDocument(h.driver, h.database, docIds[1]!);
    const { body } = await relation('IMPOSES', 'country:KE', TARIFF_25);
    expect(body.edge.conflict).toBe(false);
    expect(values(body.edge.claims)).toEqual([[25, '2024-06-03', 'Reuters']]);
  });
});
