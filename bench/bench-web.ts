/* Bench: `npm run bench:web` — the explorer in headless Chromium (software WebGL): layout on a generated 5,000-node /
   20,000-edge graph, then pan and zoom on an overview-sized graph (300 nodes) three times; prints, asserts nothing. */

import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureWebBuild } from '../web/build-if-stale.js';

const NODES = Number(process.env.BENCH_NODES ?? 5000);
const EDGES = Number(process.env.BENCH_EDGES ?? 20000);
const PAN_MS = 4000;
// The overview's default cap, and about as many relationships as a real overview of that size draws.
const OVERVIEW_NODES = Number(process.env.BENCH_OVERVIEW_NODES ?? 300);
const OVERVIEW_EDGES = Number(process.env.BENCH_OVERVIEW_EDGES ?? 600);
const OVERVIEW_RUNS = Number(process.env.BENCH_RUNS ?? 3);
// Renders are counted in the page; mouse moves are sent from here at ~60 per second.
const DIST = fileURLToPath(new URL('../web/dist/', import.meta.url));
const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

interface LongTask {
  start: number;
  duration: number;
}
interface Probe {
  longTasks: LongTask[];
  lags: { at: number; lag: number }[];
}

/** The built app as static files: bench mode builds its graph in the page, so no API or database is involved. */
function serveDist(): Promise<{ url: string; close(): void }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(DIST, path);
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(DIST, 'index.html');
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }),
    ),
  );
}

/** Installed before the app loads: long tasks, and the event-loop lag of a 20 ms timer (input would wait as long). */
function installProbes(): void {
  const probe: Probe = { longTasks: [], lags: [] };
  (window as unknown as { __probe: Probe }).__probe = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  let expected = performance.now() + 20;
  setInterval(() => {
    const now = performance.now();
    probe.lags.push({ at: now, lag: Math.max(0, now - expected) });
    expected = now + 20;
  }, 20);
}

const ms = (n: number) => `${n.toFixed(0)} ms`;
const within = <T extends { start?: number; at?: number }>(items: T[], from: number, to: number) =>
  items.filter((i) => (i.start ?? i.at ?? 0) >= from && (i.start ?? i.at ?? 0) <= to);

interface PanRun {
  start: number;
  panEnd: number;
  end: number;
  panRenders: number;
  zoomRenders: number;
  moves: number;
}

/** Scripted pan: a mouse drag in circles on the canvas (so sigma treats it as a move), then wheel zooms in and out. */
async function panAndZoom(page: Page): Promise<PanRun> {
  await page.evaluate(() => {
    const ng = (window as any).__newsgraph;
    ng.benchRenders = [] as number[];
    ng.sigma.on('afterRender', () => ng.benchRenders.push(performance.now()));
  });
  const box = (await page.locator('#graph-canvas').boundingBox())!;
  const cx = box.x + box.width / 2,
    cy = box.y + box.height / 2;
  const panStart = await page.evaluate(() => performance.now());
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const wallStart = Date.now();
  let moves = 0;
  while (Date.now() - wallStart < PAN_MS) {
    const t = (Date.now() - wallStart) / 1000;
    await page.mouse.move(cx + 150 * Math.sin(t * 2), cy + 100 * Math.cos(t * 2));
    moves++;
    await new Promise((r) => setTimeout(r, 16));
  }
  await page.mouse.up();
  const panEnd = await page.evaluate(() => performance.now());
  for (const dy of [-300, -300, 300, 300, 300]) {
    await page.mouse.wheel(0, dy);
    await page.waitForTimeout(350);
  }
  const pan = await page.evaluate(
    ([start, panEndAt]) => {
      const renders = (window as any).__newsgraph.benchRenders as number[];
      const inPan = renders.filter((t) => t >= start && t <= panEndAt).length;
      return { start, panEnd: panEndAt, end: performance.now(), panRenders: inPan, zoomRenders: renders.length - inPan };
    },
    [panStart, panEnd] as const,
  );
  return { ...pan, moves };
}

/** Opens the app in bench mode on a generated graph and waits until its layout has stopped. */
async function openBench(browser: Browser, url: string, nodes: number, edges: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // tsx (esbuild keepNames) wraps functions in __name(); functions shipped to the page need it defined.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.addInitScript(installProbes);
  await page.goto(`${url}/?bench=1&nodes=${nodes}&edges=${edges}&maxIterations=300`);
  await page.waitForFunction(() => (window as any).__newsgraph?.firstFrame.ms > 0, null, { timeout: 60_000 });
  await page.waitForFunction(() => (window as any).__newsgraph.layoutStatus().last !== null, null, { timeout: 300_000, polling: 250 });
  return page;
}

