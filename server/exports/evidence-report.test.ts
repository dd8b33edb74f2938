/* Server exports: the evidence pack — facts as sentences, quotes tied to their documents, conflicts, and
   every document text escaped in the HTML and the Markdown. */

import { describe, expect, it } from 'vitest';
import {
  buildEvidenceReport,
  conflictValues,
  factSentence,
  factSummary,
  singleQuoted,
  valuesDisagree,
  type ReportDocument,
} from './evidence-report.js';
import type { ExportGraph } from './export-graph.js';
import { escapeHtml, toReportHtml } from './to-report-html.js';
import { escapeMarkdown, toReportMarkdown } from './to-report-markdown.js';

const HOSTILE = 'Jane Doe said <script>window.pwned = 1</script> and <img src=x onerror="alert(1)"> on Monday.';
const QUOTE = 'Prime Minister Jane Doe of Canada spoke on Monday.';

const graph: ExportGraph = {
  nodes: [
    {
      id: 'person:jane-doe',
      labels: ['Person'],
      type: 'Person',
      name: 'Jane Doe',
      degree: 2,
      documents: [],
      properties: { name: 'Jane Doe', aliases: ['Doe'] },
    },
    {
      id: 'country:CA',
      labels: ['Country'],
      type: 'Country',
      name: 'Canada',
      degree: 1,
      documents: [],
      properties: { name: 'Canada', iso2: 'CA' },
    },
    {
      id: 'tariff:x',
      labels: ['Tariff'],
      type: 'Tariff',
      name: '25% tariff on <b>steel</b>',
      degree: 1,
      documents: [],
      properties: { rate: 25 },
    },
  ],
  edges: [
    {
      id: 'rel:1',
      type: 'HOLDS_OFFICE',
      source: 'person:jane-doe',
      target: 'country:CA',
      directed: true,
      properties: {
        title: 'Prime Minister',
        evidence: [QUOTE, HOSTILE],
        docIds: ['d1', 'd2'],
        rules: ['office.title-names-country'],
        confidence: 0.9,
      },
    },
    {
      id: 'rel:2',
      type: 'IMPOSES',
      source: 'country:CA',
      target: 'tariff:x',
      directed: true,
      properties: {
        evidence: [QUOTE],
        docIds: ['d1', 'd2'],
        conflict: true,
        conflictValues: [
          JSON.stringify({ value: '25%', docId: 'd1', date: '2025-03-02' }),
          JSON.stringify({ value: '<i>50%</i>', docId: 'd2', date: '2025-03-09' }),
        ],
      },
    },
  ],
};

const documents: ReportDocument[] = [
  {
    id: 'd2',
    title: 'Second <script>alert(2)</script>',
    url: 'javascript:alert(3)',
    outlet: 'Wire',
    publishedAt: '2025-03-09T10:00:00Z',
    quotes: [HOSTILE],
  },
  { id: 'd1', title: 'First story', url: 'https://news.example/a?b=1&c=2', outlet: 'Daily', publishedAt: '2025-03-02', quotes: [QUOTE] },
];

const report = buildEvidenceReport(graph, documents, {
  exportedAt: '2025-04-01T00:00:00.000Z',
  image: 'data:image/png;base64,iVBORw0KGgo=',
});

