/* E2E: uploading an article asks for the write token once, ingests it through the API and refreshes the view. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDocument } from '../../ingest/remove-document.js';
import { startBrowserHarness, waitForIdle, WRITE_TOKEN, type BrowserHarness } from './browser-harness.js';

const ARTICLE = [
  'Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum in Ottawa on Monday.',
  'The two leaders discussed the USMCA review and steel tariffs imposed by the United States.',
].join('\n');

let harness: BrowserHarness;
const created: string[] = [];

beforeAll(async () => {
  harness = await startBrowserHarness();
});

afterAll(async () => {
  // Leave the shared database as the seeds left it.
  for (const id of created) await removeDocument(harness.driver, harness.database, id);
  await harness?.close();
});

describe('upload', () => {
  it('when a file is chosen without a token, then the token is asked, kept for the tab, and the article is ingested', async () => {
    const page = await harness.open();
    const before = ((await (await fetch(`${harness.server.url}/api/documents`)).json()) as { total: number }).total;
    await page.locator('[data-action="upload"] input[type="file"]').setInputFiles({ name: 'e2e-upload.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) });
    const dialog = page.locator('dialog.dialog');
    await dialog.waitFor();
    await dialog.locator('input[type="password"]').fill(WRITE_TOKEN);
    await dialog.locator('button[value="ok"]').click();
    await page.locator('.toast', { hasText: 'Ingested e2e-upload.txt' }).waitFor({ timeout: 60_000 });
    await waitForIdle(page);
    expect(await page.evaluate(() => sessionStorage.getItem('newsgraph.writeToken'))).toBe(WRITE_TOKEN);
    const after = (await (await fetch(`${harness.server.url}/api/documents`)).json()) as { total: number; documents: { id: string; source: string | null }[] };
    expect(after.total).toBe(before + 1);
    created.push(...after.documents.filter((d) => d.source === 'e2e-upload.txt').map((d) => d.id));
    expect(created).toHaveLength(1);
  });

  it('when the token is wrong, then the refusal is shown and the token forgotten', async () => {
    const page = await harness.open();
    await page.evaluate(() => sessionStorage.setItem('newsgraph.writeToken', 'wrong-token'));
    await page.locator('[data-action="upload"] input[type="file"]').setInputFiles({ name: 'e2e-refused.txt', mimeType: 'text/plain', buffer: Buffer.from(`${ARTICLE}\nA different closing line.`) });
    await page.locator('.toast-error', { hasText: 'Upload of e2e-refused.txt failed' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('newsgraph.writeToken'))).toBeNull();
  });
});
