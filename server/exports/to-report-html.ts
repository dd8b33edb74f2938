/* Server exports: the evidence pack as one self-contained HTML file — inline CSS, the view's picture as a
   data: URL, every text escaped, and a Content-Security-Policy that forbids scripts and any external load. */

import {
  displayDate,
  factSummary,
  safeHref,
  singleQuoted,
  type EvidenceReport,
  type ReportDocument,
  type ReportFact,
} from './evidence-report.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML: the five special characters escaped, so a document's `<script>` is only text. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** Only a base64 PNG or JPEG data URL is embedded; anything else is dropped. */
const isImageDataUrl = (url: string): boolean => /^data:image\/(?:png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/.test(url);

const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const CSS = `
:root { --bg: #f6f7f9; --surface: #fff; --surface-2: #f1f3f6; --border: #e2e6ec; --text: #0f172a; --muted: #64748b; --accent: #2563eb; --danger: #b91c1c; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); font: 14px/1.5 Inter, 'Segoe UI', system-ui, -apple-system, sans-serif; }
header { background: #0f172a; color: #e2e8f0; padding: 16px 32px; }
header h1 { margin: 0; font-size: 20px; }
header p { margin: 4px 0 0; color: #94a3b8; font-size: 12.5px; }
main { max-width: 960px; margin: 0 auto; padding: 16px 32px 48px; }
section { background: var(--surface); border: 1px solid var(--border); border-radius: 6px; padding: 12px 20px; margin: 16px 0; }
h2 { font-size: 15px; margin: 4px 0 10px; }
figure { margin: 0; } figure img { max-width: 100%; max-height: 420px; display: block; margin: 0 auto; border: 1px solid var(--border); border-radius: 6px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 4px 8px; border-top: 1px solid var(--surface-2); vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
.type { display: inline-block; padding: 0 6px; border-radius: 999px; background: var(--surface-2); color: #475569; font-size: 11.5px; }
.fact { padding: 10px 0; border-top: 1px solid var(--surface-2); }
.fact:first-of-type { border-top: 0; }
.fact-sentence { font-weight: 600; }
.fact-meta, .muted { color: var(--muted); font-size: 12.5px; }
blockquote { margin: 6px 0 0 12px; padding: 2px 0 2px 10px; border-left: 3px solid var(--border); font-size: 13px; }
blockquote cite { font-style: normal; color: var(--muted); font-size: 12px; }
.conflict { border-left: 3px solid var(--danger); padding-left: 10px; }
.conflict-flag { color: var(--danger); font-weight: 600; font-size: 12px; }
.conflict-values { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 6px; }
.conflict-value { border: 1px solid #fecaca; background: #fef2f2; border-radius: 6px; padding: 6px 10px; min-width: 160px; }
.conflict-value strong { display: block; font-size: 15px; }
ol.sources li { margin: 4px 0; }
a { color: var(--accent); }
`;

function docLabel(d: ReportDocument): string {
  const href = safeHref(d.url);
  const title = escapeHtml(d.title);
  return href ? `<a href="${escapeHtml(href)}" rel="noreferrer noopener">${title}</a>` : title;
}

function renderFact(f: ReportFact, number: Map<string, number>, docs: Map<string, ReportDocument>): string {
  const ref = (ids: string[]) =>
    ids
      .map((id) => (number.has(id) ? `[${number.get(id)}]` : ''))
      .filter(Boolean)
      .join(' ');
  const quotes = f.quotes
    .map((q) => {
      const cite = q.docIds
        .map((id) => docs.get(id))
        .filter((d): d is ReportDocument => !!d)
        .map((d) => `[${number.get(d.id)}] ${escapeHtml(d.outlet ?? d.title)}, ${escapeHtml(displayDate(d.publishedAt))}`)
        .join('; ');
      return `<blockquote>${escapeHtml(singleQuoted(q.text))}${cite ? ` <cite>— ${cite}</cite>` : ''}</blockquote>`;
    })
    .join('\n');
  const conflict = f.conflict
    ? `<div class="conflict-flag">Conflicting values</div>
<div class="conflict-values">${f.conflict
        .map((c) => {
          const d = c.docId ? docs.get(c.docId) : undefined;
          const source = d ? `[${number.get(d.id)}] ${escapeHtml(d.outlet ?? d.title)}` : c.docId ? escapeHtml(c.docId) : 'source unknown';
          return `<div class="conflict-value"><strong>${escapeHtml(c.value)}</strong><span class="muted">${source} · ${escapeHtml(displayDate(c.date ?? d?.publishedAt ?? null))}</span></div>`;
        })
        .join('')}</div>`
    : '';
  const sources = ref(f.docIds);
  return `<div class="fact${f.conflict ? ' conflict' : ''}" data-fact-id="${escapeHtml(f.id)}">
<div class="fact-sentence">${escapeHtml(f.sentence)}</div>
<div class="fact-meta">${escapeHtml(factSummary(f))}${sources ? ` · ${sources}` : ''}${f.rules.length ? ` · found by ${escapeHtml(f.rules.join(', '))}` : ''}</div>
${conflict}
${quotes}
</div>`;
}

export function toReportHtml(report: EvidenceReport): string {
  const number = new Map(report.documents.map((d, i) => [d.id, i + 1]));
  const docs = new Map(report.documents.map((d) => [d.id, d]));
  const conflicts = report.facts.filter((f) => f.conflict).length;
  const picture =
    report.image && isImageDataUrl(report.image)
      ? `<section><h2>The view</h2><figure><img src="${report.image}" alt="The exported view of the graph"></figure></section>`
      : '';
  const entities = report.entities
    .map(
      (e) =>
        `<tr><td>${escapeHtml(e.name)}</td><td><span class="type">${escapeHtml(e.type)}</span></td><td>${escapeHtml(e.aliases.join(', '))}</td><td class="muted">${escapeHtml(e.details.join(' · '))}</td></tr>`,
    )
    .join('\n');
  const sources = report.documents
    .map(
      (d) =>
        `<li id="doc-${number.get(d.id)}">${docLabel(d)} <span class="muted">— ${escapeHtml(d.outlet ?? 'outlet unknown')}, ${escapeHtml(displayDate(d.publishedAt))}${d.dateFrom ? ` (${escapeHtml(d.dateFrom)})` : ''}${
          safeHref(d.url) ? ` · ${escapeHtml(d.url!)}` : ''
        } · document ${escapeHtml(d.id.slice(0, 12))}</span></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(report.title)}</h1><p>Newsgraph · exported ${escapeHtml(report.exportedAt)} · ${report.entities.length} entities · ${report.facts.length} facts${
    conflicts ? ` · ${conflicts} with conflicting values` : ''
  } · ${report.documents.length} sources</p></header>
<main>
${picture}
<section><h2>Facts and evidence</h2>
${report.facts.map((f) => renderFact(f, number, docs)).join('\n') || '<p class="muted">No relationships among these entities.</p>'}
</section>
<section><h2>Entities</h2>
<table><thead><tr><th>Name</th><th>Type</th><th>Also called</th><th>Details</th></tr></thead>
<tbody>
${entities}
</tbody></table></section>
<section><h2>Sources</h2>
<ol class="sources">
${sources}
</ol></section>
</main>
</body>
</html>
`;
}
