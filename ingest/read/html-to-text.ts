/* Ingest read: HTML → its <title> and visible text; scripts, styles and other non-prose dropped. */

import { Parser } from 'htmlparser2';

export interface HtmlText {
  title: string | null;
  text: string;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object']);
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'tr',
  'table',
  'figcaption',
  'main',
  'aside',
  'nav',
  'pre',
  'hr',
]);

export function htmlToText(html: string): HtmlText {
  let title = '';
  let inTitle = false;
  let skipDepth = 0;
  const parts: string[] = [];
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true;
        else if (SKIPPED.has(name)) skipDepth++;
        else if (BLOCKS.has(name)) parts.push('\n\n');
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        else if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (BLOCKS.has(name)) parts.push('\n\n');
      },
      ontext(data) {
        if (inTitle) title += data;
        else if (skipDepth === 0) parts.push(data);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const text = parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const cleanTitle = title.replace(/\s+/g, ' ').trim();
  return { title: cleanTitle || null, text };
}