describe('evidence report', () => {
  it('when a fact is built, then it reads as a sentence with its quotes tied to the documents holding them', () => {
    expect(factSentence('HOLDS_OFFICE', 'Jane Doe', 'Canada', { title: 'Prime Minister' })).toBe(
      'Jane Doe holds office Prime Minister of Canada',
    );
    const office = report.facts.find((f) => f.id === 'rel:1')!;
    expect(office.quotes).toEqual([
      { text: QUOTE, docIds: ['d1'] },
      { text: HOSTILE, docIds: ['d2'] },
    ]);
    expect(office.sources).toBe(2);
    expect(office.firstSeen).toBe('2025-03-02');
    expect(factSummary(office)).toBe('2 sources · first seen 2 Mar 2025 · last seen 9 Mar 2025 · Daily, Wire');
    // Sources are numbered by date.
    expect(report.documents.map((d) => d.id)).toEqual(['d1', 'd2']);
  });

  it('when a time range is given, then only facts, quotes and sources from documents published in it remain', () => {
    const ranged = buildEvidenceReport(graph, documents, { exportedAt: 'x', range: { from: null, to: '2025-03-05' } });
    expect(ranged.title).toBe('Evidence pack · as of 5 Mar 2025');
    expect(ranged.documents.map((d) => d.id)).toEqual(['d1']);
    const office = ranged.facts.find((f) => f.id === 'rel:1')!;
    expect(office.quotes).toEqual([{ text: QUOTE, docIds: ['d1'] }]);
    expect(factSummary(office)).toBe('1 source · first seen 2 Mar 2025 · Daily');
    expect(buildEvidenceReport(graph, documents, { exportedAt: 'x', range: { from: '2026-01-01', to: '2026-12-31' } }).facts).toEqual([]);
  });

  it('when flagged values differ only in how a title is written, then the pack shows no conflict', () => {
    const titled = (values: string[]): ExportGraph => ({
      nodes: graph.nodes,
      edges: [
        {
          id: 'rel:t',
          type: 'HOLDS_OFFICE',
          source: 'person:jane-doe',
          target: 'country:CA',
          directed: true,
          properties: {
            evidence: [QUOTE],
            docIds: ['d1', 'd2'],
            conflict: true,
            conflictValues: values.map((value, i) => JSON.stringify({ value, docId: `d${i + 1}` })),
          },
        },
      ],
    });
    const fact = (values: string[]) => buildEvidenceReport(titled(values), documents, { exportedAt: 'x' }).facts[0]!;
    expect(fact(['Commissioner', 'External Trade Commissioner']).conflict).toBeNull();
    expect(fact(['the Trade Commissioner.', 'trade commissioner']).conflict).toBeNull();
    expect(fact(['Trade Commissioner', 'Energy Commissioner']).conflict).toHaveLength(2);
    // A rank is not a field: these still conflict.
    expect(fact(['Minister', 'Prime Minister']).conflict).toHaveLength(2);
    expect(fact(['Deputy Trade Commissioner', 'Trade Commissioner']).conflict).toHaveLength(2);
    const rates = (...values: string[]) => valuesDisagree(values.map((value, i) => ({ value, docId: `d${i}`, date: null })));
    expect(rates('25%', '25 %')).toBe(false);
    expect(rates('25%', '2.5%')).toBe(true);
    expect(rates('25%', '10%', '25%')).toBe(true);
  });

  it('when evidence already carries quote marks, then it is quoted once, in single quotes', () => {
    expect(singleQuoted('"Tariffs rise," she said.')).toBe('‘Tariffs rise," she said.’');
    expect(singleQuoted('“We agreed.”')).toBe('‘We agreed.’');
    const html = toReportHtml(buildEvidenceReport(graph, documents, { exportedAt: 'x' }));
    expect(html).toContain(`<blockquote>‘${escapeHtml(QUOTE)}’`);
    expect(html).not.toMatch(/“|”/);
  });

  it('when a relationship is flagged conflict, then its values come first with their documents and dates', () => {
    expect(report.facts[0]!.id).toBe('rel:2');
    expect(report.facts[0]!.conflict).toEqual([
      { value: '25%', docId: 'd1', date: '2025-03-02' },
      { value: '<i>50%</i>', docId: 'd2', date: '2025-03-09' },
    ]);
    expect(conflictValues({ values: ['{"rate": 10, "docId": "a"}'] })).toEqual([{ value: '10%', docId: 'a', date: null }]);
    // The stored form: parallel lists, values as JSON.
    expect(
      conflictValues({
        claimProps: ['title', 'title', 'portfolio'],
        claimScopes: [null, null, null],
        claimValues: ['"Prime Minister"', '"Foreign Minister"', '"Trade"'],
        claimDocIds: ['a', 'b', 'b'],
      }),
    ).toEqual([
      { value: 'Prime Minister', docId: 'a', date: null },
      { value: 'Foreign Minister', docId: 'b', date: null },
    ]);
  });

  it('when rendered as HTML, then every document text is escaped, no script or external load is possible, and the picture is inline', () => {
    const html = toReportHtml(report);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img src=x/i);
    expect(html).not.toContain('<i>50%</i>');
    expect(html).not.toContain('<b>steel</b>');
    expect(html).toContain(escapeHtml(HOSTILE));
    expect(html).toContain('&lt;script&gt;window.pwned = 1&lt;/script&gt;');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<img src="data:image/png;base64,iVBORw0KGgo="');
    // Only http(s) document URLs become links.
    expect(html).toContain('href="https://news.example/a?b=1&amp;c=2"');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('Jane Doe holds office Prime Minister of Canada');
    expect(html).toContain('Conflicting values');
    // Nothing that a browser would fetch: no src/href other than data: URLs and plain links.
    for (const m of html.matchAll(/\ssrc="([^"]*)"/g)) expect(m[1]).toMatch(/^data:/);
    expect(html).not.toMatch(/<link|@import|url\(/i);
  });

  it('when the picture is not an image data: URL, then it is left out', () => {
    const html = toReportHtml({ ...report, image: 'https://evil.example/x.png' });
    expect(html).not.toContain('evil.example');
  });

  it('when rendered as Markdown, then HTML and Markdown syntax in document text are inert', () => {
    const md = toReportMarkdown(report);
    expect(md).not.toMatch(/<script/i);
    expect(md).toContain(escapeMarkdown(HOSTILE));
    expect(md).toContain('&lt;script&gt;window.pwned = 1&lt;/script&gt;');
    expect(md).toContain('### Jane Doe holds office Prime Minister of Canada');
    expect(md).toContain('— conflicting values');
    expect(md).toContain('<https://news.example/a?b=1&c=2>');
    expect(md).not.toContain('javascript:');
    expect(escapeMarkdown('[click](https://x.example)')).toBe('\\[click\\]\\(https://x.example\\)');
  });
});
