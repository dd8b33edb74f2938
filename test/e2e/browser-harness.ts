/* E2E: the real server in-process on the seeded test database, plus headless Chromium pages against it. */

import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import type { Config } from '../../config/config.js';
import { createDriver } from '../../graph/create-driver.js';
import { startWebServer, type WebServer } from '../../server/web-server.js';
import { loadSeeds } from '../seed-graph.js';
import { ensureWebBuild } from '../../web/build-if-stale.js';

export const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
export const WRITE_TOKEN = 'e2e-write-token';

export interface BrowserHarness {
  server: WebServer;
  browser: Browser;
  driver: Driver;
  database: string;
  /** Opens the app at a path and waits until the overview is loaded and the layout has stopped. */
  open(path?: string): Promise<Page>;
  close(): Promise<void>;
}

/** `config`: settings over the test defaults (e.g. allowPrivateUrls for pages served by a local test server). */
export async function startBrowserHarness(config: Partial<Config> = {}): Promise<BrowserHarness> {
  ensureWebBuild();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const target = inject('neo4j');
  const driver = createDriver(target);
  await loadSeeds(driver, target.database);
  const server = await startWebServer({
    target,
    port: 0,
    host: '127.0.0.1',
    config: { logLevel: 'silent', rateLimitPerMinute: 100_000, writeToken: WRITE_TOKEN, ...config },
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const pages: Page[] = [];
  return {
    server,
    browser,
    driver,
    database: target.database,
    async open(path = '/') {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
      pages.push(page);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(server.url + path);
      await waitForIdle(page);
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      return page;
    },
    async close() {
      for (const page of pages) await page.close().catch(() => undefined);
      await browser.close();
      await server.stop();
      await driver.close();
    },
  };
}

/** Ready = boot finished, no request pending, layout not running. */
export async function waitForIdle(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () =>
      document.body.dataset.ready === 'true' &&
      document.body.dataset.layout !== 'running' &&
      (document.body.dataset.pending ?? '0') === '0',
    null,
    { timeout },
  );
}

export function graphOrder(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __newsgraph: { graph: { order: number } } }).__newsgraph.graph.order);
}

export function viewState<T = Record<string, unknown>>(page: Page): Promise<T> {
  return page.evaluate(() => (window as unknown as { __newsgraph: { state: { get(): unknown } } }).__newsgraph.state.get()) as Promise<T>;
}

/** Pixels of the canvas screenshot that are clearly not the pale background (nodes, edges, labels). */
export async function inkPixels(page: Page): Promise<{ ink: number; total: number }> {
  const png = await page.locator('#graph-canvas').screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (Math.min(data[i]!, data[i + 1]!, data[i + 2]!) < 200) ink++;
    return { ink, total: img.width * img.height };
  }, png.toString('base64'));
}

/** Types in the search box and picks the first suggestion whose name matches. */
export async function searchAndPick(page: Page, text: string, name: string): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.type(text);
  const item = page.locator('.ac-search .ac-item', { hasText: name }).first();
  await item.waitFor();
  await item.dispatchEvent('mousedown');
}
