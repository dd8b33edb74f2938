/*
 * Ingest read: a fetched web page → a SourceInput. Mozilla Readability on a linkedom DOM keeps the
 * article's main text (navigation, footers, ads dropped); the page's own metadata gives its title,
 * publication time, site name and canonical URL.
 */

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { SourceInput } from '../source-input.js';
import { htmlToText } from './html-to-text.js';

interface PageMetadata {
  title: string | null;
  publishedAt: string | null;
  siteName: string | null;
  canonicalUrl: string;
}

type Doc = ReturnType<typeof parseHTML>['document'];

const clean = (s: string | null | undefined): string | null => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
};

function meta(doc: Doc, ...names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const value = clean(el?.getAttribute('content'));
    if (value) return value;
  }
  return null;
}

/** An ISO date (kept as written, so the local day survives) or anything Date reads, as ISO; else null. */
export function toIsoDate(raw: string | null | undefined): string | null {
  const value = clean(raw);
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return value.replace(' ', 'T');
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString();
}

/** `datePublished` from the page's JSON-LD blocks (objects, arrays and `@graph` lists). */
function jsonLdDate(doc: Doc): string | null {
  const visit = (node: unknown): string | null => {
    if (Array.isArray(node)) {
      for (const item of node) {
        const found = visit(item);
        if (found) return found;
      }
      return null;
    }
    if (!node || typeof node !== 'object') return null;
    const record = node as Record<string, unknown>;
    if (typeof record.datePublished === 'string') return record.datePublished;
    return visit(record['@graph']);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = toIsoDate(visit(JSON.parse(script.textContent ?? '')));
      if (found) return found;
    } catch {
      // A broken JSON-LD block says nothing; the other sources still may.
    }
  }
  return null;
}

function httpUrl(raw: string | null | undefined, base: string): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Title, publication time, site name and canonical URL as the page states them. */
export function readPageMetadata(doc: Doc, finalUrl: string): PageMetadata {
  const time = doc.querySelector('article time[datetime], time[itemprop="datePublished"], time[pubdate], time[datetime]');
  const publishedAt =
    toIsoDate(
      meta(
        doc,
        'article:published_time',
        'og:article:published_time',
        'datePublished',
        'pubdate',
        'publishdate',
        'dc.date.issued',
        'DC.date.issued',
      ),
    ) ??
    jsonLdDate(doc) ??
    toIsoDate(time?.getAttribute('datetime'));
  const canonicalUrl =
    httpUrl(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), finalUrl) ??
    httpUrl(meta(doc, 'og:url'), finalUrl) ??
    finalUrl;
  const title =
    meta(doc, 'og:title', 'twitter:title') ?? clean(doc.querySelector('title')?.textContent) ?? clean(doc.querySelector('h1')?.textContent);
  return { title, publishedAt, siteName: meta(doc, 'og:site_name', 'application-name'), canonicalUrl };
}

/** " | Site" or " - Site" at the end of a title says the site, not the article. */
function withoutSiteSuffix(title: string | null, siteName: string | null): string | null {
  if (!title || !siteName) return title;
  const escaped = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const cut = title.replace(new RegExp(`\\s+[|\\-–—:·]\\s+${escaped}\\s*$`, 'i'), '').trim();
  return cut || title;
}

export interface PageInput {
  input: SourceInput;
  /** Set when Readability found no article and the page's whole visible text was kept. */
  warning?: string;
}

/** `finalUrl`: where the page came from after redirects (relative canonical links resolve against it). */
export function pageToInput(html: string, finalUrl: string): PageInput {
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document, finalUrl);
  // Readability changes the DOM it reads: metadata first, then the article.
  const article = new Readability(document as unknown as Document).parse();
  let text = article?.content ? htmlToText(article.content).text : '';
  let warning: string | undefined;
  if (text === '') {
    text = htmlToText(html).text;
    warning = `${finalUrl}: no article found; the page's whole visible text was kept`;
  }
  const siteName = metadata.siteName ?? clean(article?.siteName);
  const title = withoutSiteSuffix(metadata.title ?? clean(article?.title), siteName);
  return {
    input: {
      text,
      title,
      url: metadata.canonicalUrl,
      source: siteName ?? new URL(finalUrl).hostname,
      outlet: siteName,
      publishedAt: metadata.publishedAt ?? toIsoDate(article?.publishedTime),
    },
    ...(warning ? { warning } : {}),
  };
}
