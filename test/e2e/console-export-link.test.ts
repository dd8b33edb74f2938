/* E2E: Cypher console (graph, table, refusal), every export format, deep links and back/forward. */

import { readFileSync } from 'node:fs';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  graphOrder,
  SCREENSHOTS,
  searchAndPick,
  startBrowserHarness,
  viewState,
  waitForIdle,
  type BrowserHarness,
} from './browser-harness.js';
import { parseExport } from './parse-export.js';

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('Cypher console', () => {
  it('when a read query runs, then its rows show as a table and its graph can replace the view', async () => {
    const page = await harness.open();
    await page.click('.tab[data-panel="console"]');
    await page.selectOption('.panel-console select[aria-label="Example queries"]', { label: 'Agreements and their parties' });
    await page.locator('.cypher-editor').press('Control+Enter');
    const table = page.locator('.panel-console .result-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await table.locator('thead th').allInnerTexts()).toEqual(expect.arrayContaining(['agreement', 'role', 'member']));
    await page.click('[data-action="replace-view"]');
    await waitForIdle(page);
    const types = await page.evaluate(() => (window as any).__newsgraph.graph.mapNodes((_: string, a: any) => a.entity.type) as string[]);
    expect(types).toContain('Agreement');
    expect(new Set(types).size).toBeLessThanOrEqual(3);
    await page.screenshot({ path: `${SCREENSHOTS}console.png` });
    // The query is in the URL.
    expect(new URL(page.url()).searchParams.get('q')).toContain('Agreement');
  });

  it('when a write query runs, then the server’s refusal is shown as it phrased it', async () => {
    const page = await harness.open('/?panel=console');
    await page.fill('.cypher-editor', "CREATE (n:Person {name: 'Intruder'}) RETURN n");
    await page.click('[data-action="run-cypher"]');
    const error = page.locator('.panel-console .cypher-error');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/read-only/i);
    expect(await error.innerText()).toContain('write_refused');
  });
});

describe('export', () => {
  it.each(['png', 'gexf', 'graphml', 'csv', 'json', 'cypher'])(
    'when the view is exported as %s, then a file named after the view downloads and parses',
    async (format) => {
      const page = await harness.open();
      const order = await graphOrder(page);
      await page.click('[data-action="export"]');
      const exportRequests: Request[] = [];
      page.on('request', (r) => void (r.url().includes('/api/export') && exportRequests.push(r)));
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`.menu-item[data-format="${format}"]`)]);
      const name = download.suggestedFilename();
      expect(name).toMatch(new RegExp(`^newsgraph-overview-\\d{4}-\\d{2}-\\d{2}\\.(${format}|zip)$`));
      const parsed = parseExport(format, readFileSync((await download.path())!));
      if (format === 'png') expect(exportRequests).toHaveLength(0);
      else {
        expect(parsed.nodes).toBeGreaterThanOrEqual(order);
        // The view's ids travel in a POST body, whatever their number.
        expect(exportRequests.map((r) => r.method())).toEqual(['POST']);
        expect(exportRequests[0]!.postDataJSON()).toMatchObject({ format, scope: 'nodes', ids: expect.any(Array) });
        expect(exportRequests[0]!.postDataJSON().ids).toHaveLength(order);
      }
      await page.close();
    },
  );
});

describe('deep links', () => {
  it('when a link with selection, expansion, filters and panel is opened, then the view is restored', async () => {
    const page = await harness.open('/?node=person%3Aclaudia-sheinbaum&expand=country%3AMX&hideTypes=Organization&panel=details');
    await page.locator('.entity-name', { hasText: 'Claudia Sheinbaum' }).waitFor();
    const state = await viewState<{ selected: string; expanded: string[]; hiddenTypes: string[]; panel: string }>(page);
    expect(state).toMatchObject({
      selected: 'person:claudia-sheinbaum',
      expanded: ['country:MX'],
      hiddenTypes: ['Organization'],
      panel: 'details',
    });
    expect(await page.locator('.legend-item.off', { hasText: 'Organization' }).count()).toBe(1);
    const hidden = await page.evaluate(() => (window as any).__newsgraph.sigma.getNodeDisplayData('place:mexico-city')?.hidden ?? null);
    expect(hidden).not.toBe(true);
  });

  it('when the user selects, expands and goes back, then each step is undone and forward redoes it', async () => {
    const page = await harness.open();
    await searchAndPick(page, 'Mexico', 'Mexico');
    await page.waitForFunction(() => (window as any).__newsgraph.state.get().selected === 'country:MX');
    await page.click('[data-action="expand-selected"]');
    await page.waitForFunction(() => (window as any).__newsgraph.state.get().expanded.includes('country:MX'));
    await waitForIdle(page);
    expect(new URL(page.url()).searchParams.get('expand')).toBe('country:MX');
    await page.goBack();
    await page.waitForFunction(() => (window as any).__newsgraph.state.get().expanded.length === 0);
    expect((await viewState<{ selected: string }>(page)).selected).toBe('country:MX');
    await page.goBack();
    await page.waitForFunction(() => (window as any).__newsgraph.state.get().selected === null);
    await page.goForward();
    await page.goForward();
    await page.waitForFunction(() => (window as any).__newsgraph.state.get().expanded.includes('country:MX'));
  });
});
