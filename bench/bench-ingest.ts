/* Bench: `npm run bench:ingest [-- --docs N --big M]` — extraction and load throughput on a generated corpus.
 *
 * Prints, in one run on this machine: extraction words/s and docs/s; compromise's nlp() on the same
 * text (the reference); streamed extraction of M documents (default 20,000) with 1 worker and with
 * all cores, each in a fresh process (docs/s over the whole run and over its second half, once every
 * thread is warm); the loader's rows/s and a bare driver `UNWIND $rows MERGE` of the same rows into an
 * emptied database, with what resolution at load costs per document (its time and index seeks inside the load, and
 * the same load with it off); a streamed ingest of the M documents on all cores, in a process of its own, with
 * its peak RSS (its worker threads share that process's RSS). Figures only, no assertions.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { Command, Option } from 'commander';
import nlp from 'compromise';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../config/config.js';
import { createDriver } from '../graph/create-driver.js';
import { ensureSchema } from '../graph/ensure-schema.js';
import { selectDatabase, type DatabaseTarget } from '../graph/select-database.js';
import { extractDocuments } from '../ingest/extract-documents.js';
import type { DocumentRows } from '../ingest/load/graph-rows.js';
import { loadDocuments } from '../ingest/load/load-documents.js';
import { splitByDocument } from '../ingest/load/split-by-document.js';
import { toDocumentRows } from '../ingest/load/to-document-rows.js';
import type { SourceInput } from '../ingest/source-input.js';
import { defaultWorkerCount } from '../ingest/extract-pool.js';
import { extractStream } from '../ingest/extract-stream.js';
import { ingestInputs, type IngestSummary } from '../ingest/ingest-inputs.js';
import type { ExtractionResult } from '../ontology/extraction-result.js';

// ── Peak memory ────────────────────────────────────────────────────────────────────────────────
let peakRss = 0;
const sampleRss = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const sampler = setInterval(sampleRss, 25);

// ── Corpus ─────────────────────────────────────────────────────────────────────────────────────
/** Deterministic PRNG (mulberry32), so every run benches the same corpus. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES: [string, string, string][] = [
  ['Brazil', 'Brazilian', 'Brasilia'],
  ['Argentina', 'Argentine', 'Buenos Aires'],
  ['Japan', 'Japanese', 'Tokyo'],
  ['Germany', 'German', 'Berlin'],
  ['France', 'French', 'Paris'],
  ['India', 'Indian', 'New Delhi'],
  ['Australia', 'Australian', 'Canberra'],
  ['Chile', 'Chilean', 'Santiago'],
  ['Peru', 'Peruvian', 'Lima'],
  ['Kenya', 'Kenyan', 'Nairobi'],
  ['Nigeria', 'Nigerian', 'Abuja'],
  ['Egypt', 'Egyptian', 'Cairo'],
  ['Indonesia', 'Indonesian', 'Jakarta'],
  ['Vietnam', 'Vietnamese', 'Hanoi'],
  ['Italy', 'Italian', 'Rome'],
  ['Spain', 'Spanish', 'Madrid'],
  ['Poland', 'Polish', 'Warsaw'],
  ['Sweden', 'Swedish', 'Stockholm'],
  ['Norway', 'Norwegian', 'Oslo'],
  ['Turkey', 'Turkish', 'Ankara'],
  ['South Korea', 'South Korean', 'Seoul'],
  ['Thailand', 'Thai', 'Bangkok'],
  ['Colombia', 'Colombian', 'Bogota'],
  ['Ghana', 'Ghanaian', 'Accra'],
];
const FIRST = [
  'Anna',
  'Luis',
  'Priya',
  'Kenji',
  'Olga',
  'Tomas',
  'Amara',
  'Rafael',
  'Ingrid',
  'Hassan',
  'Mei',
  'Jonas',
  'Carla',
  'Dmitri',
  'Fatima',
  'Pedro',
  'Sofia',
  'Arjun',
  'Lena',
  'Kwame',
  'Elena',
  'Marco',
  'Yuki',
  'Nadia',
];
const LAST = [
  'Ferreira',
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Tanaka',
  'Kowalski',
  'Haddad',
  'Rossi',
  'Nakamura',
  'Mensah',
  'Alvarez',
  'Petrov',
  'Schmidt',
  'Banerjee',
  'Costa',
  'Yilmaz',
  'Novak',
  'Santos',
  'Berg',
  'Duarte',
  'Osei',
  'Varga',
];
const LEADER_TITLES = ['President', 'Prime Minister'];
const PORTFOLIOS = ['Trade', 'Finance', 'Foreign', 'Agriculture', 'Energy', 'Economy'];
const PRODUCTS = ['steel', 'aluminum', 'lumber', 'autos', 'pharmaceuticals', 'semiconductors', 'wheat', 'dairy', 'copper', 'solar panels'];
const ORGS = [
  'World Trade Organization',
  'United Nations',
  'International Monetary Fund',
  'World Bank',
  'Chatham House',
  'Peterson Institute',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const FILLER = [
  'Officials said the talks would continue next week.',
  'Markets reacted calmly to the announcement.',
  'Business groups welcomed the move but asked for more detail.',
  'Opposition lawmakers criticised the timing of the decision.',
  'Analysts expect further negotiations before the end of the year.',
];

function generateCorpus(count: number): SourceInput[] {
  return [...corpusStream(count)];
}

/** The same corpus, one article at a time (nothing is held: the streamed runs stay flat in memory). */
function* corpusStream(count: number): Generator<SourceInput> {
  const rand = random(20_260_101);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const person = (): string => `${pick(FIRST)} ${pick(LAST)}`;
  for (let i = 0; i < count; i++) {
    const [c1, d1, cap1] = pick(COUNTRIES);
    let [c2, d2, cap2] = pick(COUNTRIES);
    if (c2 === c1) [c2, d2, cap2] = COUNTRIES[(COUNTRIES.findIndex((c) => c[0] === c1) + 1) % COUNTRIES.length]!;
    const [c3] = pick(COUNTRIES);
    const leader1 = person();
    const leader2 = person();
    const minister = person();
    const analyst = person();
    const t1 = pick(LEADER_TITLES);
    const t2 = pick(LEADER_TITLES);
    const portfolio = pick(PORTFOLIOS);
    const product = pick(PRODUCTS);
    const rate = 5 + 5 * Math.floor(rand() * 10);
    const org = pick(ORGS);
    const think = pick(ORGS);
    const agreement = `${c1}-${c2} Economic Partnership`;
    const surname = leader1.split(' ')[1]!;
    const sentences = [
      `${d1} ${t1} ${leader1} met ${d2} ${t2} ${leader2} in ${cap2} on ${pick(DAYS)} to discuss trade.`,
      `${c1} and ${c2} signed the ${agreement} during the visit.`,
      `${c1} imposed a ${rate} percent tariff on ${d2} ${product}, ${surname} said.`,
      `${portfolio} Minister ${minister} of ${c2} visited ${cap1} on ${pick(DAYS)}.`,
      `Bilateral trade between ${c1} and ${c2} reached $${(1 + rand() * 90).toFixed(1)} billion in ${2015 + Math.floor(rand() * 10)}.`,
      `${c1} pledged $${(1 + rand() * 50).toFixed(1)} million to the ${org} for climate adaptation.`,
      `${analyst}, a senior fellow at ${think}, said the partnership could reshape regional supply chains.`,
      `${c3} is not a member of the ${agreement}.`,
      pick(FILLER),
      pick(FILLER),
    ];
    yield {
      text: `${sentences.slice(0, 3).join(' ')}\n\n${sentences.slice(3, 7).join(' ')}\n\n${sentences.slice(7).join(' ')}`,
      title: `${c1} and ${c2} deepen trade ties (${i + 1})`,
      source: `bench/article-${String(i + 1).padStart(5, '0')}.txt`,
      publishedAt: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    };
  }
}

