/* Views: the document reader — the article with every mention highlighted and clickable, the evidence sentence in view. */

import type { DocumentResponse } from '../../../ontology/api-types.js';
import { describeDateSource } from '../../../ontology/date-source.js';
import { api } from '../api/endpoints.js';
import type { Actions } from '../app/actions.js';
import { typeColor } from '../core/appearance/palette.js';
import { documentSegments, findSentence } from '../core/document-segments.js';
import { viewStore } from '../core/state.js';
import { clear, errorBox, h, spinner } from './dom.js';
import { errorMessage } from './status.js';

let pendingHighlight: string | null = null;
let rerenderIfShowing: ((docId: string) => void) | null = null;

/** The sentence (or name) to bring into view; re-renders at once when that document is already open. */
export function setReaderHighlight(docId: string, text: string | null): void {
  pendingHighlight = text;
  rerenderIfShowing?.(docId);
}

export function mountDocumentReader(host: HTMLElement, actions: Actions): void {
  let seq = 0;
  let shown: DocumentResponse | null = null;

  async function load(id: string | null): Promise<void> {
    const mine = ++seq;
    if (!id)
      return void clear(
        host,
        h('div', { class: 'placeholder' }, h('p', null, 'Click an evidence sentence or a document in the details panel to read it here.')),
      );
    if (shown?.document.id === id) return render(shown);
    clear(host, spinner('Loading document…'));
    try {
      const doc = await api.document(id);
      if (mine !== seq) return;
      shown = doc;
      render(doc);
    } catch (error) {
      if (mine === seq) clear(host, errorBox(`Could not open the document: ${errorMessage(error)}`));
    }
  }

  function render({ document: doc, mentions }: DocumentResponse): void {
    const highlight = pendingHighlight ? findSentence(doc.text, pendingHighlight) : null;
    pendingHighlight = null;
    const entities = new Set(mentions.map((m) => m.entityId));
    const body = h(
      'div',
      { class: 'doc-text' },
      documentSegments(doc.text, mentions, highlight).map((s) => {
        if (s.mention) {
          const m = s.mention;
          return h(
            'mark',
            {
              class: `mention${s.inEvidence ? ' in-evidence' : ''}`,
              style: `--mention:${typeColor(m.type)}`,
              title: `${m.type} · ${m.entityId}`,
              tabindex: '0',
              role: 'button',
              dataset: { entityId: m.entityId },
              onclick: () => actions.focusEntity(m.entityId),
              onkeydown: (e: KeyboardEvent) => e.key === 'Enter' && actions.focusEntity(m.entityId),
            },
            s.text,
          );
        }
        return s.inEvidence ? h('span', { class: 'evidence-hit' }, s.text) : s.text;
      }),
    );
    clear(
      host,
      h(
        'header',
        { class: 'doc-head' },
        h('h2', { class: 'doc-title', title: headline(doc) }, headline(doc)),
        h(
          'div',
          { class: 'entity-meta', dataset: { role: 'doc-byline' } },
          [doc.outlet, datedFrom(doc), `${mentions.length} mentions of ${entities.size} entities`].filter(Boolean).join(' · '),
        ),
        // Where it came from (a file path, a feed) stays available, out of the way.
        doc.source && doc.source !== doc.outlet ? h('div', { class: 'doc-source muted', title: doc.source }, `from ${doc.source}`) : null,
        doc.url ? h('a', { href: doc.url, target: '_blank', rel: 'noopener noreferrer', class: 'link' }, 'Original article ↗') : null,
      ),
      body,
    );
    host.querySelector('.evidence-hit, .in-evidence')?.scrollIntoView({ block: 'center' });
  }

  rerenderIfShowing = (docId) => {
    if (shown?.document.id === docId && viewStore.get().documentId === docId) render(shown);
  };
  viewStore.subscribe((s, p) => {
    if (s.documentId !== p.documentId || (s.panel === 'document' && p.panel !== 'document')) void load(s.documentId);
  });
  void load(viewStore.get().documentId);
}

/** The document's title; without one (the server then sends its id), the article's first line when it reads as a headline. */
function headline(doc: DocumentResponse['document']): string {
  if (doc.title && doc.title !== doc.id) return doc.title;
  const first = doc.text.trim().split(/\n/, 1)[0]?.trim() ?? '';
  if (first && first.length <= 160 && !/[.!?]["”’]?$/.test(first)) return first;
  const file = doc.source
    ?.split(/[\\/]/)
    .pop()
    ?.replace(/\.[a-z0-9]+$/i, '');
  return file || doc.id;
}

/** "7 Jan 2025 (date from the file name)": the day and where it came from, or nothing when undated. */
function datedFrom(doc: DocumentResponse['document']): string | null {
  const day = displayDay(doc.publishedAt);
  const from = describeDateSource(doc.dateSource);
  return day && from ? `${day} (${from})` : day;
}

/** "7 Jan 2025" (UTC), or nothing when undated. */
function displayDay(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
