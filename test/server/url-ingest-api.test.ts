/* Server tests: POST /api/documents/url — the token, refused URLs with a clear message, a page fetched from a local server and ingested. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDocument } from '../../ingest/remove-document.js';
import { articlePage, send, startLocalWeb, type LocalWeb } from '../web/local-web.js';
import { startHarness, type Harness } from './server-harness.js';

const TOKEN = 'test-write-token-url-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };
const PARAGRAPHS = [
  'Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum in Ottawa on Tuesday.',
  'The two leaders discussed the USMCA review and steel tariffs imposed by the United States.',
  `The meeting was the third between them this year, officials said in a statement numbered ${Date.now()}.`,
];

let web: LocalWeb;
let open: Harness;
let guarded: Harness;
const created: string[] = [];

beforeAll(async () => {
  web = await startLocalWeb();
  web.routes.set(
    '/news/carney-sheinbaum',
    send(
      'text/html; charset=utf-8',
      articlePage({
        headline: 'Carney and Sheinbaum discuss trade',
        paragraphs: PARAGRAPHS,
        site: 'Ledger Wire',
        published: '2025-02-04T10:00:00Z',
        canonical: 'https://ledger.example/carney-sheinbaum',
      }),
    ),
  );
  web.routes.set('/logo.png', send('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47])));
  open = await startHarness({ writeToken: TOKEN, allowPrivateUrls: true });
  guarded = await startHarness({ writeToken: TOKEN });
});
afterAll(async () => {
  for (const id of created) await removeDocument(open.driver, open.database, id);
  await open?.close();
  await guarded?.close();
  await web?.close();
});

describe('POST /api/documents/url', () => {
  it('when the token is missing or wrong, then 401 and nothing is fetched', async () => {
    const url = `${web.origin}/news/carney-sheinbaum`;
    expect((await open.post('/api/documents/url', { url })).status).toBe(401);
    expect((await open.post('/api/documents/url', { url }, { authorization: 'Bearer nope' })).status).toBe(401);
    expect(web.requests).toEqual([]);
  });

  it('when private addresses are not allowed, then a URL on the local server is refused with 400 before any request is sent', async () => {
    const before = await guarded.counts();
    const { status, body } = await guarded.post('/api/documents/url', { url: `${web.origin}/news/carney-sheinbaum` }, auth);
    expect(status).toBe(400);
    expect(body.error.code).toBe('url_refused');
    expect(body.error.message).toMatch(/127\.0\.0\.1 is a loopback address; only public addresses are fetched/);
    const metadata = await guarded.post('/api/documents/url', { url: 'http://169.254.169.254/latest/meta-data/' }, auth);
    expect(metadata.status).toBe(400);
    expect(metadata.body.error.message).toMatch(/link-local/);
    expect(web.requests).toEqual([]);
    expect(await guarded.counts()).toEqual(before);
  });

  it('when the URL is not http(s) or not a page, then 400 says why', async () => {
    const file = await open.post('/api/documents/url', { url: 'file:///etc/passwd' }, auth);
    expect(file.status).toBe(400);
    expect(file.body.error.message).toMatch(/only http and https/);
    const image = await open.post('/api/documents/url', { url: `${web.origin}/logo.png` }, auth);
    expect(image.status).toBe(400);
    expect(image.body.error.message).toMatch(/image\/png: only HTML pages/);
    expect((await open.post('/api/documents/url', {}, auth)).status).toBe(400);
  });

  it('when a page on the local server is given with private addresses allowed, then its article is ingested with its metadata (201, then 200)', async () => {
    const url = `${web.origin}/news/carney-sheinbaum`;
    const first = await open.post('/api/documents/url', { url }, auth);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      created: true,
      title: 'Carney and Sheinbaum discuss trade',
      url: 'https://ledger.example/carney-sheinbaum',
      source: 'Ledger Wire',
      publishedAt: '2025-02-04T10:00:00Z',
    });
    created.push(first.body.documentId);
    const doc = (await open.json(`/api/documents/${first.body.documentId}`)).body.document;
    expect(doc).toMatchObject({
      title: 'Carney and Sheinbaum discuss trade',
      url: 'https://ledger.example/carney-sheinbaum',
      source: 'Ledger Wire',
    });
    expect(doc.text).toContain(PARAGRAPHS[0]);
    expect(doc.text).not.toContain('Subscribe to our morning briefing');
    const again = await open.post('/api/documents/url', { url }, auth);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: false, documentId: first.body.documentId });
  });
});