/**
 * Timed rounds of the load and of the bare UNWIND, alternating; the best of each counts. The load's
 * many statements warm up in Neo4j more slowly than the one bare statement: over 3 rounds the load
 * was still getting faster (19.1 → 11.6 → 9.5 s) when the bare UNWIND had levelled off (11.4 → 7.1 → 7.3 s).
 */
const ROUNDS = 5;

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

// ── Bare UNWIND of the same rows ───────────────────────────────────────────────────────────────
const BARE_BATCH = 5_000;

/** The plainest MERGE per label/type for the same rows, one auto-retried transaction per batch. */
async function bareUnwind(driver: Driver, database: string, docs: DocumentRows[]): Promise<number> {
  const session = driver.session({ database });
  let rows = 0;
  const write = async (cypher: string, all: unknown[]): Promise<void> => {
    for (let i = 0; i < all.length; i += BARE_BATCH) {
      const batch = all.slice(i, i + BARE_BATCH);
      await session.executeWrite((tx) => tx.run(cypher, { rows: batch }));
      rows += batch.length;
    }
  };
  const grouped = <T>(items: { key: string; rows: T[] }[]): Map<string, T[]> => {
    const out = new Map<string, T[]>();
    for (const item of items) out.set(item.key, [...(out.get(item.key) ?? []), ...item.rows]);
    return out;
  };
  try {
    await write(
      'UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d += row.props',
      docs.map((d) => d.document),
    );
    const entities = grouped(docs.flatMap((d) => d.entities.map((g) => ({ key: g.labels.join(':'), rows: g.rows }))));
    for (const [labels, list] of entities) {
      await write(
        `UNWIND $rows AS row MERGE (n:${labels} {id: row.id}) SET n += row.props, n.name = row.name, n.aliases = row.aliases, n.mentionCount = row.mentionCount`,
        list,
      );
    }
    const relations = grouped(docs.flatMap((d) => d.relations.map((g) => ({ key: `${g.type}|${g.from}|${g.to}`, rows: g.rows }))));
    for (const [key, list] of relations) {
      const [type, from, to] = key.split('|');
      await write(
        `UNWIND $rows AS row MATCH (a:${from} {id: row.source}) MATCH (b:${to} {id: row.target}) MERGE (a)-[r:${type}]->(b) SET r += row.props, r.id = row.id, r.evidence = row.evidence, r.docIds = row.docIds, r.confidence = row.confidence`,
        list,
      );
    }
    const mentions = grouped(docs.flatMap((d) => d.mentions.map((g) => ({ key: g.label, rows: g.rows }))));
    for (const [label, list] of mentions) {
      await write(
        `UNWIND $rows AS row MATCH (e:${label} {id: row.entityId}) MATCH (d:Document {id: row.docId}) MERGE (e)-[m:MENTIONED_IN]->(d) SET m.id = row.id, m.count = row.count, m.sentences = row.sentences, m.offsets = row.offsets`,
        list,
      );
    }
    return rows;
  } finally {
    await session.close();
  }
}

