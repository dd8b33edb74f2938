/* Views: details of the selected entity — properties, aliases, relations by type with confidence and evidence; curation (rename, type, aliases, merge, confirm/reject). */

import type { GraphNode, NodeDetailsResponse, RelationDetailsResponse } from '../../../ontology/api-types.js';
import { api } from '../api/endpoints.js';
import type { Actions } from '../app/actions.js';
import type { Curation } from '../app/curation-actions.js';
import { curationStore } from '../core/curation/curation-store.js';
import { typeColor } from '../core/appearance/palette.js';
import { graph } from '../core/graph/index.js';
import { viewStore } from '../core/state.js';
import { rangeQuery } from '../core/time/timeline.js';
import { clear, errorBox, formatNumber, h, spinner } from './dom.js';
import { aliasesBlock, curateBlock } from './entity-curation.js';
import { renderRelationGroups } from './relation-list.js';
import { errorMessage } from './status.js';

/** Evidence is fetched per relation; more than this stays a click away. */
const EVIDENCE_PREFETCH = 40;

export function mountDetailsPanel(host: HTMLElement, actions: Actions, curation: Curation): void {
  let seq = 0;
  /** `quiet`: a reload after a decision keeps the current content until the new one is ready (no flash, scroll kept). */
  async function load(id: string | null, quiet = false): Promise<void> {
    const mine = ++seq;
    if (!id)
      return void clear(
        host,
        h(
          'div',
          { class: 'placeholder' },
          h('p', null, 'Select an entity in the graph, or search with “/”.'),
          h('p', { class: 'hint' }, 'Double-click a node to expand it. Hover to focus its neighbourhood.'),
        ),
      );
    if (!quiet) clear(host, spinner('Loading entity…'));
    try {
      const [details, neighbours] = await Promise.all([api.node(id), api.neighbors(id, 100, undefined, rangeQuery(viewStore.get().time))]);
      if (mine !== seq) return;
      const edges = neighbours.edges.filter((e) => e.type !== 'MENTIONED_IN');
      const relations = await Promise.all(edges.slice(0, EVIDENCE_PREFETCH).map((e) => api.relation(e.id).catch(() => null)));
      if (mine !== seq) return;
      const names = new Map<string, GraphNode>(neighbours.nodes.map((n) => [n.id, n]));
      render(
        details,
        relations.filter((r): r is RelationDetailsResponse => r !== null),
        names,
        neighbours.total,
        edges.length,
      );
    } catch (error) {
      if (mine === seq) clear(host, errorBox(`Could not load ${id}: ${errorMessage(error)}`));
    }
  }

  function render(
    details: NodeDetailsResponse,
    relations: RelationDetailsResponse[],
    names: Map<string, GraphNode>,
    total: number,
    relationCount: number,
  ): void {
    const { node } = details;
    const pinned = graph.hasNode(node.id) && graph.getNodeAttribute(node.id, 'fixed') === true;
    const meta = h('div', { class: 'entity-meta', dataset: { role: 'relation-count' } });
    const renderMeta = () => {
      // Counted from the drawn graph, so it follows every expand, undo and filter.
      const shown = graph.hasNode(node.id) ? graph.filterEdges(node.id, (_, a) => a.relation.type !== 'MENTIONED_IN').length : 0;
      meta.textContent = `${formatNumber(node.degree)} relationship${node.degree === 1 ? '' : 's'} · ${formatNumber(shown)} shown`;
    };
    renderMeta();
    metaRefresh = renderMeta;
    clear(
      host,
      h(
        'header',
        { class: 'entity-head' },
        h('span', { class: 'type-chip', style: `--chip:${typeColor(node.type)}` }, node.labels.join(' · ')),
        h('h2', { class: 'entity-name', dataset: { entityId: node.id } }, node.name),
        meta,
      ),
      h(
        'div',
        { class: 'button-row' },
        h(
          'button',
          {
            type: 'button',
            class: 'btn primary',
            dataset: { action: 'expand' },
            disabled: total === 0,
            title: total === 0 ? 'No relationships to expand in this range' : 'Fetch its neighbours (double-click)',
            onclick: () => actions.expand(node.id),
          },
          `Expand (${formatNumber(total)})`,
        ),
        h(
          'button',
          { type: 'button', class: 'btn', dataset: { action: 'pin' }, onclick: () => (actions.togglePin(node.id), void load(node.id)) },
          pinned ? 'Unpin' : 'Pin',
        ),
        h('button', { type: 'button', class: 'btn', dataset: { action: 'hide' }, onclick: () => actions.hideNode(node.id) }, 'Hide'),
        h(
          'button',
          {
            type: 'button',
            class: 'btn',
            title: 'Use as the start of a path',
            onclick: () => actions.setPathEnd('from', node.id, node.name),
          },
          'Path from',
        ),
        h(
          'button',
          { type: 'button', class: 'btn', title: 'Use as the end of a path', onclick: () => actions.setPathEnd('to', node.id, node.name) },
          'Path to',
        ),
      ),
      propertiesTable(node),
      // Documents are sources, not curated entities.
      node.type === 'Document' ? null : aliasesBlock(node, curation),
      node.type === 'Document' ? null : curateBlock(node, curation),
      h(
        'section',
        { class: 'block relations' },
        h('h3', null, `Relations (${relationCount})`),
        renderRelationGroups(
          node.id,
          relations,
          names,
          actions,
          async (relationId, verdict) => (await curation.review(relationId, verdict)) !== null,
        ),
      ),
      details.documents.length
        ? h(
            'section',
            { class: 'block' },
            h('h3', null, `Mentioned in ${details.documents.length} document${details.documents.length === 1 ? '' : 's'}`),
            h(
              'ul',
              { class: 'doc-list' },
              details.documents.map((d) =>
                h(
                  'li',
                  null,
                  h(
                    'button',
                    { type: 'button', class: 'link', onclick: () => actions.openDocument(d.id, node.name) },
                    d.title || d.source || d.id,
                  ),
                  h('span', { class: 'muted' }, ` · ${d.count}×${d.publishedAt ? ` · ${d.publishedAt.slice(0, 10)}` : ''}`),
                ),
              ),
            ),
          )
        : null,
    );
  }

  let metaRefresh: (() => void) | null = null;
  let metaFrame = 0;
  for (const event of ['edgeAdded', 'edgeDropped', 'cleared'] as const)
    graph.on(event, () => {
      if (!metaFrame) metaFrame = requestAnimationFrame(() => ((metaFrame = 0), metaRefresh?.()));
    });
  viewStore.subscribe((s, p) => {
    if (s.selected !== p.selected) metaRefresh = null;
    if (s.selected !== p.selected || s.time !== p.time) void load(s.selected);
  });
  // A decision (here, in Review or History) may have changed what is shown: re-read it in place.
  curationStore.subscribe(() => void load(viewStore.get().selected, true));
  void load(viewStore.get().selected);
}

function propertiesTable(node: GraphNode): HTMLElement | null {
  const rows = Object.entries(node.properties).filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0));
  if (!rows.length) return null;
  return h(
    'section',
    { class: 'block' },
    h('h3', null, 'Properties'),
    h(
      'table',
      { class: 'props' },
      h(
        'tbody',
        null,
        rows.map(([k, v]) => h('tr', null, h('th', null, k), h('td', null, Array.isArray(v) ? v.join(', ') : String(v)))),
      ),
    ),
  );
}
