/* Ingest CLI: progress as one redrawn line on a terminal, as plain lines (about every 10%) otherwise — with
   documents/s and an ETA measured from when the reporter was made (the first documents may be reported only
   once their chunk is loaded, so the clock must not wait for them). */

export interface ProgressReporter {
  update(done: number, total: number, label: string): void;
  /** Ends the progress: a terminal keeps the final line, and what is printed next starts on a line of its own. */
  stop(): void;
}

/** "45s", "3m 05s", "1h 02m"; "?" while nothing is known. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** Documents per second since the reporter was made, and the time left at that rate. */
export function rateAndEta(done: number, total: number, elapsedMs: number): { rate: string; eta: string } {
  const perSecond = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
  return {
    rate: perSecond > 0 ? `${perSecond >= 10 ? perSecond.toFixed(0) : perSecond.toFixed(1)} docs/s` : '– docs/s',
    eta: done >= total ? '0s' : perSecond > 0 ? formatDuration((total - done) / perSecond) : '?',
  };
}

const BAR_WIDTH = 24;
/** A terminal line is redrawn at most this often (the last state is always drawn by stop()). */
const REDRAW_MS = 100;

function bar(done: number, total: number): string {
  const filled = total > 0 ? Math.min(BAR_WIDTH, Math.round((done / total) * BAR_WIDTH)) : 0;
  return `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
}

/** `name` starts each line or bar ("ingest", "reextract"). */
export function progressReporter(
  stream: NodeJS.WriteStream = process.stderr,
  name = 'ingest',
  now: () => number = () => performance.now(),
): ProgressReporter {
  const started = now();
  const measure = (done: number, total: number): { rate: string; eta: string } => rateAndEta(done, total, now() - started);
  if (stream.isTTY) {
    let last: { done: number; total: number; label: string } | undefined;
    let drawnAt = -Infinity;
    let stopped = false;
    const draw = (): void => {
      if (!last) return;
      const { rate, eta } = measure(last.done, last.total);
      const label = last.label.length > 40 ? `…${last.label.slice(-39)}` : last.label;
      let line = `${name} [${bar(last.done, last.total)}] ${last.done}/${last.total} documents | ${rate} | ETA ${eta}${label ? ` | ${label}` : ''}`;
      const width = stream.columns ?? 0;
      if (width > 1 && line.length >= width) line = line.slice(0, width - 1);
      // Back to the line's start, the line, then the rest of the old line erased.
      stream.write(`\r${line}\x1b[K`);
      drawnAt = now();
    };
    return {
      update(done, total, label) {
        if (stopped) return;
        last = { done, total, label };
        if (now() - drawnAt >= REDRAW_MS) draw();
      },
      stop() {
        if (stopped) return;
        stopped = true;
        if (!last) return;
        draw();
        stream.write('\n');
      },
    };
  }
  let lastShown = -1;
  return {
    update(done, total, label) {
      const { rate, eta } = measure(done, total);
      const step = Math.max(1, Math.ceil(total / 10));
      if (done === total || done - lastShown >= step || lastShown < 0) {
        if (done === lastShown) return;
        lastShown = done;
        stream.write(`${name}: ${done}/${total} documents, ${rate}, ETA ${eta}${label ? ` (${label})` : ''}\n`);
      }
    },
    stop() {},
  };
}