async function clear(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

function toRows(result: ExtractionResult): DocumentRows[] {
  return splitByDocument(result).map(toDocumentRows);
}

// ── Run ────────────────────────────────────────────────────────────────────────────────────────
const fmt = (value: number, digits = 0): string =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

interface ExtractionRun {
  /** Over the whole stream: start-up and every thread's JIT warm-up included. */
  docsPerS: number;
  s: number;
  /** Over the second half of the stream, once every thread is warm. */
  warmDocsPerS: number;
  peak: number;
  failed: number;
}

/** Extraction only, streamed through the pool as ingest does: docs/s and the sampled peak RSS. */
async function streamedExtraction(count: number, workers: number): Promise<ExtractionRun> {
  peakRss = 0;
  sampleRss();
  const started = performance.now();
  let n = 0;
  let failed = 0;
  let half: { at: number; n: number } | undefined;
  for await (const part of extractStream(corpusStream(count), { workers })) {
    n += part.length;
    failed += part.filter((p) => !p.outcome.result).length;
    if (!half && n >= count / 2) half = { at: performance.now(), n };
  }
  const ended = performance.now();
  sampleRss();
  const s = (ended - started) / 1000;
  const warmDocsPerS = half && ended > half.at ? (n - half.n) / ((ended - half.at) / 1000) : n / s;
  return { docsPerS: n / s, s, warmDocsPerS, peak: Math.max(peakRss, process.resourceUsage().maxRSS * 1024), failed };
}

/** Runs this script in a child process (same Node flags, so tsx too) and parses the JSON line it prints last. */
function runChild<T>(options: string[], env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const args = [...process.execArgv, process.argv[1]!, ...options];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0) reject(new Error(`bench:ingest: the child run (${options.join(' ')}) stopped with exit code ${code}`));
      else resolve(JSON.parse(line) as T);
    });
  });
}

