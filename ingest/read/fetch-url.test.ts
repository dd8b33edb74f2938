/* The fetcher and the page reader end to end against a local HTTP server on 127.0.0.1 (no other address is contacted). */

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { articlePage, redirect, send, startLocalWeb, type LocalWeb } from '../../test/web/local-web.js';
import { FetchError, fetchUrl, pinnedLookup, type FetchLimits } from './fetch-url.js';
import { pageToInput } from './page-to-input.js';

const ON: FetchLimits = { timeoutMs: 2000, maxBytes: 64 * 1024, maxRedirects: 5, allowPrivate: true };
const OFF: FetchLimits = { ...ON, allowPrivate: false };

const PARAGRAPHS = [
  'Trade ministers from twelve countries met in Geneva on Tuesday to discuss a new agreement on steel tariffs and export quotas.',
  'The talks, which had stalled for months over agricultural subsidies, resumed after a compromise proposal on dairy imports was tabled late last week.',
  'Officials said a draft text could be ready by the end of the month, although several delegations warned that important differences remained on rules of origin.',
];

let web: LocalWeb;
beforeAll(async () => {
  web = await startLocalWeb();
  const page = articlePage({
    headline: 'Ministers resume steel talks',
    paragraphs: PARAGRAPHS,
    canonical: '/news/steel-talks',
    published: '2024-03-05T09:30:00+01:00',
    site: 'The Daily Ledger',
  });
  web.routes.set('/article', send('text/html; charset=utf-8', page));
  web.routes.set('/moved', redirect('/article', 301));
  for (let i = 1; i <= 6; i++) web.routes.set(`/chain/${i}`, redirect(i === 1 ? '/article' : `/chain/${i - 1}`));
  web.routes.set('/loop-a', redirect('/loop-b'));
  web.routes.set('/loop-b', redirect('/loop-a'));
  web.routes.set('/to-file', redirect('file:///etc/passwd'));
  web.routes.set('/image', send('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47])));
  web.routes.set('/big', (_req, res) => {
    // No Content-Length: the cap must hold while streaming.
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = `<p>${'x'.repeat(16 * 1024)}</p>`;
    let sent = 0;
    const write = (): void => {
      while (sent < 400 && !res.destroyed) {
        sent++;
        if (!res.write(chunk)) return void res.once('drain', write);
      }
      res.end();
    };
    write();
  });
  web.routes.set('/big-declared', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * 1024 * 1024) });
    res.write('<p>start</p>');
  });
  web.routes.set('/slow', () => {
    // Never answers.
  });
  web.routes.set('/other-host', redirect(`http://127.0.0.2:${web.port}/article`));
});
afterAll(() => web.close());
beforeEach(() => {
  web.requests.length = 0;
});