interface OverviewRun {
  over50: number;
  longest: number;
  fps: number;
  zoomRenders: number;
}

/**
 * One pan-and-zoom run on a fresh page with an overview-sized graph: its long tasks and frame rate.
 * `empty`: the same page and camera moves with nothing drawn (every node and edge hidden) — the floor
 * the browser and the machine set, whatever the app draws.
 */
async function overviewRun(browser: Browser, url: string, empty = false): Promise<OverviewRun> {
  const page = await openBench(browser, url, OVERVIEW_NODES, OVERVIEW_EDGES);
  try {
    if (empty)
      await page.evaluate(() => {
        const s = (window as any).__newsgraph.sigma;
        s.setSetting('nodeReducer', (_: string, d: object) => ({ ...d, hidden: true }));
        s.setSetting('edgeReducer', (_: string, d: object) => ({ ...d, hidden: true }));
      });
    // Labels and the position store settle after the layout; let that work finish before the camera moves.
    await page.waitForTimeout(500);
    const pan = await panAndZoom(page);
    const probe = await page.evaluate(() => (window as any).__probe as Probe);
    const tasks = within(probe.longTasks, pan.start, pan.end);
    return {
      over50: tasks.filter((t) => t.duration > 50).length,
      longest: Math.max(0, ...tasks.map((t) => t.duration)),
      fps: pan.panRenders / ((pan.panEnd - pan.start) / 1000),
      zoomRenders: pan.zoomRenders,
    };
  } finally {
    await page.close();
  }
}

const spread = (values: number[], unit = '') => {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return `median ${median.toFixed(0)}${unit}, range ${(sorted[0] ?? 0).toFixed(0)}–${(sorted.at(-1) ?? 0).toFixed(0)}${unit}`;
};