/**
 * The streamed extraction with `workers` threads, each in a fresh process, alternating, best of
 * EXTRACTION_ROUNDS per thread count: every run starts cold, as `npm run ingest` does, so neither
 * thread count gains from JIT warm-up done before it.
 */
const EXTRACTION_ROUNDS = 2;
async function streamedExtractions(
  count: number,
  threadCounts: number[],
  report: (round: number, workers: number, run: ExtractionRun) => void,
): Promise<Map<number, ExtractionRun>> {
  const best = new Map<number, ExtractionRun>();
  for (let round = 0; round < EXTRACTION_ROUNDS; round++)
    for (const workers of threadCounts) {
      const run = await runChild<ExtractionRun>(['--streamed-extraction', String(count), '--workers', String(workers)]);
      report(round + 1, workers, run);
      const kept = best.get(workers);
      const faster = !kept || run.docsPerS > kept.docsPerS ? run : kept;
      best.set(workers, { ...faster, warmDocsPerS: Math.max(run.warmDocsPerS, kept?.warmDocsPerS ?? 0) });
    }
  return best;
}

interface ChildRun {
  summary: IngestSummary;
  s: number;
  peak: number;
}

/** The streamed ingest in this process: what `--streamed-ingest` runs in a child and prints as JSON. */
async function streamedIngest(count: number, workers: number): Promise<ChildRun> {
  const config = loadConfig(process.env);
  const driver = createDriver({ uri: config.neo4jUri!, user: config.neo4jUser, password: config.neo4jPassword });
  try {
    peakRss = 0;
    sampleRss();
    const started = performance.now();
    const summary = await ingestInputs(driver, config.neo4jDatabase, corpusStream(count), { workers, total: count });
    const s = (performance.now() - started) / 1000;
    sampleRss();
    return { summary: { ...summary, results: [] }, s, peak: Math.max(peakRss, process.resourceUsage().maxRSS * 1024) };
  } finally {
    clearInterval(sampler);
    await driver.close();
  }
}

/** Runs streamedIngest in a child process against the bench's database. */
function streamedIngestInChild(target: DatabaseTarget, count: number, workers: number): Promise<ChildRun> {
  return runChild<ChildRun>(['--streamed-ingest', String(count), '--workers', String(workers)], {
    ...process.env,
    NEO4J_URI: target.uri,
    NEO4J_DATABASE: target.database,
    ...(target.user ? { NEO4J_USER: target.user, NEO4J_PASSWORD: target.password ?? '' } : {}),
  });
}

