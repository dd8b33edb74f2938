/*
 * Views: relations grouped by type, each with its other end, confidence, evidence sentences linking to documents and the rules that found it;
 * with `curate`, confirm and reject buttons (a confirmed relation shows its mark).
 */

import type { GraphNode, RelationDetailsResponse } from '../../../ontology/api-types.js';
import type { ReviewVerdict } from '../api/curation-types.js';
import type { Actions } from '../app/actions.js';
import { relationColor } from '../core/appearance/palette.js';
import { reviewOf } from '../core/curation/describe-decision.js';
import { conflictValues, edgeConflict, sourcesLine } from '../core/time/relation-time.js';
import { formatDay } from '../core/time/timeline.js';
import { h } from './dom.js';

/** Stores a verdict on a relation; the list marks or removes the item once it resolves. */
export type ReviewRelation = (relationId: string, verdict: ReviewVerdict) => Promise<boolean>;

export function renderRelationGroups(
  selfId: string,
  relations: RelationDetailsResponse[],
  names: Map<string, GraphNode>,
  actions: Actions,
  curate?: ReviewRelation,
): HTMLElement {
  if (!relations.length) return h('p', { class: 'muted' }, 'No extracted relations.');
  const groups = new Map<string, RelationDetailsResponse[]>();
  for (const r of relations) groups.set(r.edge.type, [...(groups.get(r.edge.type) ?? []), r]);
  return h(
    'div',
    { class: 'rel-groups' },
    [...groups].map(([type, items]) =>
      h(
        'details',
        { class: 'rel-group', open: true, dataset: { relType: type } },
        h(
          'summary',
          null,
          h('span', { class: 'swatch swatch-line', style: `--swatch:${relationColor(type)}` }),
          type.replace(/_/g, ' ').toLowerCase(),
          h('span', { class: 'legend-count' }, String(items.length)),
        ),
        items.map((r) => relationItem(selfId, r, names, actions, curate)),
      ),
    ),
  );
}

