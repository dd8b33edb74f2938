/* E2E: the explorer on a graph of over 300 entities in headless Chromium — no two drawn labels overlap, positions
   survive a reload, a saved view reopens identical, and after a second ingest it shows exactly the new relationships. */

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDocument } from '../../ingest/remove-document.js';
import { SCREENSHOTS, startBrowserHarness, viewState, waitForIdle, WRITE_TOKEN, type BrowserHarness } from './browser-harness.js';

/** Invented news: two people, their countries, a meeting and an accord; the second adds a visit, a meeting place and a tariff. */
const FIRST =
  'Norwegian Prime Minister Erik Dahl met Chilean President Rosa Vidal in Oslo on Tuesday. Norway signed the Fjord Accord with Chile.';
const SECOND = 'Erik Dahl visited Lima on Friday. Rosa Vidal met Erik Dahl in Lima. Norway imposed a 15% tariff on Chilean copper.';
const GENERATED = 320;

let harness: BrowserHarness;
const documents: string[] = [];

type Box = { x1: number; y1: number; x2: number; y2: number };
type Positions = Record<string, { x: number; y: number }>;

const rows = async <T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> =>
  (await harness.driver.executeQuery(cypher, params, { database: harness.database })).records.map((r) => r.toObject() as T);

async function ingest(text: string, source: string, publishedAt: string): Promise<string> {
  const res = await fetch(`${harness.server.url}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${WRITE_TOKEN}` },
    body: JSON.stringify({ text, source, publishedAt }),
  });
  expect(res.status).toBe(201);
  const { documentId } = (await res.json()) as { documentId: string };
  documents.push(documentId);
  return documentId;
}

/** A deterministic crowd of invented organisations and people, linked around a few hubs (so labels compete for room). */
async function generateGraph(): Promise<void> {
  const syllables = ['ka', 'lo', 'mi', 'ra', 'te', 'su', 'no', 'vi', 'da', 'po', 'ren', 'tal'];
  const name = (i: number) => {
    const w = (n: number) => syllables[n % 12]! + syllables[Math.floor(n / 12) % 12]! + syllables[(n * 7) % 12]!;
    // The syllables repeat every 144 entities: past that the second word shifts, so no two names are alike.
    const second = i * 13 + 5 + Math.floor(i / 144) * 7;
    return `${w(i)[0]!.toUpperCase()}${w(i).slice(1)} ${w(second)[0]!.toUpperCase()}${w(second).slice(1)} Group`;
  };
  const orgs = Array.from({ length: GENERATED }, (_, i) => ({ id: `org:e2e-gen-${i}`, name: name(i) }));
  // Two entities drawn with one label would read as a duplicate.
  expect(new Set(orgs.map((o) => o.name)).size).toBe(GENERATED);
  await rows(`UNWIND $orgs AS o CREATE (n:Organization {id: o.id, name: o.name, aliases: [], mentionCount: 1, e2eGenerated: true})`, {
    orgs,
  });
  // Every entity links to one of 12 hubs, and hubs to each other: one component, dense in the middle.
  const links = orgs.slice(12).map((o, i) => ({ s: o.id, t: orgs[i % 12]!.id, id: `e2e-gen-rel-${i}` }));
  for (let i = 0; i < 12; i++) links.push({ s: orgs[i]!.id, t: orgs[(i + 1) % 12]!.id, id: `e2e-gen-hub-${i}` });
  await rows(
    `UNWIND $links AS l MATCH (a:Organization {id: l.s}) MATCH (b:Organization {id: l.t})
     CREATE (a)-[r:MEMBER_OF {id: l.id, evidence: [a.name + ' is a member of ' + b.name + '.'], docIds: [], confidence: 0.8}]->(b)`,
    { links },
  );
}

const positionsOf = (page: Page): Promise<Positions> =>
  page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    const g = (window as any).__newsgraph.graph;
    g.forEachNode((id: string, a: { x: number; y: number }) => (out[id] = { x: a.x, y: a.y }));
    return out;
  });
const labelBoxes = (page: Page): Promise<[string, Box][]> => page.evaluate(() => (window as any).__newsgraph.labelBoxes());
const camera = (page: Page) => page.evaluate(() => (window as any).__newsgraph.sigma.getCamera().getState());

function overlaps(boxes: [string, Box][]): string[] {
  const bad: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, p] = boxes[i]!;
      const [b, q] = boxes[j]!;
      if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) bad.push(`${a} × ${b}`);
    }
  return bad;
}

beforeAll(async () => {
  harness = await startBrowserHarness();
  await generateGraph();
  await ingest(FIRST, 'e2e-views-a', '2025-01-07');
});

afterAll(async () => {
  if (harness) {
    await rows('MATCH (n {e2eGenerated: true}) DETACH DELETE n');
    await rows('MATCH (v:SavedView) DELETE v');
    for (const id of documents) await removeDocument(harness.driver, harness.database, id);
  }
  await harness?.close();
});

