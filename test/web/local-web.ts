/* Test helpers: a local HTTP server on 127.0.0.1 (routes set per test, every request logged) and the pages and feeds it serves. */

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface LocalWeb {
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  routes: Map<string, Handler>;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startLocalWeb(): Promise<LocalWeb> {
  const routes = new Map<string, Handler>();
  const requests: string[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const handler = routes.get((req.url ?? '').split('?')[0]!);
    if (handler) handler(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    routes,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export const send =
  (type: string, body: string | Buffer, status = 200): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': type }).end(body);
  };

export const redirect =
  (location: string, status = 302): Handler =>
  (_req, res) => {
    res.writeHead(status, { location }).end();
  };

/** An article page with the boilerplate real sites put around it: navigation, an ad, a newsletter box, a footer. */
export function articlePage(options: {
  headline: string;
  paragraphs: string[];
  canonical?: string;
  published?: string;
  site?: string;
}): string {
  const { headline, paragraphs, canonical, published, site } = options;
  return `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>${headline} | ${site ?? 'The Daily Ledger'}</title>
${site ? `<meta property="og:site_name" content="${site}">` : ''}
${canonical ? `<link rel="canonical" href="${canonical}">` : ''}
${published ? `<meta property="article:published_time" content="${published}">` : ''}
<script>window.analytics = { track() {} };</script>
<style>.ad { float: right }</style>
</head><body>
<header><nav class="site-nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/markets">Markets</a> <a href="/login">Sign in to your account</a></nav></header>
<div class="ad advertisement sponsored">ADVERTISEMENT: Buy premium widgets today at half price, limited offer for loyal readers.</div>
<main>
<article>
<h1>${headline}</h1>
<p class="byline">By Staff Reporter</p>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article>
<aside class="newsletter sidebar"><h3>Newsletter</h3><p>Subscribe to our morning briefing for the top stories delivered to your inbox.</p></aside>
</main>
<footer class="site-footer"><p>Copyright The Daily Ledger. All rights reserved. Privacy policy. Terms of use. Contact us.</p></footer>
</body></html>`;
}

export interface FeedEntry {
  title: string;
  link: string;
  guid?: string;
  date: string;
  content?: string;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rssFeed(title: string, items: FeedEntry[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>${esc(title)}</title><link>https://news.example/</link><description>Test feed</description>
${items
  .map(
    (i) =>
      `<item><title>${esc(i.title)}</title><link>${esc(i.link)}</link><guid isPermaLink="false">${esc(i.guid ?? i.link)}</guid><pubDate>${new Date(i.date).toUTCString()}</pubDate>${i.content ? `<content:encoded><![CDATA[${i.content}]]></content:encoded>` : ''}</item>`,
  )
  .join('\n')}
</channel></rss>`;
}

export function atomFeed(title: string, items: FeedEntry[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(title)}</title><id>urn:test:atom</id><updated>2025-01-01T00:00:00Z</updated>
${items
  .map(
    (i) =>
      `<entry><title>${esc(i.title)}</title><link rel="alternate" href="${esc(i.link)}"/><id>${esc(i.guid ?? i.link)}</id><published>${i.date}</published><updated>${i.date}</updated>${i.content ? `<content type="html">${esc(i.content)}</content>` : ''}</entry>`,
  )
  .join('\n')}
</feed>`;
}
