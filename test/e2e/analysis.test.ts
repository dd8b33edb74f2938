/* E2E: paths between two entities highlighted in the view; PageRank + Louvain on the view; the data table. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, viewState, waitForIdle, type BrowserHarness } from './browser-harness.js';

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function pick(page: import('playwright-core').Page, index: number, text: string, name: string): Promise<void> {
  const input = page.locator('.panel-paths .ac-input').nth(index);
  await input.fill(text);
  const item = page.locator('.panel-paths .ac').nth(index).locator('.ac-item', { hasText: name }).first();
  await item.waitFor();
  await item.dispatchEvent('mousedown');
}

describe('analysis', () => {
  it('when paths between two leaders are asked for, then they are listed and highlighted in the view', async () => {
    const page = await harness.open('/?panel=paths');
    await pick(page, 0, 'Carney', 'Mark Carney');
    await pick(page, 1, 'Sheinbaum', 'Claudia Sheinbaum');
    await page.click('[data-action="find-paths"]');
    await page.locator('.path-list li').first().waitFor();
    const path = (await viewState<{ path: { nodeIds: string[]; edgeIds: string[] } | null }>(page)).path;
    expect(path?.nodeIds).toEqual(expect.arrayContaining(['person:mark-carney', 'person:claudia-sheinbaum']));
    expect(path!.edgeIds.length).toBeGreaterThan(0);
    // Off-path nodes are dimmed by the reducer, path nodes keep their colour.
    const colours = await page.evaluate((onPath) => {
      const { sigma, graph } = (window as any).__newsgraph;
      const off = graph.nodes().find((n: string) => !onPath.includes(n));
      return { on: sigma.getNodeDisplayData(onPath[0]).color, off: off ? sigma.getNodeDisplayData(off).color : null };
    }, path!.nodeIds);
    expect(colours.on).not.toBe(colours.off);
  });

  it('when the view is analysed, then nodes are coloured by community and the table sorts by PageRank', async () => {
    const page = await harness.open('/?panel=analyse');
    await page.click('[data-action="analyse"]');
    await page.locator('.community-list li').first().waitFor();
    expect(await viewState(page)).toMatchObject({ sizeBy: 'pagerank', colorBy: 'community' });
    await waitForIdle(page);
    await page.click('.tab[data-panel="table"]');
    await page.locator('.table-drawer th button', { hasText: 'pagerank' }).click();
    await page.locator('.table-drawer th button', { hasText: 'pagerank' }).click();
    const ranks = (await page.locator('.table-drawer tbody tr td:nth-child(5)').allInnerTexts()).map(Number);
    expect(ranks.length).toBeGreaterThan(5);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
  });
});
