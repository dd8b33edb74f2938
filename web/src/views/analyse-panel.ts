/* Views: Analyse — PageRank and Louvain on the view, colour by community, top entities per measure. */

import type { Actions } from '../app/actions.js';
import { computeMetrics } from '../core/analysis/compute-metrics.js';
import { getMetrics, setMetrics, type ViewMetrics } from '../core/appearance/metrics-store.js';
import { communityColor } from '../core/appearance/palette.js';
import { graph } from '../core/graph/index.js';
import { viewStore } from '../core/state.js';
import { clear, h } from './dom.js';

export function mountAnalysePanel(host: HTMLElement, actions: Actions, refresh: () => void): void {
  const out = h('div', { class: 'analyse-result' });
  const run = h('button', { type: 'button', class: 'btn primary', dataset: { action: 'analyse' } }, 'Compute PageRank & communities');

  run.addEventListener('click', () => {
    const metrics = computeMetrics(graph);
    setMetrics(metrics);
    viewStore.set({ sizeBy: 'pagerank', colorBy: 'community' });
    refresh();
    render(metrics);
  });

  function render(metrics: ViewMetrics): void {
    const name = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
    const top = [...metrics.pagerank].sort((a, b) => b[1] - a[1]).slice(0, 10);
    const groups = new Map<number, string[]>();
    for (const [id, c] of metrics.community) groups.set(c, [...(groups.get(c) ?? []), id]);
    const ranked = [...groups].sort((a, b) => b[1].length - a[1].length);
    clear(
      out,
      h('h3', null, 'PageRank (top 10)'),
      h(
        'ol',
        { class: 'rank-list' },
        top.map(([id, score]) =>
          h(
            'li',
            null,
            h('button', { type: 'button', class: 'link', onclick: () => actions.focusEntity(id) }, name(id)),
            h('span', { class: 'muted' }, ` ${score.toFixed(3)}`),
          ),
        ),
      ),
      h('h3', null, `${metrics.communityCount} communities (Louvain)`),
      h(
        'ul',
        { class: 'community-list' },
        ranked.slice(0, 12).map(([c, ids]) =>
          h(
            'li',
            null,
            h('span', { class: 'swatch swatch-dot', style: `--swatch:${communityColor(c)}` }),
            h('strong', null, `${ids.length}`),
            ' ',
            ids
              .sort((a, b) => (metrics.pagerank.get(b) ?? 0) - (metrics.pagerank.get(a) ?? 0))
              .slice(0, 4)
              .map(name)
              .join(', '),
          ),
        ),
      ),
    );
  }

  clear(
    host,
    h(
      'p',
      { class: 'hint' },
      'Measures are computed in the browser on the entities currently in view; “Size by” and “Colour by” in the legend switch between them and the defaults.',
    ),
    h('div', { class: 'button-row' }, run),
    out,
  );
  const existing = getMetrics();
  if (existing) render(existing);
}
