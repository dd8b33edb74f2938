/* Ingest read: one file → its SourceInputs, or the reason it was rejected, plus any warnings. */

import { readFile as readBytes, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { SourceInput } from '../source-input.js';
import { decodeText } from './decode-text.js';
import { htmlToText } from './html-to-text.js';
import { jsonlToInputs } from './jsonl-to-inputs.js';
import { markdownToText } from './markdown-to-text.js';
import { readPageMetadata, toIsoDate } from './page-to-input.js';
import { firstField, readFrontMatter } from './front-matter.js';
import { parseHTML } from 'linkedom';
import { MAX_FILE_BYTES, isSupportedFile } from './supported-types.js';

export interface FileRead {
  inputs: SourceInput[];
  rejected: { path: string; reason: string }[];
  warnings: string[];
}

function formatSize(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB (${bytes.toLocaleString('en-US')} bytes)`;
}

/** `file` is absolute; `source` is how the file is named in messages and on the Document. */
export async function readFile(file: string, source: string): Promise<FileRead> {
  const out: FileRead = { inputs: [], rejected: [], warnings: [] };
  const reject = (reason: string): FileRead => {
    out.rejected.push({ path: source, reason });
    return out;
  };
  if (!isSupportedFile(file)) return reject(`unsupported file type "${extname(file) || '(none)'}" (use .txt, .md, .html or .jsonl)`);
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    return reject((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (error as Error).message);
  }
  if (size > MAX_FILE_BYTES) return reject(`file is ${formatSize(size)}; the limit is 5 MB`);
  const decoded = decodeText(await readBytes(file));
  if (!decoded.ok) return reject(decoded.reason);
  if (decoded.latin1) out.warnings.push(`${source}: not valid UTF-8; decoded as Latin-1`);
  const raw = decoded.text.replace(/^\uFEFF/, '');
  if (raw.trim() === '') return reject('empty file (no text)');

  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl') {
    const lines = jsonlToInputs(raw, source);
    out.inputs.push(...lines.inputs);
    for (const bad of lines.rejected) out.rejected.push({ path: `${source}:${bad.line}`, reason: `line ${bad.line}: ${bad.reason}` });
    return out;
  }
  if (ext === '.html' || ext === '.htm') {
    const html = htmlToText(raw);
    if (html.text === '') return reject('HTML has no visible text');
    // The page's own metadata: article:published_time, JSON-LD datePublished, <time datetime>, og:site_name.
    const meta = readPageMetadata(parseHTML(raw).document, 'file:///');
    out.inputs.push({
      text: html.text,
      title: html.title,
      source,
      ...(meta.publishedAt ? { publishedAt: meta.publishedAt } : {}),
      ...(meta.siteName ? { outlet: meta.siteName } : {}),
    });
    return out;
  }
  if (ext === '.md' || ext === '.markdown') {
    const front = readFrontMatter(raw);
    const md = markdownToText(front.body);
    if (md.text.trim() === '') return reject('empty file (no text)');
    const f = front.fields;
    const publishedAt = toIsoDate(firstField(f, 'publishedat', 'published_at', 'published', 'date', 'pubdate', 'datepublished'));
    const outlet = firstField(f, 'outlet', 'publisher', 'site', 'site_name', 'source');
    const url = firstField(f, 'url', 'canonical', 'link');
    out.inputs.push({
      text: md.text,
      title: firstField(f, 'title') ?? md.title,
      source,
      ...(publishedAt ? { publishedAt } : {}),
      ...(outlet ? { outlet } : {}),
      ...(url && /^https?:\/\//.test(url) ? { url } : {}),
    });
    return out;
  }
  // Plain text names no title: extraction takes its title line, else its first sentence.
  out.inputs.push({ text: raw, source });
  return out;
}
