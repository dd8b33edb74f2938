/* Ingest CLI: progress as a bar on a terminal, as plain lines (about every 10%) otherwise. */

import cliProgress from 'cli-progress';

export interface ProgressReporter {
  update(done: number, total: number, label: string): void;
  stop(): void;
}

/** `name` starts each line or bar ("ingest", "reextract"). */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr, name = 'ingest'): ProgressReporter {
  if (stream.isTTY) {
    let bar: cliProgress.SingleBar | undefined;
    return {
      update(done, total, label) {
        if (!bar) {
          bar = new cliProgress.SingleBar(
            { format: `${name} [{bar}] {value}/{total} documents | {label}`, stream, hideCursor: true, clearOnComplete: true },
            cliProgress.Presets.shades_classic,
          );
          bar.start(total, 0, { label: '' });
        }
        bar.setTotal(total);
        bar.update(done, { label: label.length > 50 ? `…${label.slice(-49)}` : label });
      },
      stop() {
        bar?.stop();
      },
    };
  }
  let lastShown = -1;
  return {
    update(done, total, label) {
      const step = Math.max(1, Math.ceil(total / 10));
      if (done === total || done - lastShown >= step || lastShown < 0) {
        if (done === lastShown) return;
        lastShown = done;
        stream.write(`${name}: ${done}/${total} documents (${label})\n`);
      }
    },
    stop() {},
  };
}