describe('the explorer on a graph of over 300 entities', () => {
  let viewId = '';
  let saved: Positions = {};

  it('when the overview opens, then no two drawn labels overlap, and a selection dims everything outside its neighbourhood', async () => {
    const page = await harness.open();
    expect(await page.evaluate(() => (window as any).__newsgraph.graph.order)).toBeGreaterThanOrEqual(300);
    const boxes = await labelBoxes(page);
    expect(boxes.length).toBeGreaterThan(15);
    expect(overlaps(boxes)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}overview-calm.png` });

    // Zoomed in, more labels find room, still none overlapping.
    await page.evaluate(() => (window as any).__newsgraph.sigma.getCamera().setState({ ratio: 0.35 }));
    await page.waitForTimeout(200);
    const zoomed = await labelBoxes(page);
    expect(overlaps(zoomed)).toEqual([]);

    // A hub selected: its neighbours keep their colour and labels, the others dim and lose theirs.
    await page.evaluate(() => (window as any).__newsgraph.state.set({ selected: 'org:e2e-gen-0' }));
    await page.waitForTimeout(200);
    const shown = await page.evaluate(() => {
      const { sigma, graph } = (window as any).__newsgraph;
      const near = new Set([...graph.neighbors('org:e2e-gen-0'), 'org:e2e-gen-0']);
      let dimmedFar = 0;
      let far = 0;
      graph.forEachNode((id: string) => {
        if (near.has(id)) return;
        far++;
        if (sigma.getNodeDisplayData(id)?.label === '') dimmedFar++;
      });
      return { far, dimmedFar };
    });
    expect(shown.far).toBeGreaterThan(100);
    expect(shown.dimmedFar).toBe(shown.far);
    expect(overlaps(await labelBoxes(page))).toEqual([]);
  });

  it('when the page is reloaded, then every entity is where it was', async () => {
    const page = await harness.open();
    const before = await positionsOf(page);
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(300);
    await page.reload();
    await waitForIdle(page);
    const after = await positionsOf(page);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    // Stored rounded to 1/1000 of a graph unit.
    for (const [id, p] of Object.entries(before)) {
      expect(Math.abs(after[id]!.x - p.x), id).toBeLessThan(0.001);
      expect(Math.abs(after[id]!.y - p.y), id).toBeLessThan(0.001);
    }
  });

  it('when a view is saved in the Views tab and its link opened in a new page, then it reopens identical', async () => {
    const page = await harness.open('/?expand=person%3Aerik-dahl');
    await page.evaluate((t) => sessionStorage.setItem('newsgraph.writeToken', t), WRITE_TOKEN);
    await page.click('.tab[data-panel="views"]');
    await page.fill('.views-save input', 'Dahl and the crowd');
    await page.click('[data-action="save-view"]');
    const item = page.locator('.view-item', { hasText: 'Dahl and the crowd' });
    await item.waitFor();
    viewId = (await item.getAttribute('data-view-id'))!;
    expect((await viewState<{ view: string }>(page)).view).toBe(viewId);
    // What Neo4j keeps is what the page showed.
    const view = (await (await fetch(`${harness.server.url}/api/views/${viewId}`)).json()) as {
      positions: Positions;
      camera: { x: number; y: number; ratio: number };
      createdBy: string;
    };
    saved = view.positions;
    expect(saved).toEqual(await positionsOf(page));
    expect(saved['person:erik-dahl']).toBeDefined();
    expect(Object.keys(saved).length).toBeGreaterThanOrEqual(300);
    expect(view.createdBy).toBe('editor');
    const savedCamera = view.camera;
    await page.screenshot({ path: `${SCREENSHOTS}views-panel.png` });

    const reopened = await harness.open(`/?view=${viewId}`);
    expect(await positionsOf(reopened)).toEqual(saved);
    const cam = await camera(reopened);
    for (const k of ['x', 'y', 'ratio'] as const) expect(cam[k]).toBeCloseTo(savedCamera[k], 6);
    expect(await reopened.locator('[data-role="view-changes-count"]').getAttribute('data-count')).toBe('0');
    expect(overlaps(await labelBoxes(reopened))).toEqual([]);
  });

  it('when a second document is ingested, then the reopened view shows exactly the relationships it added, with evidence', async () => {
    const second = await ingest(SECOND, 'e2e-views-b', '2025-01-10');
    const ids = Object.keys(saved);
    // From the graph itself: relationships touching a view entity that only the second document states.
    const expected = (
      await rows<{ id: string }>(
        `MATCH (n)-[r]-() WHERE n.id IN $ids AND NOT r:MENTIONED_IN AND r.docIds = [$second] RETURN DISTINCT r.id AS id`,
        { ids, second },
      )
    ).map((r) => r.id);
    expect(expected.length).toBeGreaterThanOrEqual(2);

    const page = await harness.open(`/?view=${viewId}`);
    const state = await viewState<{ fresh: { edgeIds: string[] } | null; panel: string }>(page);
    expect([...(state.fresh?.edgeIds ?? [])].sort()).toEqual([...expected].sort());
    const count = page.locator('[data-role="view-changes-count"]');
    expect(await count.getAttribute('data-count')).toBe(String(expected.length));
    expect(await count.innerText()).toMatch(new RegExp(`^${expected.length} new relationships since \\d{1,2} \\w{3} \\d{4}$`));
    expect(await page.locator('.view-change').count()).toBe(expected.length);
    expect(await page.locator('.view-change .evidence-link').count()).toBe(expected.length);
    // The view's own entities kept their saved places; the new ones joined beside them.
    const now = await positionsOf(page);
    for (const [id, p] of Object.entries(saved)) expect(now[id], id).toEqual(p);
    for (const id of expected) expect(await page.evaluate((e) => (window as any).__newsgraph.graph.hasEdge(e), id)).toBe(true);
    expect(overlaps(await labelBoxes(page))).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}views-what-is-new.png` });
  });
});
