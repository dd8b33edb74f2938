/* E2E: overview, search → details → evidence → document reader, expand and undo, in headless Chromium. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  graphOrder,
  inkPixels,
  SCREENSHOTS,
  searchAndPick,
  startBrowserHarness,
  viewState,
  waitForIdle,
  type BrowserHarness,
} from './browser-harness.js';

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('web explorer', () => {
  it('when the page opens, then the overview is drawn from the seeded graph', async () => {
    const page = await harness.open();
    const overview = (await (await fetch(`${harness.server.url}/api/graph`)).json()) as { nodes: unknown[] };
    expect(await graphOrder(page)).toBe(overview.nodes.length);
    expect(overview.nodes.length).toBeGreaterThan(10);
    const { ink, total } = await inkPixels(page);
    // Nodes, edges and labels cover well over 0.3% of the canvas; a blank WebGL canvas covers none.
    expect(ink / total).toBeGreaterThan(0.003);
    expect(Number(await page.locator('.legend-item', { hasText: 'Person' }).locator('.legend-count').innerText())).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}overview.png` });
  });

  it('when an entity has no relationship, then the overview leaves it out until "Show isolated entities" is ticked, and the link keeps it', async () => {
    const q = (cypher: string) => harness.driver.executeQuery(cypher, {}, { database: harness.database });
    await q("CREATE (:Organization {id: 'org:e2e-lonely', name: 'Lonely Example Society', aliases: [], mentionCount: 1})");
    try {
      const page = await harness.open();
      const has = () => page.evaluate(() => (window as any).__newsgraph.graph.hasNode('org:e2e-lonely') as boolean);
      expect(await has()).toBe(false);
      // Every drawn entity has a relationship drawn.
      const lonely = await page.evaluate(() => {
        const g = (window as any).__newsgraph.graph;
        return g.filterNodes((n: string) => g.degree(n) === 0) as string[];
      });
      expect(lonely).toEqual([]);
      await page.locator('input[name="show-isolated"]').check();
      await expect.poll(has, { timeout: 15_000 }).toBe(true);
      expect(new URL(page.url()).searchParams.get('isolated')).toBe('show');
      const reopened = await harness.open(`/?isolated=show`);
      expect(await reopened.evaluate(() => (window as any).__newsgraph.graph.hasNode('org:e2e-lonely'))).toBe(true);
      expect(await reopened.locator('input[name="show-isolated"]').isChecked()).toBe(true);
    } finally {
      await q("MATCH (n {id: 'org:e2e-lonely'}) DELETE n");
    }
  });

  it('when "Sheinbaum" is searched, then details show President with evidence and the rules that found it, and the evidence opens the document with mentions highlighted', async () => {
    const page = await harness.open();
    await searchAndPick(page, 'Sheinbaum', 'Claudia Sheinbaum');
    await page.locator('.entity-name', { hasText: 'Claudia Sheinbaum' }).waitFor();
    const details = page.locator('.panel-details');
    await details.locator('.evidence-link').first().waitFor();
    expect(await details.innerText()).toContain('President');
    // Beside the evidence, the rules that found the relation: "found by office.title-names-country".
    const foundBy = details
      .locator('.rel-item', { has: page.locator('.evidence-link') })
      .first()
      .locator('.rel-rules');
    expect((await foundBy.innerText()).trim()).toMatch(/^found by [a-z]+\.[a-z0-9-]+(, [a-z]+\.[a-z0-9-]+)*$/);
    expect(await details.locator('.rel-rules', { hasText: 'office.title-names-country' }).count()).toBeGreaterThan(0);
    expect((await viewState<{ selected: string }>(page)).selected).toBe('person:claudia-sheinbaum');
    await waitForIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}details-evidence.png` });

    const sentence = (await details.locator('.evidence-link').first().innerText()).trim();
    await details.locator('.evidence-link').first().click();
    const reader = page.locator('.panel-document');
    await reader.locator('mark.mention').first().waitFor();
    expect(await reader.locator('mark.mention').count()).toBeGreaterThan(3);
    // The reader is headed by the article's title (its headline), not a file path or an id.
    const title = (await reader.locator('.doc-title').innerText()).trim();
    expect(title.length).toBeGreaterThan(5);
    expect(title).not.toMatch(/[\\/]|\.txt$|^[0-9a-f]{12,}$/);
    expect(await reader.locator('[data-role="doc-byline"]').innerText()).not.toMatch(/seeds\//);
    expect(await reader.locator('mark.mention[data-entity-id="person:claudia-sheinbaum"]').count()).toBeGreaterThan(0);
    const highlighted = await reader.locator('.evidence-hit, .mention.in-evidence').allInnerTexts();
    expect(highlighted.join('').replace(/\s+/g, ' ')).toBe(sentence.replace(/\s+/g, ' '));
    await page.screenshot({ path: `${SCREENSHOTS}document-reader.png` });

    // A mention is clickable: it selects that entity.
    const other = reader.locator('mark.mention:not([data-entity-id="person:claudia-sheinbaum"])').first();
    const otherId = await other.getAttribute('data-entity-id');
    await other.click();
    await page.waitForFunction((id) => (window as any).__newsgraph.state.get().selected === id, otherId);
  });

  it('when a node is double-clicked or expanded from the toolbar, then its neighbours are merged and undo removes them', async () => {
    const page = await harness.open();
    await page.click('[data-action="clear"]');
    expect(await graphOrder(page)).toBe(0);
    await searchAndPick(page, 'Sheinbaum', 'Claudia Sheinbaum');
    await page.locator('.entity-name', { hasText: 'Claudia Sheinbaum' }).waitFor();
    await waitForIdle(page);
    const before = await graphOrder(page);
    expect(before).toBeGreaterThanOrEqual(2);
    // Double-click Mexico, a neighbour of Sheinbaum, on the canvas: centre and zoom on it first so no
    // other node (or label) sits under the pointer.
    await page.waitForFunction(() => !(window as any).__newsgraph.sigma.getCamera().isAnimated());
    await page.evaluate(() => document.querySelectorAll('.toast').forEach((t) => t.remove()));
    const at = await page.evaluate(async () => {
      const { sigma } = (window as any).__newsgraph;
      const d = sigma.getNodeDisplayData('country:MX');
      sigma.getCamera().setState({ x: d.x, y: d.y, ratio: 0.2, angle: 0 });
      sigma.refresh();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData('country:MX'));
      const r = document.querySelector('#graph-canvas')!.getBoundingClientRect();
      return { x: p.x + r.left, y: p.y + r.top };
    });
    await page.mouse.move(at.x, at.y);
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForFunction((n) => (window as any).__newsgraph.graph.order > n, before);
    await waitForIdle(page);
    expect((await viewState<{ expanded: string[] }>(page)).expanded).toContain('country:MX');
    expect(await page.locator('.toast', { hasText: /showing \d+ of \d+ neighbours/ }).count()).toBeGreaterThan(0);
    await page.click('[data-action="undo"]');
    expect(await graphOrder(page)).toBe(before);
    // The toolbar's Expand does the same for the selected entity.
    await page.evaluate(() => (window as any).__newsgraph.state.set({ selected: 'country:MX' }));
    await page.click('[data-action="expand-selected"]');
    await page.waitForFunction((n) => (window as any).__newsgraph.graph.order > n, before);
  });
});