function relationItem(
  selfId: string,
  r: RelationDetailsResponse,
  names: Map<string, GraphNode>,
  actions: Actions,
  curate?: ReviewRelation,
): HTMLElement {
  const outgoing = r.edge.source === selfId;
  const other = outgoing ? r.targetNode : r.sourceNode;
  const confidence = r.edge.confidence;
  const props = Object.entries(r.edge.properties).filter(([k, v]) => v !== null && v !== '' && !Array.isArray(v) && !TIME_KEYS.has(k));
  const docIds = r.documents.map((d) => d.id);
  const confirmed = reviewOf(r.edge) === 'confirmed';
  const item: HTMLElement = h(
    'div',
    { class: `rel-item${confirmed ? ' confirmed' : ''}`, dataset: { relationId: r.edge.id, review: reviewOf(r.edge) ?? 'open' } },
    h(
      'div',
      { class: 'rel-head' },
      h('span', { class: 'rel-dir', title: outgoing ? 'outgoing' : 'incoming' }, outgoing ? '→' : '←'),
      h(
        'button',
        { type: 'button', class: 'link rel-other', onclick: () => actions.focusEntity(other.id) },
        (names.get(other.id) ?? other).name,
      ),
      confirmed ? h('span', { class: 'confirmed-mark', title: 'Confirmed by an analyst' }, '✓ confirmed') : null,
      confidence !== null
        ? h(
            'span',
            { class: 'confidence', title: `confidence ${confidence.toFixed(2)}` },
            h('span', { class: 'confidence-bar', style: `--value:${Math.round(confidence * 100)}%` }),
            `${Math.round(confidence * 100)}%`,
          )
        : null,
    ),
    props.length
      ? h(
          'div',
          { class: 'rel-props' },
          props.map(([k, v]) => h('span', { class: 'chip small' }, `${k}: ${String(v)}`)),
        )
      : null,
    h(
      'p',
      { class: 'rel-sources', title: 'Independent documents stating it (duplicates counted once) and when it was first reported' },
      sourcesLine(r.edge, r.documents),
    ),
    edgeConflict(r.edge) ? conflictBlock(r) : null,
    r.evidence.slice(0, SHOWN_EVIDENCE).map(quote),
    r.evidence.length > SHOWN_EVIDENCE
      ? h(
          'details',
          { class: 'more-evidence' },
          h('summary', null, `${r.evidence.length - SHOWN_EVIDENCE} more sentence${r.evidence.length - SHOWN_EVIDENCE === 1 ? '' : 's'}`),
          r.evidence.slice(SHOWN_EVIDENCE).map(quote),
        )
      : null,
    foundBy(r.edge.rules),
    curate ? reviewButtons() : null,
  );
  return item;

  function reviewButtons(): HTMLElement {
    const act = (verdict: ReviewVerdict) => async (e: Event) => {
      const row = (e.currentTarget as HTMLElement).parentElement!;
      row.querySelectorAll('button').forEach((b) => (b.disabled = true));
      const ok = await curate!(r.edge.id, verdict);
      row.querySelectorAll('button').forEach((b) => (b.disabled = false));
      if (ok && verdict === 'rejected') item.remove();
    };
    return h(
      'div',
      { class: 'rel-review' },
      confirmed
        ? null
        : h(
            'button',
            {
              type: 'button',
              class: 'btn tiny confirm',
              title: 'Confirm: an analyst checked this relation',
              dataset: { action: 'confirm-relation' },
              onclick: act('confirmed'),
            },
            '✓ Confirm',
          ),
      h(
        'button',
        {
          type: 'button',
          class: 'btn tiny reject',
          title: 'Reject: hidden from every view and export (its evidence stays)',
          dataset: { action: 'reject-relation' },
          onclick: act('rejected'),
        },
        '✕ Reject',
      ),
    );
  }

  function quote(sentence: string): HTMLElement {
    return h(
      'blockquote',
      { class: 'evidence' },
      h(
        'a',
        {
          href: '#',
          class: 'evidence-link',
          title: 'Open the document at this sentence',
          onclick: (e: Event) => (e.preventDefault(), actions.openEvidence(docIds, sentence)),
        },
        sentence,
      ),
    );
  }
}

/** Conflicting values side by side, each with the document that gives it and its date. */
function conflictBlock(r: RelationDetailsResponse): HTMLElement {
  const docs = new Map(r.documents.map((d) => [d.id, d]));
  const values = conflictValues(r.edge);
  return h(
    'div',
    { class: 'conflict', role: 'group', 'aria-label': 'Conflicting values' },
    h('p', { class: 'conflict-title' }, 'Sources disagree'),
    values.length
      ? h(
          'div',
          { class: 'conflict-values' },
          values.map((v) => {
            const d = v.docId ? docs.get(v.docId) : undefined;
            const date = v.date ?? d?.publishedAt?.slice(0, 10) ?? null;
            return h(
              'div',
              { class: 'conflict-value' },
              h('strong', null, v.value),
              h('span', { class: 'muted' }, v.outlet ?? (d ? d.source || d.title : v.docId ? v.docId.slice(0, 12) : 'source unknown')),
              h('span', { class: 'muted' }, date ? formatDay(date) : 'date unknown'),
            );
          }),
        )
      : h('p', { class: 'muted' }, 'The documents give different values for this relationship.'),
  );
}

/** "found by signing.subject-verb-agreement, office.title-before-name": the rules that read the relation. */
function foundBy(rules: readonly string[]): HTMLElement | null {
  if (!rules.length) return null;
  const names = rules.flatMap((rule, i) => [i > 0 ? ', ' : null, h('code', { class: 'rule-id' }, rule)]);
  return h('p', { class: 'rel-rules', title: 'The extraction rules that found this relation' }, 'found by ', names);
}

/** Shown as the sources line and the conflict block, not as chips. */
const TIME_KEYS = new Set(['sources', 'firstSeen', 'lastSeen', 'outlets', 'conflict', 'conflictValues', 'values', 'claims']);

/** Two sentences make the case; the rest stay one click away so the panel scans quickly. */
const SHOWN_EVIDENCE = 2;