async function refusal(url: string, limits: FetchLimits = ON): Promise<FetchError> {
  const error = await fetchUrl(url, limits).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('fetchUrl and pageToInput', () => {
  it('when a page wraps its article in navigation, ads and a footer, then the article text, title, date, site and canonical URL are kept and the boilerplate is gone', async () => {
    const fetched = await fetchUrl(`${web.origin}/article`, ON);
    expect(fetched).toMatchObject({ kind: 'html', contentType: 'text/html', url: `${web.origin}/article` });
    const { input } = pageToInput(fetched.body, fetched.url);
    for (const p of PARAGRAPHS) expect(input.text).toContain(p);
    for (const boilerplate of [
      'Sign in to your account',
      'ADVERTISEMENT',
      'Subscribe to our morning briefing',
      'All rights reserved',
      'window.analytics',
    ])
      expect(input.text).not.toContain(boilerplate);
    expect(input.title).toBe('Ministers resume steel talks');
    expect(input.publishedAt).toBe('2024-03-05T09:30:00+01:00');
    expect(input.source).toBe('The Daily Ledger');
    expect(input.url).toBe(`${web.origin}/news/steel-talks`);
  });

  it('when the date is only in a <time datetime> or in JSON-LD and there is no canonical link, then those are read and the URL is the final one', () => {
    const body = `<article><h1>Port strike ends</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
    const withTime = pageToInput(
      `<html><head><title>Port strike ends</title></head><body><time datetime="2023-11-02">2 Nov</time>${body}</body></html>`,
      'https://news.example/a?x=1',
    );
    expect(withTime.input).toMatchObject({
      publishedAt: '2023-11-02',
      url: 'https://news.example/a?x=1',
      source: 'news.example',
      title: 'Port strike ends',
    });
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2022-06-30T12:00:00Z' }],
    });
    const withLd = pageToInput(
      `<html><head><script type="application/ld+json">${ld}</script><meta property="og:url" content="https://news.example/b"></head><body>${body}</body></html>`,
      'https://news.example/b?utm=1',
    );
    expect(withLd.input).toMatchObject({ publishedAt: '2022-06-30T12:00:00Z', url: 'https://news.example/b' });
  });

  it('when the URL redirects, then the redirect is followed and the final URL reported', async () => {
    const fetched = await fetchUrl(`${web.origin}/moved`, ON);
    expect(fetched.url).toBe(`${web.origin}/article`);
    expect(web.requests).toEqual(['/moved', '/article']);
    expect((await fetchUrl(`${web.origin}/chain/5`, ON)).url).toBe(`${web.origin}/article`);
  });

  it('when the socket looks the host up, then the pinned lookup answers only the checked address, whatever DNS says now', () => {
    const lookup = pinnedLookup({ address: '93.184.216.34', family: 4 }) as unknown as (
      h: string,
      o: { all?: boolean },
      cb: (...a: unknown[]) => void,
    ) => void;
    const answers: unknown[][] = [];
    lookup('rebinding.example', { all: true }, (...a) => answers.push(a));
    lookup('rebinding.example', {}, (...a) => answers.push(a));
    expect(answers).toEqual([
      [null, [{ address: '93.184.216.34', family: 4 }]],
      [null, '93.184.216.34', 4],
    ]);
  });

  it('when redirects loop or exceed five hops, then the fetch is refused', async () => {
    const loop = await refusal(`${web.origin}/loop-a`);
    expect(loop.code).toBe('redirects');
    expect(loop.message).toMatch(/loop/);
    const chain = await refusal(`${web.origin}/chain/6`);
    expect(chain.code).toBe('redirects');
    expect(chain.message).toMatch(/more than 5 times/);
    expect(web.requests.filter((r) => r.startsWith('/chain'))).toHaveLength(6);
  });

  it('when a redirect points to a non-http scheme, then it is refused', async () => {
    const e = await refusal(`${web.origin}/to-file`);
    expect(e.code).toBe('scheme');
  });

  it('when the body is larger than the cap, then the download stops and the fetch is refused', async () => {
    const streamed = await refusal(`${web.origin}/big`);
    expect(streamed.code).toBe('too_large');
    expect(streamed.message).toMatch(/larger than the 64 KB limit/);
    expect((await refusal(`${web.origin}/big-declared`)).code).toBe('too_large');
  });

  it('when the content type is not HTML or a feed, then the fetch is refused with a clear message', async () => {
    const e = await refusal(`${web.origin}/image`);
    expect(e.code).toBe('content_type');
    expect(e.message).toMatch(/is image\/png: only HTML pages .* and RSS\/Atom feeds/);
  });

  it('when the server does not answer in time, then the fetch stops at the time limit', async () => {
    const started = Date.now();
    const e = await refusal(`${web.origin}/slow`, { ...ON, timeoutMs: 300 });
    expect(e.code).toBe('timeout');
    expect(e.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('when the site answers an HTTP error, then the failure names the status', async () => {
    const e = await refusal(`${web.origin}/missing`);
    expect(e).toMatchObject({ code: 'http_status', kind: 'upstream' });
    expect(e.message).toMatch(/HTTP 404/);
  });
});

describe('the address rule on live fetches (NEWSGRAPH_ALLOW_PRIVATE_URLS off)', () => {
  it('when a URL is on the local test server, then it is refused before any request is sent', async () => {
    for (const url of [`${web.origin}/article`, `http://localhost:${web.port}/article`, `http://[::ffff:127.0.0.1]:${web.port}/article`]) {
      const e = await refusal(url, OFF);
      expect(e.code).toBe('address');
      expect(e.message).toMatch(/loopback/);
    }
    expect(web.requests).toEqual([]);
  });

  it('when a redirect leads to a refused address, then the hop is refused before it is requested', async () => {
    // 127.0.0.1 stands for a public host here; 127.0.0.2 (same server, another loopback address) for a private one.
    const rule = (address: string) => (address === '127.0.0.1' ? null : `${address} is a private address`);
    const e = await refusal(`${web.origin}/other-host`, { ...OFF, addressRule: rule });
    expect(e.code).toBe('address');
    expect(e.message).toMatch(/127\.0\.0\.2/);
    expect(web.requests).toEqual(['/other-host']);
  });

  it('when the scheme is not http or https, then it is refused', async () => {
    for (const url of ['ftp://127.0.0.1/x', 'file:///etc/passwd', 'gopher://127.0.0.1:70/'])
      expect((await refusal(url)).code).toBe('scheme');
    expect((await refusal('not a url')).code).toBe('bad_url');
  });
});
