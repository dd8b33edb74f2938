/* E2E: the timeline strip — brushing a range with the mouse, moving it with the keyboard and the "as of" mode
   refetch the view under the range and write it into the URL; Escape clears it. */

import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDocument } from '../../ingest/remove-document.js';
import {
  SCREENSHOTS,
  searchAndPick,
  startBrowserHarness,
  viewState,
  waitForIdle,
  WRITE_TOKEN,
  type BrowserHarness,
} from './browser-harness.js';

/** Three dated stories, months apart (invented people); the seeds have no date. */
const STORIES = [
  {
    publishedAt: '2024-01-16',
    title: 'Renn meets Varga',
    text: 'OSLO - Norwegian Prime Minister Tova Renn met Hungarian President Ilse Varga in Oslo on Tuesday, the two leaders said.',
  },
  {
    publishedAt: '2024-06-10',
    title: 'Malik in Lagos',
    text: 'LAGOS - Kenyan Finance Minister Oren Malik visited Lagos on Monday, officials said.',
  },
  {
    publishedAt: '2024-03-12',
    title: 'Wekesa meets Nabirye',
    text: 'NAIROBI - Kenyan President Amos Wekesa met Ugandan President Ruth Nabirye in Nairobi on Tuesday, the two leaders said.',
  },
  {
    publishedAt: '2024-06-11',
    title: 'Malik on talks',
    text: 'NAIROBI - Kenyan Finance Minister Oren Malik said on Tuesday that the budget talks would resume next week.',
  },
  {
    publishedAt: '2024-09-03',
    title: 'Wrona in Vilnius',
    text: 'WARSAW - Polish Prime Minister Jan Wrona visited Vilnius on Tuesday, officials said.',
  },
  // A later story gives the same person another title: the office is a conflict, dated.
  {
    publishedAt: '2024-11-19',
    title: 'Renn meets Halme',
    text: 'OSLO - Norwegian Foreign Minister Tova Renn met Finnish President Aino Halme in Oslo on Tuesday, the two leaders said.',
  },
  {
    publishedAt: '2025-03-07',
    title: 'Kato meets Odum',
    text: 'SANTIAGO - Chilean President Ines Kato met Danish Prime Minister Lars Odum in Santiago on Friday, the two leaders said.',
  },
];

let harness: BrowserHarness;
const docIds: string[] = [];

beforeAll(async () => {
  harness = await startBrowserHarness();
  for (const s of STORIES) {
    const res = await fetch(`${harness.server.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${WRITE_TOKEN}` },
      body: JSON.stringify({
        text: `${s.title}\n\n${s.text}\n`,
        title: s.title,
        outlet: s.title.startsWith('Renn') ? 'Nordic Post' : 'Test Wire',
        publishedAt: s.publishedAt,
      }),
    });
    expect(res.status).toBeLessThan(300);
    docIds.push(((await res.json()) as { documentId: string }).documentId);
  }
});

afterAll(async () => {
  for (const id of docIds) await removeDocument(harness.driver, harness.database, id).catch(() => undefined);
  await harness?.close();
});

const inView = (page: Page, id: string) => page.evaluate((n) => (window as any).__newsgraph.graph.hasNode(n) as boolean, id);
const search = (page: Page) => new URL(page.url()).searchParams;

/** Waits for the view to be refetched under a new range and laid out. */
async function settle(page: Page, until: () => Promise<boolean>): Promise<void> {
  await expect.poll(until, { timeout: 15_000 }).toBe(true);
  await waitForIdle(page);
}

