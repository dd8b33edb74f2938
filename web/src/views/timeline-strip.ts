/* Views: the timeline strip under the canvas — documents per day, week or month (GET /api/timeline), brushed
   with the mouse or the keyboard to a range (or an "as of" day) that filters the view. */

import { api } from '../api/endpoints.js';
import { viewStore, type TimeRange } from '../core/state.js';
import {
  bucketForSpan,
  describeRange,
  fillBuckets,
  formatDay,
  rangeIndexes,
  readTimeline,
  type Bucket,
  type TimelineBucket,
} from '../core/time/timeline.js';
import { clear, formatNumber, h } from './dom.js';
import { errorMessage } from './status.js';

type Mode = 'range' | 'asOf';

export interface TimelineStrip {
  root: HTMLElement;
  /** Refetches the histogram (after an ingest). */
  refresh(): Promise<void>;
}

/** Keyboard moves wait this long for the next key before filtering the view. */
const KEY_COMMIT_MS = 300;

export function createTimelineStrip(): TimelineStrip {
  let buckets: TimelineBucket[] = [];
  let bucket: Bucket = 'month';
  let undated = 0;
  let mode: Mode = viewStore.get().time && !viewStore.get().time!.from ? 'asOf' : 'range';
  /** The brushed buckets not yet committed to the view (while dragging or between key presses). */
  let draft: [number, number] | null = null;
  let keyTimer = 0;

  const bars = h('div', { class: 'timeline-bars' });
  const selection = h('div', { class: 'timeline-selection', hidden: true });
  const track = h(
    'div',
    {
      class: 'timeline-track',
      tabindex: '0',
      role: 'slider',
      'aria-label': 'Time range: drag to choose, arrow keys move it, Shift+arrows resize it, Escape clears',
      'aria-valuemin': '0',
    },
    bars,
    selection,
  );
  const axis = h('div', { class: 'timeline-axis' });
  const summary = h('span', { class: 'timeline-summary', 'aria-live': 'polite' });
  const modeButtons = (['range', 'asOf'] as Mode[]).map((m) =>
    h(
      'button',
      { type: 'button', class: 'btn small', dataset: { timeMode: m }, 'aria-pressed': 'false', onclick: () => setMode(m) },
      m === 'range' ? 'Range' : 'As of',
    ),
  );
  const clearButton = h(
    'button',
    { type: 'button', class: 'link', dataset: { action: 'clear-time' }, onclick: () => commit(null) },
    'Clear',
  );
  const root = h(
    'section',
    { class: 'timeline', 'aria-label': 'Timeline' },
    h(
      'div',
      { class: 'timeline-head' },
      h('span', { class: 'timeline-title' }, 'Timeline'),
      h('div', { class: 'segmented', role: 'group', 'aria-label': 'Time filter' }, modeButtons),
      summary,
      clearButton,
    ),
    track,
    axis,
  );

  function setMode(m: Mode): void {
    mode = m;
    const time = viewStore.get().time;
    // Switching keeps the end of the current filter.
    if (time)
      commit(
        m === 'asOf'
          ? { from: null, to: time.to }
          : { from: buckets[rangeIndexes(buckets, time)?.[1] ?? 0]?.start ?? time.to, to: time.to },
      );
    else render();
  }

  function toRange(sel: [number, number] | null): TimeRange | null {
    if (!sel || !buckets.length) return null;
    const [a, b] = sel[0] <= sel[1] ? sel : [sel[1], sel[0]];
    const last = buckets[b]!;
    return mode === 'asOf' ? { from: null, to: last.end } : { from: buckets[a]!.start, to: last.end };
  }

  function commit(time: TimeRange | null): void {
    draft = null;
    window.clearTimeout(keyTimer);
    const current = viewStore.get().time;
    if (current?.from === time?.from && current?.to === time?.to) return render();
    viewStore.set({ time });
  }

  function shown(): [number, number] | null {
    if (draft) return draft[0] <= draft[1] ? draft : [draft[1], draft[0]];
    const idx = rangeIndexes(buckets, viewStore.get().time);
    if (idx && mode === 'asOf') return [0, idx[1]];
    return idx;
  }

  function render(): void {
    const time = viewStore.get().time;
    for (const b of modeButtons) {
      const on = b.dataset.timeMode === mode;
      b.classList.toggle('active', on);
      b.setAttribute('aria-pressed', String(on));
    }
    clearButton.hidden = !time;
    const sel = shown();
    const max = Math.max(1, ...buckets.map((b) => b.documents));
    clear(
      bars,
      buckets.map((b, i) =>
        h(
          'div',
          {
            class: `timeline-bar${sel && i >= sel[0] && i <= sel[1] ? ' in' : ''}`,
            title: `${label(b)}: ${b.documents} document${b.documents === 1 ? '' : 's'}`,
          },
          h('span', { style: `height:${b.documents ? Math.max(8, (b.documents / max) * 100) : 0}%` }),
        ),
      ),
    );
    if (sel && buckets.length) {
      selection.hidden = false;
      selection.classList.toggle('as-of', mode === 'asOf');
      selection.style.left = `${(sel[0] / buckets.length) * 100}%`;
      selection.style.width = `${((sel[1] - sel[0] + 1) / buckets.length) * 100}%`;
    } else selection.hidden = true;
    const docsIn = sel
      ? buckets.slice(sel[0], sel[1] + 1).reduce((n, b) => n + b.documents, 0)
      : buckets.reduce((n, b) => n + b.documents, 0);
    const range = draft ? toRange(draft) : time;
    summary.textContent = buckets.length
      ? `${range ? describeRange(range) : 'All time'} · ${formatNumber(docsIn)} dated document${docsIn === 1 ? '' : 's'}${!range && undated ? ` · ${formatNumber(undated)} undated` : ''} · by ${bucket}`
      : summary.textContent;
    track.setAttribute('aria-valuetext', range ? describeRange(range) : 'all time');
    track.setAttribute('aria-valuemax', String(Math.max(0, buckets.length - 1)));
    if (sel) track.setAttribute('aria-valuenow', String(sel[1]));
    else track.removeAttribute('aria-valuenow');
    const first = buckets[0];
    const last = buckets.at(-1);
    clear(axis, first ? h('span', null, label(first)) : null, last && last !== first ? h('span', null, label(last)) : null);
  }

  const label = (b: TimelineBucket) =>
    bucket === 'month' ? formatDay(b.start).replace(/^\d+ /, '') : bucket === 'week' ? `week of ${formatDay(b.start)}` : formatDay(b.start);

  // Mouse: press, drag, release.
  const indexAt = (clientX: number): number => {
    const rect = track.getBoundingClientRect();
    const x = Math.min(Math.max(clientX - rect.left, 0), rect.width - 1);
    return Math.min(buckets.length - 1, Math.max(0, Math.floor((x / rect.width) * buckets.length)));
  };
  track.addEventListener('pointerdown', (e) => {
    if (!buckets.length || e.button !== 0) return;
    track.setPointerCapture(e.pointerId);
    track.focus();
    const i = indexAt(e.clientX);
    draft = mode === 'asOf' ? [0, i] : [i, i];
    render();
    e.preventDefault();
  });
  track.addEventListener('pointermove', (e) => {
    if (!draft || !track.hasPointerCapture(e.pointerId)) return;
    const i = indexAt(e.clientX);
    draft = mode === 'asOf' ? [0, i] : [draft[0], i];
    render();
  });
  const release = (e: PointerEvent) => {
    if (!draft) return;
    if (track.hasPointerCapture(e.pointerId)) track.releasePointerCapture(e.pointerId);
    commit(toRange(draft));
  };
  track.addEventListener('pointerup', release);
  track.addEventListener('pointercancel', () => ((draft = null), render()));

  // Keyboard: arrows move the range by a bucket, Shift+arrows move its end, Home/End jump, Escape clears.
  track.addEventListener('keydown', (e) => {
    if (!buckets.length) return;
    const n = buckets.length;
    if (e.key === 'Escape') {
      e.preventDefault();
      return commit(null);
    }
    const step = e.key === 'ArrowLeft' ? -1 : e.key === 'ArrowRight' ? 1 : 0;
    const jump = e.key === 'Home' ? -n : e.key === 'End' ? n : 0;
    if (!step && !jump) return;
    e.preventDefault();
    const cur = shown() ?? (step > 0 ? [-1, -1] : [n, n]);
    let [a, b] = cur;
    const d = step || jump;
    if (mode === 'asOf') [a, b] = [0, clamp(b + d, 0, n - 1)];
    else if (e.shiftKey) b = clamp(b + d, a, n - 1);
    else {
      const width = b - a;
      a = clamp(a + d, 0, n - 1 - Math.max(0, width));
      b = a + Math.max(0, width);
    }
    draft = [a, b];
    render();
    window.clearTimeout(keyTimer);
    keyTimer = window.setTimeout(() => commit(toRange(draft)), KEY_COMMIT_MS);
  });

  async function refresh(): Promise<void> {
    try {
      const monthly = readTimeline(await api.timeline('month'), 'month');
      undated = monthly.undated;
      const first = monthly.buckets[0];
      const last = monthly.buckets.at(-1);
      if (!first || !last) {
        buckets = [];
        summary.textContent = undated ? `No dated documents (${formatNumber(undated)} without a date)` : 'No dated documents';
        return render();
      }
      bucket = bucketForSpan(first.start, last.end);
      const t = bucket === 'month' ? monthly : readTimeline(await api.timeline(bucket), bucket);
      buckets = fillBuckets(t);
      root.dataset.bucket = bucket;
      render();
    } catch (error) {
      buckets = [];
      summary.textContent = `Timeline unavailable: ${errorMessage(error)}`;
      render();
    }
  }

  viewStore.subscribe((s, p) => {
    if (s.time === p.time) return;
    if (s.time) mode = s.time.from ? 'range' : 'asOf';
    if (!draft) render();
  });
  render();
  return { root, refresh };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
