/* E2E: Export → Evidence pack — the HTML file downloads with the view's picture, opens in Chromium without a
   single network request, holds the quotes, and a hostile document's <script> stays text. */

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDocument } from '../../ingest/remove-document.js';
import { SCREENSHOTS, startBrowserHarness, waitForIdle, WRITE_TOKEN, type BrowserHarness } from './browser-harness.js';

const HOSTILE_TITLE = 'Quill story <script>window.__pwned = true</script>';
const HOSTILE_TEXT = `Quill visits Mexico City

OTTAWA, March 2, 2025 - Canadian Prime Minister Zora Quill said <script>window.__pwned = true</script> the talks would go on.

Zora Quill met Mexican President Ana Lima in Mexico City on Monday, the two leaders said.
`;
const OUT = '/tmp/time-ui-e2e/';

/** A later story gives her another title: the office becomes a conflict the pack must call out. */
const LATER_TEXT = `Quill in Paris

PARIS - Canadian Foreign Minister Zora Quill visited Paris on Wednesday, officials said.
`;

let harness: BrowserHarness;
let docId: string;
let laterId: string;

beforeAll(async () => {
  harness = await startBrowserHarness();
  const res = await fetch(`${harness.server.url}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${WRITE_TOKEN}` },
    body: JSON.stringify({
      text: HOSTILE_TEXT,
      title: HOSTILE_TITLE,
      source: 'Hostile Wire',
      url: 'https://news.example/quill',
      publishedAt: '2025-03-02',
    }),
  });
  expect(res.status).toBeLessThan(300);
  docId = ((await res.json()) as { documentId: string }).documentId;
  const later = await fetch(`${harness.server.url}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${WRITE_TOKEN}` },
    body: JSON.stringify({ text: LATER_TEXT, title: 'Quill in Paris', outlet: 'Paris Ledger', publishedAt: '2025-05-14' }),
  });
  laterId = ((await later.json()) as { documentId: string }).documentId;
  mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
  for (const id of [docId, laterId]) if (id) await removeDocument(harness.driver, harness.database, id).catch(() => undefined);
  await harness?.close();
});

describe('evidence pack', () => {
  it('when the view is exported as an evidence pack, then it opens with no network request, holds the quotes and the picture, and the hostile script is inert', async () => {
    const page = await harness.open('/?node=person%3Azora-quill&expand=person%3Azora-quill');
    await page.locator('.entity-name', { hasText: 'Zora Quill' }).waitFor();
    await waitForIdle(page);
    await page.click('[data-action="export"]');
    const exportRequests: Request[] = [];
    page.on('request', (r) => void (r.url().includes('/api/export') && exportRequests.push(r)));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.menu-item[data-format="report"]')]);
    expect(download.suggestedFilename()).toMatch(/\.html$/);
    const body = exportRequests[0]!.postDataJSON() as { format: string; ids: string[]; image?: string };
    expect(body.format).toBe('report');
    expect(body.ids).toContain('person:zora-quill');
    expect(body.image).toMatch(/^data:image\/(png|jpeg);base64,/);
    const html = readFileSync((await download.path())!, 'utf8');
    const file = `${OUT}evidence-pack.html`;
    writeFileSync(file, html);

    const reader = await harness.browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const requests: string[] = [];
    reader.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    reader.on('pageerror', (e) => errors.push(e.message));
    await reader.goto(pathToFileURL(file).href);
    await reader.waitForLoadState('load');
    // The file itself, then nothing but data: URLs.
    expect(requests.filter((u) => !u.startsWith('data:') && u !== pathToFileURL(file).href)).toEqual([]);
    expect(await reader.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned ?? false)).toBe(false);
    expect(await reader.locator('script').count()).toBe(0);
    expect(errors).toEqual([]);
    const text = await reader.locator('body').innerText();
    expect(text).toMatch(/Zora Quill holds office (Prime )?Minister( \(Foreign Affairs\))? of Canada/);
    expect(text).toContain('Canadian Prime Minister Zora Quill said <script>window.__pwned = true</script> the talks would go on.');
    expect(text).toContain('Zora Quill met Mexican President Ana Lima in Mexico City on Monday');
    expect(text).toContain(HOSTILE_TITLE);
    expect(text).toContain('Hostile Wire');
    expect(text).toContain('2 Mar 2025');
    // The office is called out as a conflict: both titles, each with its source and date.
    const conflict = reader.locator('.fact.conflict', { hasText: 'Zora Quill holds office' });
    expect(await conflict.locator('.conflict-flag').innerText()).toBe('Conflicting values');
    const values = (await conflict.locator('.conflict-value').allInnerTexts()).map((v) => v.replace(/\s+/g, ' '));
    expect(values).toEqual([
      expect.stringMatching(/^Prime Minister.*Hostile Wire · 2 Mar 2025$/),
      expect.stringMatching(/^Minister.*Paris Ledger · 14 May 2025$/),
    ]);
    // The view's picture is embedded and decodes.
    expect(await reader.locator('figure img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThanOrEqual(1600);
    await reader.screenshot({ path: `${SCREENSHOTS}evidence-pack.png` });
    await reader.close();

    // The same pack as Markdown.
    await page.click('[data-action="export"]');
    const [md] = await Promise.all([page.waitForEvent('download'), page.click('.menu-item[data-format="report-md"]')]);
    expect(md.suggestedFilename()).toMatch(/\.md$/);
    const markdown = readFileSync((await md.path())!, 'utf8');
    expect(markdown).toMatch(/### Zora Quill holds office (Prime )?Minister( \\\(Foreign Affairs\\\))? of Canada — conflicting values/);
    expect(markdown).toContain('&lt;script&gt;');
    expect(markdown).not.toContain('<script');
    await page.close();
  });

  it('when GET /api/export?format=report&ids=… is asked, then the same pack comes back as an HTML attachment', async () => {
    const res = await fetch(`${harness.server.url}/api/export?format=report&ids=person:zora-quill,country:CA`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-disposition')).toMatch(/newsgraph-evidence-pack-\d{8}-\d{6}\.html/);
    const html = await res.text();
    expect(html).toMatch(/Zora Quill holds office (Prime )?Minister( \(Foreign Affairs\))? of Canada/);
    expect(html).not.toContain('<script');
  });
});
