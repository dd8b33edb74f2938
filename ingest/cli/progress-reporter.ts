/* Ingest CLI: progress as a bar on a terminal, as plain lines (about every 10%) otherwise — with documents/s and an ETA. */

import cliProgress from 'cli-progress';

export interface ProgressReporter {
  update(done: number, total: number, label: string): void;
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

/** Documents per second since the first update, and the time left at that rate. */
export function rateAndEta(done: number, total: number, elapsedMs: number): { rate: string; eta: string } {
  const perSecond = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
  return {
    rate: perSecond > 0 ? `${perSecond >= 10 ? perSecond.toFixed(0) : perSecond.toFixed(1)} docs/s` : '– docs/s',
    eta: done >= total ? '0s' : perSecond > 0 ? formatDuration((total - done) / perSecond) : '?',
  };
}

/** `name` starts each line or bar ("ingest", "reextract"). */
export function progressReporter(
  stream: NodeJS.WriteStream = process.stderr,
  name = 'ingest',
  now: () => number = () => performance.now(),
): ProgressReporter {
  let started: number | undefined;
  const measure = (done: number, total: number): { rate: string; eta: string } => {
    started ??= now();
    return rateAndEta(done, total, now() - started);
  };
  if (stream.isTTY) {
    let bar: cliProgress.SingleBar | undefined;
    return {
      update(done, total, label) {
        const { rate, eta } = measure(done, total);
        if (!bar) {
          bar = new cliProgress.SingleBar(
            {
              format: `${name} [{bar}] {value}/{total} documents | {rate} | ETA {eta} | {label}`,
              stream,
              hideCursor: true,
              clearOnComplete: true,
            },
            cliProgress.Presets.shades_classic,
          );
          bar.start(total, 0, { label: '', rate, eta });
        }
        bar.setTotal(total);
        bar.update(done, { label: label.length > 40 ? `…${label.slice(-39)}` : label, rate, eta });
      },
      stop() {
        bar?.stop();
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
        stream.write(`${name}: ${done}/${total} documents, ${rate}, ETA ${eta} (${label})\n`);
      }
    },
    stop() {},
  };
}
