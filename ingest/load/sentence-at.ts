/* Ingest load: the sentence holding a character offset, so MENTIONED_IN can keep its sentences. */

export interface Span {
  start: number;
  end: number;
}

/** Binary search over sorted spans; an offset between sentences takes the next one. */
export function sentenceAt(text: string, spans: Span[], at: number): string {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (at < span.start) hi = mid - 1;
    else if (at >= span.end) lo = mid + 1;
    else return text.slice(span.start, span.end);
  }
  const nearest = spans[Math.min(lo, spans.length - 1)];
  return nearest ? text.slice(nearest.start, nearest.end) : '';
}
