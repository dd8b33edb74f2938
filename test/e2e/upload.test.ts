/* E2E: uploading an article, or adding one by URL, signs in first (the app's sign-in, before a file or an address is chosen), ingests it through the API and refreshes the view. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDocument } from '../../ingest/remove-document.js';
import { articlePage, send, startLocalWeb, type LocalWeb } from '../web/local-web.js';
import { startBrowserHarness, waitForIdle, WRITE_TOKEN, type BrowserHarness } from './browser-harness.js';

const ARTICLE = [
  'Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum in Ottawa on Monday.',
  'The two leaders discussed the USMCA review and steel tariffs imposed by the United States.',
].join('\n');

let harness: BrowserHarness;
let web: LocalWeb;
const created: string[] = [];

beforeAll(async () => {
  web = await startLocalWeb();
  // The page is served on 127.0.0.1, so this server lets private addresses through (the address rule has its own tests).
  harness = await startBrowserHarness({ allowPrivateUrls: true });
});

afterAll(async () => {
  // Leave the shared database as the seeds left it.
  for (const id of created) await removeDocument(harness.driver, harness.database, id);
  await harness?.close();
  await web?.close();
});

describe('upload', () => {
  it('when Upload is clicked signed out, then the sign-in comes first, then the file chooser, and the article is ingested', async () => {
    const page = await harness.open();
    const before = ((await (await fetch(`${harness.server.url}/api/documents`)).json()) as { total: number }).total;
    let chooserOpened = false;
    page.on('filechooser', () => (chooserOpened = true));
    await page.locator('[data-action="upload"]').click();
    const dialog = page.locator('dialog[data-dialog="sign-in"]');
    await dialog.waitFor();
    expect(await dialog.locator('h2').innerText()).toBe('Sign in');
    expect(await dialog.innerText()).toContain('Uploading or adding an article');
    // No file chooser before signing in.
    expect(chooserOpened).toBe(false);
    await dialog.locator('input[name="token"]').fill(WRITE_TOKEN);
    const chooser = page.waitForEvent('filechooser');
    await dialog.locator('button[value="ok"]').click();
    await (await chooser).setFiles({ name: 'e2e-upload.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) });
    await page.locator('.toast', { hasText: 'Ingested e2e-upload.txt' }).waitFor({ timeout: 60_000 });
    await waitForIdle(page);
    expect(await page.evaluate(() => sessionStorage.getItem('newsgraph.writeToken'))).toBe(WRITE_TOKEN);
    const after = (await (await fetch(`${harness.server.url}/api/documents`)).json()) as {
      total: number;
      documents: { id: string; source: string | null }[];
    };
    expect(after.total).toBe(before + 1);
    created.push(...after.documents.filter((d) => d.source === 'e2e-upload.txt').map((d) => d.id));
    expect(created).toHaveLength(1);
  });

  it('when the token is wrong, then the refusal is shown and the token forgotten', async () => {
    const page = await harness.open();
    await page.evaluate(() => sessionStorage.setItem('newsgraph.writeToken', 'wrong-token'));
    await page
      .locator('input[name="upload-file"]')
      .setInputFiles({ name: 'e2e-refused.txt', mimeType: 'text/plain', buffer: Buffer.from(`${ARTICLE}\nA different closing line.`) });
    await page.locator('.toast-error', { hasText: 'Upload of e2e-refused.txt failed' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('newsgraph.writeToken'))).toBeNull();
  });

  it('when Add URL is clicked signed out, then the sign-in comes first, then the address, the server fetches the page and the article is ingested', async () => {
    const paragraphs = [...ARTICLE.split('\n'), `Officials said further talks were planned, reference e2e-url-${Date.now()}.`];
    web.routes.set(
      '/e2e/article',
      send('text/html; charset=utf-8', articlePage({ headline: 'Leaders discuss steel', paragraphs, site: 'E2E Wire' })),
    );
    const page = await harness.open();
    await page.locator('[data-action="add-url"]').click();
    const signIn = page.locator('dialog[data-dialog="sign-in"]');
    await signIn.waitFor();
    expect(await page.locator('dialog[data-dialog="add-url"]').count()).toBe(0);
    await signIn.locator('input[name="token"]').fill(WRITE_TOKEN);
    await signIn.locator('button[value="ok"]').click();
    const dialog = page.locator('dialog[data-dialog="add-url"]');
    await dialog.waitFor();
    // Signed in: the address dialog asks for no token.
    expect(await dialog.locator('input[type="password"]').count()).toBe(0);
    await dialog.locator('input[name="url"]').fill(`${web.origin}/e2e/article`);
    await dialog.locator('button[value="ok"]').click();
    await page.locator('.toast', { hasText: 'Ingested “Leaders discuss steel”' }).waitFor({ timeout: 60_000 });
    await waitForIdle(page);
    const after = (await (await fetch(`${harness.server.url}/api/documents?limit=1000`)).json()) as {
      documents: { id: string; source: string | null; title: string }[];
    };
    const mine = after.documents.filter((d) => d.source === 'E2E Wire');
    created.push(...mine.map((d) => d.id));
    expect(mine.map((d) => d.title)).toEqual(['Leaders discuss steel']);
  });
});