describe('timeline strip', () => {
  it('when a range is brushed, moved with the keys or set "as of", then the view is refetched under it and the URL carries it', async () => {
    const page = await harness.open();
    const bars = page.locator('.timeline-bar');
    await expect.poll(() => bars.count(), { timeout: 15_000 }).toBeGreaterThan(10);
    expect(await page.locator('.timeline').getAttribute('data-bucket')).toBe('week');
    expect(await inView(page, 'person:claudia-sheinbaum')).toBe(true);
    const graphRequests: Request[] = [];
    page.on('request', (r) => void (r.url().includes('/api/graph') && graphRequests.push(r)));

    // Drag from two weeks before the 2025 story to its week.
    const dated = bars.filter({ has: page.locator('span[style*="height"]') });
    const target = page.locator('.timeline-bar[title^="week of 3 Mar 2025"]');
    const end = (await target.boundingBox())!;
    const width = end.width + 1;
    await page.mouse.move(end.x + end.width / 2 - 2 * width, end.y + end.height / 2);
    await page.mouse.down();
    await page.mouse.move(end.x + end.width / 2 - width, end.y + end.height / 2, { steps: 3 });
    await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 3 });
    await page.mouse.up();
    await settle(page, async () => (await inView(page, 'person:ines-kato')) && !(await inView(page, 'person:claudia-sheinbaum')));
    expect(search(page).get('from')).toBe('2025-02-17');
    expect(search(page).get('to')).toBe('2025-03-09');
    expect(await inView(page, 'person:tova-renn')).toBe(false);
    const last = new URL(graphRequests.at(-1)!.url()).searchParams;
    expect([last.get('from'), last.get('to')]).toEqual(['2025-02-17', '2025-03-09']);
    expect(await page.locator('.timeline-summary').innerText()).toContain('17 Feb 2025 – 9 Mar 2025 · 1 dated document');
    expect(await dated.count()).toBeGreaterThanOrEqual(3);

    // The details panel: "1 source · first seen 7 Mar 2025".
    await searchAndPick(page, 'Ines Kato', 'Ines Kato');
    const sources = page.locator('.panel-details .rel-sources').first();
    await sources.waitFor();
    expect(await sources.innerText()).toBe('1 source · first seen 7 Mar 2025');
    await waitForIdle(page);

    // Keyboard: Home moves the three-week range to the first weeks (the January 2024 story).
    await page.locator('.timeline-track').focus();
    await page.keyboard.press('Home');
    await settle(page, async () => (await inView(page, 'person:tova-renn')) && !(await inView(page, 'person:ines-kato')));
    expect(search(page).get('from')).toBe('2024-01-15');
    expect(search(page).get('to')).toBe('2024-02-04');

    // Escape clears the range: the whole graph is back, the URL has no range.
    await page.keyboard.press('Escape');
    await settle(page, () => inView(page, 'person:claudia-sheinbaum'));
    expect(search(page).has('from')).toBe(false);
    expect((await viewState<{ time: unknown }>(page)).time).toBeNull();

    // "As of": End puts the day at the last week — every dated story up to it; the view is asked for
    // everything published up to that day (no lower bound). Other test files may leave dated documents
    // that name seed people, so which undated people drop out is checked at the API level instead.
    await page.click('[data-time-mode="asOf"]');
    await page.locator('.timeline-track').focus();
    const before = graphRequests.length;
    await page.keyboard.press('End');
    await settle(page, async () => graphRequests.length > before && (await inView(page, 'person:oren-malik')));
    expect(search(page).get('asOf')).toBe('2025-03-09');
    const asOf = new URL(graphRequests.at(-1)!.url()).searchParams;
    expect([asOf.get('from'), asOf.get('to')]).toEqual([null, '2025-03-09']);
    expect(await inView(page, 'person:tova-renn')).toBe(true);
    expect(await inView(page, 'person:ines-kato')).toBe(true);

    // Tova Renn's office: two titles from two outlets, drawn as a conflict and shown side by side.
    await page.fill('.ac-search .ac-input', '');
    await searchAndPick(page, 'Tova Renn', 'Tova Renn');
    const conflict = page.locator('.panel-details .conflict').first();
    await conflict.waitFor();
    const values = await conflict.locator('.conflict-value').allInnerTexts();
    expect(values.map((v) => v.replace(/\s+/g, ' '))).toEqual([
      'Prime Minister Nordic Post 16 Jan 2024',
      'Minister Nordic Post 19 Nov 2024',
    ]);
    const conflictEdges = await page.evaluate(
      () => (window as any).__newsgraph.graph.filterEdges((_: string, a: any) => a.relation.conflict === true) as string[],
    );
    expect(conflictEdges.length).toBeGreaterThan(0);
    expect(await page.locator('.legend-conflicts').innerText()).toMatch(/conflicting values/);
    await page.locator('.panel-details .rel-sources').first().waitFor();
    await waitForIdle(page);
    // The picture shows the conflict side by side in the details panel.
    await conflict.evaluate((el) => el.closest('.rel-item')?.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SCREENSHOTS}timeline.png` });

    // The link reopens the same filtered view.
    const link = page.url();
    const again = await harness.open(new URL(link).pathname + new URL(link).search);
    expect(await inView(again, 'person:oren-malik')).toBe(true);
    expect(await inView(again, 'person:claudia-sheinbaum')).toBe(false);
    expect(await again.locator('.timeline-summary').innerText()).toContain('as of 9 Mar 2025');
    await again.close();
    await page.close();
  }, 180_000);
});