async function main(docCount: number, bigCount: number): Promise<void> {
  const say = (line: string): void => {
    process.stdout.write(`${line}\n`);
  };
  say(`bench:ingest — ${fmt(docCount)} generated articles, Node ${process.version}`);
  const corpus = generateCorpus(docCount);
  const words = corpus.reduce((n, input) => n + wordCount(input.text), 0);
  say(`corpus: ${fmt(docCount)} documents, ${fmt(words)} words`);
  sampleRss();

  // Extraction (in the chunks ingestInputs uses) and compromise's nlp() on the same chunk, taking
  // turns, so both see the same machine load; both are warmed up first on a separate slice.
  const CHUNK = 250;
  const parse = (input: SourceInput): number => {
    const doc = nlp(input.text);
    return doc.people().length + doc.places().length + doc.organizations().length;
  };
  const warmup = generateCorpus(50).map((input) => ({ ...input, text: `${input.text} Warm-up.` }));
  extractDocuments(warmup);
  warmup.forEach(parse);
  const results: ExtractionResult[] = [];
  let extractS = 0;
  let compromiseS = 0;
  let found = 0;
  for (let i = 0; i < corpus.length; i += CHUNK) {
    const chunk = corpus.slice(i, i + CHUNK);
    const extractStarted = performance.now();
    results.push(extractDocuments(chunk));
    extractS += (performance.now() - extractStarted) / 1000;
    sampleRss();
    const parseStarted = performance.now();
    for (const input of chunk) found += parse(input);
    compromiseS += (performance.now() - parseStarted) / 1000;
    sampleRss();
  }

  // Worker threads: the same streamed corpus extracted with 1 worker (the main thread) and with all cores.
  const cores = defaultWorkerCount();
  say(`streamed extraction, ${fmt(bigCount)} documents, fresh process each, best of ${EXTRACTION_ROUNDS}:`);
  // Every run is printed: on a shared machine they spread, and the spread belongs with the figures.
  const extractions = await streamedExtractions(bigCount, cores > 1 ? [1, cores] : [1], (round, workers, run) =>
    say(
      `  round ${round}, ${workers} worker${workers === 1 ? '' : 's'}: ${fmt(run.docsPerS, 1)} docs/s over the run, ${fmt(run.warmDocsPerS, 1)} over its second half`,
    ),
  );
  const one = extractions.get(1)!;
  const all = extractions.get(cores) ?? one;
  const describe = (run: ExtractionRun): string =>
    `${fmt(run.docsPerS, 1)} docs/s over the run (${fmt(run.s, 1)} s), ${fmt(run.warmDocsPerS, 1)} docs/s over its second half; peak RSS ${fmt(run.peak / 1024 / 1024, 1)} MiB`;
  say(`  1 worker (the main thread): ${describe(one)}`);
  if (cores > 1) say(`  ${cores} workers (all cores; thread start-up and each thread's JIT warm-up in the run): ${describe(all)}`);
  // The streamed extractions ran in child processes: their peaks are printed with them, not counted here.
  const firstPeak = peakRss;

  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-neo4j-'));
  const config = loadConfig(process.env, { neo4jUri: undefined, neo4jUser: undefined, neo4jPassword: undefined });
  const target = await selectDatabase(config, { localDataDir: dataDir, localBoltPort: 0, tryContainers: false, log: () => {} });
  const driver = createDriver(target);
  try {
    await ensureSchema(driver, target.database);
    // Each path runs ROUNDS times, alternating, on an emptied database; the best run of each counts, so
    // neither gains from the other's warm-up (JIT, Cypher plan cache, replanning as the graph grows).
    const rows = results.flatMap(toRows);
    let loadS = Infinity;
    let bareS = Infinity;
    let loaded: Awaited<ReturnType<typeof loadDocuments>> | undefined;
    let bareRows = 0;
    // A fresh JVM runs its first statements interpreted: both paths load the first chunk once, untimed.
    await loadDocuments(driver, target.database, toRows(results[0]!));
    await clear(driver, target.database);
    await bareUnwind(driver, target.database, toRows(results[0]!));
    let rowsS = Infinity;
    // What resolution at load costs: its own time and index seeks inside each load, and the same load with it off.
    const cost: { ms: number; seeks: number; share: number; onS: number; offS: number }[] = [];
    await loadDocuments(driver, target.database, toRows(results[0]!), { resolve: false });
    for (let round = 1; round <= ROUNDS; round++) {
      await clear(driver, target.database);
      // Both paths are timed from the same DocumentRows; building them is timed on its own.
      const rowsStarted = performance.now();
      const fresh = results.flatMap(toRows);
      rowsS = Math.min(rowsS, (performance.now() - rowsStarted) / 1000);
      const loadStarted = performance.now();
      loaded = await loadDocuments(driver, target.database, fresh);
      const s = (performance.now() - loadStarted) / 1000;
      loadS = Math.min(loadS, s);
      sampleRss();
      await clear(driver, target.database);
      const offStarted = performance.now();
      await loadDocuments(driver, target.database, results.flatMap(toRows), { resolve: false });
      const off = (performance.now() - offStarted) / 1000;
      await clear(driver, target.database);
      const docs = loaded.outcomes.length;
      cost.push({
        ms: loaded.resolutionMs / docs,
        seeks: loaded.resolutionSeeks / docs,
        share: loaded.resolutionMs / 1000 / s,
        onS: s,
        offS: off,
      });
      const bareStarted = performance.now();
      bareRows = await bareUnwind(driver, target.database, rows);
      const b = (performance.now() - bareStarted) / 1000;
      bareS = Math.min(bareS, b);
      sampleRss();
      const c = cost.at(-1)!;
      say(
        `  round ${round}: load ${fmt(s, 2)} s (resolution ${fmt(c.ms, 2)} ms and ${fmt(c.seeks, 1)} index seeks per document, ${fmt(100 * c.share, 1)} % of the load; ${fmt(loaded.resolved)} names joined, ${fmt(loaded.renamed)} renamed), without resolution ${fmt(off, 2)} s, bare UNWIND ${fmt(b, 2)} s`,
      );
    }
    if (!loaded) throw new Error('bench:ingest: nothing loaded');

    // The big run: the generated corpus streamed through ingest (all cores), into an emptied database, in a process
    // of its own, so its peak RSS is the ingest's and not what this process kept from the runs before.
    await clear(driver, target.database);
    const { summary: big, s: bigS, peak: bigPeak } = await streamedIngestInChild(target, bigCount, cores);
    say(
      `streamed ingest, ${fmt(bigCount)} documents, ${cores} workers: ${fmt(big.documents.new)} new, ${big.documents.failed} failed, ${big.documents.rejected} rejected in ${fmt(bigS, 1)} s = ${fmt(bigCount / bigS, 1)} docs/s; ` +
        `load ${fmt(big.rows)} rows in ${fmt(big.loadMs / 1000, 1)} s = ${fmt(big.rows / (big.loadMs / 1000))} rows/s; peak RSS ${fmt(bigPeak / 1024 / 1024, 1)} MiB`,
    );
    peakRss = Math.max(peakRss, firstPeak);
    sampleRss();
    const failed = loaded.outcomes.filter((o) => o.status === 'failed').length;

    const extractWps = words / extractS;
    const compromiseWps = words / compromiseS;
    const loadRps = loaded.rows / loadS;
    const bareRps = bareRows / bareS;
    say(`extraction: ${fmt(extractWps)} words/s, ${fmt(docCount / extractS, 1)} docs/s (${fmt(extractS, 2)} s)`);
    say(`compromise nlp() + people/places/organizations: ${fmt(compromiseWps)} words/s (${fmt(compromiseS, 2)} s, ${fmt(found)} spans)`);
    say(
      `load (best of ${ROUNDS}): ${fmt(loaded.rows)} rows in ${fmt(loadS, 2)} s = ${fmt(loadRps)} rows/s (${fmt(loaded.outcomes.length - failed)} documents, ${failed} failed; ${fmt(loaded.rowsWritten)} rows sent after folding repeats within a transaction)`,
    );
    say(
      `bare UNWIND MERGE, same rows, emptied database (best of ${ROUNDS}): ${fmt(bareRows)} rows in ${fmt(bareS, 2)} s = ${fmt(bareRps)} rows/s`,
    );
    say(`rows built from the extraction (MinHash signatures included; timed apart from both): ${fmt(rowsS, 2)} s`);
    const spread = (values: number[], digits: number, unit = ''): string => {
      const sorted = [...values].sort((x, y) => x - y);
      return `median ${fmt(sorted[Math.floor(sorted.length / 2)]!, digits)}${unit} (${fmt(sorted[0]!, digits)}${unit} to ${fmt(sorted.at(-1)!, digits)}${unit} over ${sorted.length} rounds)`;
    };
    const perDoc = (sec: number): number => (1000 * sec) / loaded!.outcomes.length;
    say(
      `resolution at load, per document: ${spread(
        cost.map((c) => c.ms),
        2,
        ' ms',
      )} inside the load, ${spread(
        cost.map((c) => c.seeks),
        1,
      )} index seeks (nameKey / shortKey), ${spread(
        cost.map((c) => 100 * c.share),
        1,
        ' %',
      )} of the load's time; the load with it minus without, same round: ${spread(
        cost.map((c) => perDoc(c.onS) - perDoc(c.offS)),
        2,
        ' ms',
      )}`,
    );
    const maxRss = process.resourceUsage().maxRSS * 1024;
    say(
      `peak RSS of this process (the in-process extraction and load runs; the streamed runs had processes of their own; Neo4j runs in its own JVM): sampled ${fmt(peakRss / 1024 / 1024, 1)} MiB, maxRSS ${fmt(maxRss / 1024 / 1024, 1)} MiB`,
    );
    say('targets:');
    if (cores > 1) {
      const ratio = (a: number, b: number): string => `${fmt(a / b, 2)}× ${a >= 1.7 * b ? '(met)' : '(not met)'}`;
      say(`  docs/s with ${cores} workers ≥ 1.7× 1 worker, over the whole run: ${ratio(all.docsPerS, one.docsPerS)}`);
      say(`  docs/s with ${cores} workers ≥ 1.7× 1 worker, once warm (second half): ${ratio(all.warmDocsPerS, one.warmDocsPerS)}`);
    } else say('  docs/s with 2 workers ≥ 1.7× 1 worker: not measured (one core)');
    say(
      `  peak RSS < 1 GiB over the ${fmt(bigCount)}-document streamed ingest: ${fmt(bigPeak / 1024 / 1024, 1)} MiB ${bigPeak < 1024 ** 3 ? '(met)' : '(not met)'}`,
    );
    say(`  extraction ≥ 2× compromise: ${fmt(extractWps / compromiseWps, 2)}× ${extractWps >= 2 * compromiseWps ? '(met)' : '(not met)'}`);
    say(`  load ≥ 0.8× bare UNWIND: ${fmt(loadRps / bareRps, 2)}× ${loadRps >= 0.8 * bareRps ? '(met)' : '(not met)'}`);
  } finally {
    clearInterval(sampler);
    await driver.close();
    await target.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const program = new Command()
  .name('bench:ingest')
  .option('--docs <n>', 'number of generated articles for extraction and load against bare UNWIND', (v) => Number.parseInt(v, 10), 2000)
  .option('--big <n>', 'number of generated articles for the streamed runs (workers, peak RSS)', (v) => Number.parseInt(v, 10), 20_000)
  .addOption(
    new Option('--streamed-ingest <n>', 'run only the streamed ingest (in the child process)')
      .argParser((v) => Number.parseInt(v, 10))
      .hideHelp(),
  )
  .addOption(
    new Option('--streamed-extraction <n>', 'run only the streamed extraction (in the child process)')
      .argParser((v) => Number.parseInt(v, 10))
      .hideHelp(),
  )
  .addOption(new Option('--workers <n>', 'extraction threads of the streamed ingest').argParser((v) => Number.parseInt(v, 10)).hideHelp())
  .action(async (flags: { docs: number; big: number; streamedExtraction?: number; streamedIngest?: number; workers?: number }) => {
    if (flags.streamedExtraction !== undefined) {
      const run = await streamedExtraction(flags.streamedExtraction, flags.workers ?? defaultWorkerCount());
      clearInterval(sampler);
      process.stdout.write(`${JSON.stringify(run)}\n`);
      return;
    }
    if (flags.streamedIngest !== undefined) {
      process.stdout.write(`${JSON.stringify(await streamedIngest(flags.streamedIngest, flags.workers ?? defaultWorkerCount()))}\n`);
      return;
    }
    if (!Number.isFinite(flags.docs) || flags.docs < 1 || !Number.isFinite(flags.big) || flags.big < 1) {
      process.stderr.write('bench:ingest: --docs and --big take a positive whole number\n');
      process.exitCode = 2;
      return;
    }
    await main(flags.docs, flags.big);
  });

await program.parseAsync(process.argv);