async function main(): Promise<void> {
  ensureWebBuild();
  const site = await serveDist();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await openBench(browser, site.url, NODES, EDGES);
    const layout = await page.evaluate(() => {
      const ng = (window as any).__newsgraph;
      return {
        firstFrame: ng.firstFrame.ms as number,
        startedAt: ng.layoutStartedAt as number,
        report: ng.layoutStatus().last,
        order: ng.graph.order as number,
        size: ng.graph.size as number,
      };
    });

    const pan = await panAndZoom(page);

    // Input responsiveness after load: round trip of a click on the canvas to its event handler.
    const inputDelay = await page.evaluate(async () => {
      const canvas = document.querySelector('#graph-canvas')!;
      const t0 = performance.now();
      await new Promise<void>((resolve) => {
        canvas.addEventListener('pointerdown', () => resolve(), { once: true });
        canvas.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      });
      return performance.now() - t0;
    });
    const probe = await page.evaluate(() => (window as any).__probe as Probe);

    const layoutEnd = layout.startedAt + layout.report.fa2Ms + layout.report.noverlapMs;
    if (process.env.BENCH_DEBUG)
      process.stdout.write(
        `DEBUG first frame ${layout.firstFrame.toFixed(0)} layout ${layout.startedAt.toFixed(0)}..${layoutEnd.toFixed(0)} tasks ${JSON.stringify(probe.longTasks.map((t) => [Math.round(t.start), Math.round(t.duration)]))}\n`,
      );
    const layoutTasks = within(probe.longTasks, layout.startedAt, layoutEnd);
    const panTasks = within(probe.longTasks, pan.start, pan.end);
    // A lag belongs to the phase in which the blocking began (at − lag), not the one in which it ended.
    const blocked = probe.lags.map((l) => ({ at: l.at - l.lag, lag: l.lag }));
    const layoutLag = Math.max(0, ...within(blocked, layout.startedAt, layoutEnd).map((l) => l.lag));
    const panLag = Math.max(0, ...within(blocked, pan.start, pan.end).map((l) => l.lag));
    const fps = pan.panRenders / ((pan.panEnd - pan.start) / 1000);
    const longest = (tasks: LongTask[]) => Math.max(0, ...tasks.map((t) => t.duration));
    const mark = (ok: boolean) => (ok ? 'ok' : 'MISSED');

    const rows: [string, string, string][] = [
      ['graph', `${layout.order} nodes, ${layout.size} edges (generated, clustered)`, ''],
      ['time to first frame', ms(layout.firstFrame), ''],
      [
        'FA2 iterations to settle',
        `${layout.report.iterations} (${layout.report.settled ? 'settled' : 'stopped at cap'}, Barnes-Hut ${layout.report.barnesHut ? 'on' : 'off'})`,
        `target ≤ 100: ${mark(layout.report.settled && layout.report.iterations <= 100)}`,
      ],
      [
        'FA2 time to settle',
        ms(layout.report.fa2Ms),
        `${(layout.report.fa2Ms / Math.max(1, layout.report.iterations)).toFixed(1)} ms/iteration`,
      ],
      ['noverlap', ms(layout.report.noverlapMs), ''],
      [
        'long tasks during layout',
        `${layoutTasks.length} (longest ${ms(longest(layoutTasks))}, total ${ms(layoutTasks.reduce((a, t) => a + t.duration, 0))})`,
        `target none > 50 ms: ${mark(longest(layoutTasks) <= 50)}`,
      ],
      ['max event-loop lag during layout', ms(layoutLag), `responsive: ${mark(layoutLag <= 100)}`],
      ['long tasks during pan/zoom', `${panTasks.length} (longest ${ms(longest(panTasks))})`, ''],
      ['max event-loop lag during pan/zoom', ms(panLag), ''],
      [
        'scripted pan (mouse drag)',
        `${fps.toFixed(1)} frames/s over ${((pan.panEnd - pan.start) / 1000).toFixed(1)} s (${pan.panRenders} renders, ${pan.moves} mouse moves)`,
        `wheel zoom: ${pan.zoomRenders} renders in ${ms(pan.end - pan.panEnd)}`,
      ],
      ['input delay after layout', ms(inputDelay), ''],
    ];
    await page.close();

    // The overview-sized graph: each run on a fresh page, so one run's warm-up is not another's.
    // Interleaved with as many runs that draw nothing, so both see the same load on the machine.
    const runs: OverviewRun[] = [];
    const floor: OverviewRun[] = [];
    for (let i = 0; i < OVERVIEW_RUNS; i++) {
      runs.push(await overviewRun(browser, site.url));
      floor.push(await overviewRun(browser, site.url, true));
    }
    rows.push(
      [
        'overview graph',
        `${OVERVIEW_NODES} nodes, ${OVERVIEW_EDGES} edges (generated), pan ${PAN_MS / 1000} s + 5 wheel zooms, ${runs.length} runs`,
        '',
      ],
      ...runs.map((r, i): [string, string, string] => [
        `  run ${i + 1}`,
        `${r.over50} long tasks > 50 ms, longest ${ms(r.longest)}, ${r.fps.toFixed(1)} frames/s, ${r.zoomRenders} zoom renders`,
        `target none > 50 ms: ${mark(r.over50 === 0)}`,
      ]),
      ['  long tasks > 50 ms', spread(runs.map((r) => r.over50)), ''],
      [
        '  longest task',
        spread(
          runs.map((r) => r.longest),
          ' ms',
        ),
        '',
      ],
      [
        '  pan frame rate',
        spread(
          runs.map((r) => r.fps),
          ' frames/s',
        ),
        '',
      ],
      ['same moves, nothing drawn', `${floor.length} runs interleaved with the above: the browser's and the machine's floor`, ''],
      ['  long tasks > 50 ms', spread(floor.map((r) => r.over50)), ''],
      [
        '  longest task',
        spread(
          floor.map((r) => r.longest),
          ' ms',
        ),
        '',
      ],
      [
        '  pan frame rate',
        spread(
          floor.map((r) => r.fps),
          ' frames/s',
        ),
        '',
      ],
    );
    const width = Math.max(...rows.map((r) => r[0].length));
    // Software WebGL shares the CPUs with everything else on the machine: print how busy it was.
    process.stdout.write(
      `bench:web — Chromium headless (SwiftShader WebGL), 1280×800, ${availableParallelism()} CPUs, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}\n`,
    );
    for (const [label, value, note] of rows) process.stdout.write(`  ${label.padEnd(width)}  ${value}${note ? `   [${note}]` : ''}\n`);
  } finally {
    await browser.close();
    site.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:web failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
