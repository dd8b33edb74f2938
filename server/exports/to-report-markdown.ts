/* Server exports: the evidence pack as Markdown — the same content as the HTML file; every text escaped so a
   Markdown viewer shows it as written (no raw HTML, no links or emphasis a document did not ask for). */

import { displayDate, factSummary, safeHref, singleQuoted, type EvidenceReport, type ReportDocument } from './evidence-report.js';

/** Text as Markdown: HTML special characters as entities, Markdown punctuation backslash-escaped, one line. */
export const escapeMarkdown = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)
    .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
    .replace(
      /^(\s*)(-|\d+\.)(\s)/,
      (_m, a: string, b: string, c: string) => `${a}${b.replace(/^(\d+)\./, '$1\\.').replace(/^-/, '\\-')}${c}`,
    );

/** A URL inside `<…>`: only http(s), and no character that could end the autolink. */
const mdUrl = (url: string | null): string | null => {
  const href = safeHref(url);
  return href && !/[<>\s]/.test(href) ? href : null;
};

export function toReportMarkdown(report: EvidenceReport): string {
  const number = new Map(report.documents.map((d, i) => [d.id, i + 1]));
  const docs = new Map(report.documents.map((d) => [d.id, d]));
  const cite = (d: ReportDocument) => `[${number.get(d.id)}] ${escapeMarkdown(d.outlet ?? d.title)}, ${displayDate(d.publishedAt)}`;
  const out: string[] = [];
  const conflicts = report.facts.filter((f) => f.conflict).length;
  out.push(`# ${escapeMarkdown(report.title)}`, '');
  out.push(
    `Newsgraph · exported ${escapeMarkdown(report.exportedAt)} · ${report.entities.length} entities · ${report.facts.length} facts${
      conflicts ? ` · ${conflicts} with conflicting values` : ''
    } · ${report.documents.length} sources`,
    '',
  );
  if (report.image) out.push('_The view’s picture is in the HTML evidence pack._', '');
  out.push('## Facts and evidence', '');
  if (!report.facts.length) out.push('No relationships among these entities.', '');
  for (const f of report.facts) {
    out.push(`### ${escapeMarkdown(f.sentence)}${f.conflict ? ' — conflicting values' : ''}`, '');
    const refs = f.docIds
      .filter((id) => number.has(id))
      .map((id) => `\\[${number.get(id)}\\]`)
      .join(' ');
    out.push(
      `${escapeMarkdown(factSummary(f))}${refs ? ` · ${refs}` : ''}${f.rules.length ? ` · found by ${escapeMarkdown(f.rules.join(', '))}` : ''}`,
      '',
    );
    if (f.conflict) {
      out.push('| Value | Source | Date |', '| --- | --- | --- |');
      for (const c of f.conflict) {
        const d = c.docId ? docs.get(c.docId) : undefined;
        out.push(
          `| ${escapeMarkdown(c.value)} | ${d ? escapeMarkdown(`[${number.get(d.id)}] ${d.outlet ?? d.title}`) : escapeMarkdown(c.docId ?? 'source unknown')} | ${displayDate(c.date ?? d?.publishedAt ?? null)} |`,
        );
      }
      out.push('');
    }
    for (const q of f.quotes) {
      const by = q.docIds
        .map((id) => docs.get(id))
        .filter((d): d is ReportDocument => !!d)
        .map(cite)
        .join('; ');
      out.push(`> ${escapeMarkdown(singleQuoted(q.text))}${by ? ` — ${by}` : ''}`, '');
    }
  }
  out.push('## Entities', '', '| Name | Type | Also called | Details |', '| --- | --- | --- | --- |');
  for (const e of report.entities) {
    out.push(
      `| ${escapeMarkdown(e.name)} | ${escapeMarkdown(e.type)} | ${escapeMarkdown(e.aliases.join(', '))} | ${escapeMarkdown(e.details.join(' · '))} |`,
    );
  }
  out.push('');
  out.push('## Sources', '');
  for (const d of report.documents) {
    const url = mdUrl(d.url);
    out.push(
      `${number.get(d.id)}. ${escapeMarkdown(d.title)} — ${escapeMarkdown(d.outlet ?? 'outlet unknown')}, ${displayDate(d.publishedAt)}${d.dateFrom ? ` (${escapeMarkdown(d.dateFrom)})` : ''}${url ? ` · <${url}>` : ''} · document ${d.id.slice(0, 12)}`,
    );
  }
  return `${out.join('\n')}\n`;
}
