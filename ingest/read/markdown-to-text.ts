/* Ingest read: Markdown → plain prose (headings, emphasis, links, images and code fences unwrapped). */

export interface MarkdownText {
  title: string | null;
  text: string;
}

export function markdownToText(markdown: string): MarkdownText {
  let title: string | null = null;
  let inFence = false;
  const lines: string[] = [];
  for (const raw of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    let line = raw;
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      line = heading[1]!;
      if (title === null && line) title = line;
    }
    line = line
      .replace(/^\s{0,3}>\s?/, '')
      .replace(/^\s*[-*+]\s+/, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
      .replace(/`([^`]+)`/g, '$1');
    if (/^\s*([-*_]\s*){3,}$/.test(line)) line = '';
    lines.push(line);
  }
  return { title, text: lines.join('\n') };
}
