/* Ingest read: an RSS or Atom feed's text → its items (link, guid, title, date, any full content), via rss-parser. */

import Parser from 'rss-parser';
import { htmlToText } from './html-to-text.js';
import { toIsoDate } from './page-to-input.js';

export interface FeedItem {
  /** The article's URL (absolute, resolved against the feed's own URL when relative); null when the item has none. */
  link: string | null;
  /** guid (RSS) or id (Atom); null when absent. */
  guid: string | null;
  title: string | null;
  publishedAt: string | null;
  /** The item's own text (content:encoded, Atom content, description or summary), as plain text. */
  content: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

type RawItem = Parser.Item & { 'content:encoded'?: string; id?: string };

const parser = new Parser<Record<string, unknown>, { 'content:encoded'?: string; id?: string }>();

function absolute(link: string | undefined, base: string | undefined): string | null {
  const raw = link?.trim();
  if (!raw) return null;
  try {
    return new URL(raw, base).href;
  } catch {
    return raw;
  }
}

/** `feedUrl`: where the feed came from (a URL or a file path), for relative item links. */
export async function parseFeed(xml: string, feedUrl?: string): Promise<Feed> {
  const feed = await parser.parseString(xml);
  const base = feedUrl && /^https?:\/\//i.test(feedUrl) ? feedUrl : (feed.link ?? undefined);
  return {
    title: feed.title?.trim() || null,
    items: feed.items.map((item: RawItem) => {
      const html = item['content:encoded'] ?? item.content ?? item.summary ?? '';
      const content = html ? htmlToText(html).text : '';
      const guid = typeof item.guid === 'string' ? item.guid : typeof item.id === 'string' ? item.id : null;
      return {
        link: absolute(item.link, base),
        guid: guid?.trim() || null,
        title: item.title?.trim() || null,
        publishedAt: toIsoDate(item.isoDate ?? item.pubDate),
        content: content || null,
      };
    }),
  };
}

/** The key an item is remembered by between polls: its guid, else its link, else its title. */
export function itemKey(item: FeedItem): string | null {
  return item.guid ?? item.link ?? item.title;
}
