/* Measure: `npm run measure:resolution -- GOLD_DIR TEXT_DIR [--manifest FILE]` — ingests TEXT_DIR into a fresh local
   Neo4j and reports (1) cross-document resolution: the gold entities of all documents grouped into real-world
   entities (same type, normalised names or aliases meeting, the scorer's normalisation), and for those named in two or
   more documents (countries aside) how many are one graph node, and how many nodes join two gold entities; (2) the
   duplicate queue's top 20, each pair judged a true duplicate when both nodes stand for one real-world entity; (3) the
   documents dated, by where the date came from, without a sidecar and (with --manifest) with a dates.csv made from the
   manifest's dates. Prints figures; asserts nothing. */

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../config/config.js';
import { createDriver } from '../graph/create-driver.js';
import { ensureSchema } from '../graph/ensure-schema.js';
import { selectDatabase } from '../graph/select-database.js';
import { ingestPaths } from '../ingest/ingest-paths.js';
import { normaliseName } from '../ingest/score/normalise-name.js';
import type { GoldEntity } from '../ingest/score/score-types.js';
import type { DuplicateCandidate } from '../ontology/api-types.js';
import { startWebServer } from '../server/web-server.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

interface Occurrence {
  doc: string;
  type: string;
  types: Set<string>;
  name: string;
  keys: Set<string>;
  aliases: Set<string>;
  label: string;
}

interface GraphNodeRow {
  doc: string;
  id: string;
  type: string;
  name: string;
  aliases: string[];
}

/** Union-find over occurrences: one set per real-world entity. */
function groupOccurrences(occurrences: Occurrence[]): number[] {
  const parent = occurrences.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byKey = new Map<string, number>();
  occurrences.forEach((o, i) => {
    for (const k of o.keys) {
      const key = `${o.type}|${k}`;
      const seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, i);
      else parent[find(i)] = find(seen);
    }
  });
  return occurrences.map((_, i) => find(i));
}

/** The scorer's pairing rule: same type (or an altType), and the names equal or one's name among the other's aliases. */
function nodeMatches(o: Occurrence, n: { type: string; name: string; aliases: Set<string> }): boolean {
  if (!o.types.has(n.type)) return false;
  return (n.name !== '' && (n.name === o.name || o.aliases.has(n.name))) || (o.name !== '' && n.aliases.has(o.name));
}

function readGold(goldDir: string): Occurrence[] {
  const out: Occurrence[] = [];
  for (const file of readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const doc = basename(file, '.json');
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as { entities?: GoldEntity[] };
    for (const e of gold.entities ?? []) {
      if (e.type === 'Document') continue;
      const type = e.type === 'Minister' ? 'Person' : e.type;
      const name = normaliseName(e.name);
      const aliases = new Set((e.aliases ?? []).map(normaliseName).filter(Boolean));
      out.push({
        doc,
        type,
        types: new Set([type, ...(e.altTypes ?? [])]),
        name,
        aliases,
        keys: new Set([name, ...aliases].filter(Boolean)),
        label: e.name,
      });
    }
  }
  return out;
}

async function rows<T>(driver: Driver, database: string, cypher: string): Promise<T[]> {
  return (await driver.executeQuery(cypher, {}, { database })).records.map((r) => r.toObject() as T);
}

async function graphNodes(driver: Driver, database: string): Promise<GraphNodeRow[]> {
  const found = await rows<{ source: string; id: string; labels: string[]; name: string; aliases: string[] | null }>(
    driver,
    database,
    `MATCH (e)-[:MENTIONED_IN]->(d:Document) RETURN d.source AS source, e.id AS id, labels(e) AS labels, e.name AS name, e.aliases AS aliases`,
  );
  return found.map((r) => ({
    doc: basename(r.source).replace(/\.[^.]+$/, ''),
    id: r.id,
    type: r.labels.find((l) => l !== 'Minister') ?? r.labels[0] ?? '',
    name: r.name,
    aliases: r.aliases ?? [],
  }));
}

function measureResolution(occurrences: Occurrence[], nodes: GraphNodeRow[]): Map<string, Set<number>> {
  const group = groupOccurrences(occurrences);
  const nodesByDoc = new Map<string, GraphNodeRow[]>();
  for (const n of nodes) (nodesByDoc.get(n.doc) ?? nodesByDoc.set(n.doc, []).get(n.doc)!).push(n);
  // Occurrence → the graph nodes (mentioned in its document) that stand for it; node → the groups it stands for.
  const groupsOfNode = new Map<string, Set<number>>();
  const candidates = occurrences.map((o) => {
    const ids = new Set<string>();
    for (const n of nodesByDoc.get(o.doc) ?? []) {
      const info = { type: n.type, name: normaliseName(n.name), aliases: new Set(n.aliases.map(normaliseName)) };
      if (nodeMatches(o, info)) ids.add(n.id);
    }
    return ids;
  });
  occurrences.forEach((o, i) => {
    if (o.type === 'Country') return;
    for (const id of candidates[i]!) (groupsOfNode.get(id) ?? groupsOfNode.set(id, new Set()).get(id)!).add(group[i]!);
  });
  const members = new Map<number, number[]>();
  group.forEach((g, i) => (members.get(g) ?? members.set(g, []).get(g)!).push(i));
  let multi = 0;
  let one = 0;
  let found = 0;
  let oneOfFound = 0;
  const split: string[] = [];
  for (const [, list] of members) {
    const o = occurrences[list[0]!]!;
    if (o.type === 'Country') continue;
    const docs = [...new Set(list.map((i) => occurrences[i]!.doc))];
    if (docs.length < 2) continue;
    multi++;
    // Per document: the nodes any occurrence of the group in it stands for.
    const perDoc = docs.map((d) => new Set(list.filter((i) => occurrences[i]!.doc === d).flatMap((i) => [...candidates[i]!])));
    const common = perDoc.reduce((acc, s) => new Set([...acc].filter((x) => s.has(x))));
    if (common.size > 0) one++;
    const foundDocs = perDoc.filter((s) => s.size > 0);
    if (foundDocs.length >= 2) {
      found++;
      const c = foundDocs.reduce((acc, s) => new Set([...acc].filter((x) => s.has(x))));
      if (c.size > 0) oneOfFound++;
      else split.push(`${o.type} "${o.label}": ${[...new Set(foundDocs.flatMap((s) => [...s]))].join(', ')}`);
    }
  }
  const joined = [...groupsOfNode.values()].filter((g) => g.size > 1).length;
  say(
    `resolution: ${multi} real-world entities named in 2+ documents (countries aside); one graph node: ${one} (${(one / multi).toFixed(2)})`,
  );
  say(
    `resolution: of the ${found} found by extraction in 2+ documents, one graph node: ${oneOfFound} (${(oneOfFound / Math.max(1, found)).toFixed(2)})`,
  );
  say(
    `resolution: nodes joining two different gold entities: ${joined} of ${groupsOfNode.size} (${((100 * joined) / Math.max(1, groupsOfNode.size)).toFixed(1)}%)`,
  );
  for (const line of split.slice(0, 40)) say(`  split: ${line}`);
  for (const [id, g] of groupsOfNode)
    if (g.size > 1) say(`  joined: ${id} ← ${[...g].map((x) => `"${occurrences[x]!.label}"`).join(', ')}`);
  return groupsOfNode;
}

async function measureQueue(url: string, groupsOfNode: Map<string, Set<number>>): Promise<void> {
  const res = await fetch(`${url}/api/review?kind=duplicates&limit=20`);
  const body = (await res.json()) as { items: DuplicateCandidate[] };
  let right = 0;
  for (const item of body.items) {
    const ga = groupsOfNode.get(item.a.id) ?? new Set();
    const gb = groupsOfNode.get(item.b.id) ?? new Set();
    const same = [...ga].some((g) => gb.has(g));
    if (same) right++;
    say(`  ${same ? 'true ' : 'false'} ${item.score.toFixed(2)} ${item.a.name} ≟ ${item.b.name} — ${item.reasons.join('; ')}`);
  }
  say(`duplicate queue: ${right} of the top ${body.items.length} are true duplicates`);
}

async function measureDates(driver: Driver, database: string, label: string): Promise<void> {
  const found = await rows<{ source: string | null; n: number }>(
    driver,
    database,
    'MATCH (d:Document) RETURN d.dateSource AS source, count(*) AS n ORDER BY source',
  );
  const total = found.reduce((s, r) => s + Number(r.n), 0);
  const dated = found.filter((r) => r.source !== null).reduce((s, r) => s + Number(r.n), 0);
  say(`dates (${label}): ${dated} of ${total} documents dated — ${found.map((r) => `${r.source ?? 'undated'} ${Number(r.n)}`).join(', ')}`);
  const timeline = await rows<{ days: string[] }>(
    driver,
    database,
    'MATCH (d:Document) WHERE d.publishedAt IS NOT NULL RETURN collect(DISTINCT left(d.publishedAt, 7)) AS days',
  );
  say(`dates (${label}): months on the timeline: ${timeline[0]?.days.length ?? 0}`);
}

/** The manifest's dates as a dates.csv: a day when the manifest gives one (RFC 2822, "16-MAR-1987", US dates), else skipped. */
function datesCsv(manifestPath: string): { csv: string; skipped: string[] } {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { file: string; date?: unknown }[];
  const lines = ['file,date'];
  const skipped: string[] = [];
  for (const m of manifest) {
    if (typeof m.date !== 'string') {
      skipped.push(`${m.file} (no date)`);
      continue;
    }
    const ms = /^\d{4}-\d{4}$/.test(m.date) ? NaN : Date.parse(m.date.replace(/^(\d{1,2})-([A-Z]{3})-(\d{4})$/, '$1 $2 $3'));
    if (Number.isNaN(ms)) skipped.push(`${m.file} (${m.date})`);
    else lines.push(`${m.file},${new Date(ms + 12 * 3_600_000).toISOString().slice(0, 10)}`);
  }
  return { csv: `${lines.join('\n')}\n`, skipped };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const manifestAt = args.indexOf('--manifest');
  const manifest = manifestAt >= 0 ? args.splice(manifestAt, 2)[1] : undefined;
  const [goldDir, textDir] = args;
  if (!goldDir || !textDir) {
    process.stderr.write('usage: npm run measure:resolution -- GOLD_DIR TEXT_DIR [--manifest manifest.json]\n');
    process.exit(2);
  }
  const config = loadConfig();
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-measure-resolution-'));
  const target = await selectDatabase(
    { ...config, neo4jUri: undefined },
    { localDataDir: dataDir, localBoltPort: 0, tryContainers: false, log: say },
  );
  const driver = createDriver(target);
  let server: Awaited<ReturnType<typeof startWebServer>> | undefined;
  try {
    await ensureSchema(driver, target.database);
    const started = performance.now();
    const summary = await ingestPaths(driver, target.database, [resolve(textDir)], { workers: 1 });
    const ms = performance.now() - started;
    say(
      `ingest: ${summary.documents.new} documents, ${summary.entities.created} entities, ${summary.relations.created} relationships in ${(ms / 1000).toFixed(1)} s (load ${(summary.loadMs / 1000).toFixed(1)} s)`,
    );
    const counts = await rows<{ entities: number; orphans: number }>(
      driver,
      target.database,
      `MATCH (e) WHERE NOT e:Document AND NOT e:Decision AND NOT e:MergedId AND NOT e:View
       RETURN count(e) AS entities, count(CASE WHEN NOT EXISTS { (e)-[r]-() WHERE type(r) <> 'MENTIONED_IN' } THEN 1 END) AS orphans`,
    );
    say(`graph: ${Number(counts[0]!.entities)} entities, ${Number(counts[0]!.orphans)} without a relationship`);
    const groupsOfNode = measureResolution(readGold(goldDir), await graphNodes(driver, target.database));
    server = await startWebServer({
      target,
      port: 0,
      host: '127.0.0.1',
      config: { ...config, logLevel: 'silent', rateLimitPerMinute: 1_000_000 },
    });
    await measureQueue(server.url, groupsOfNode);
    await measureDates(driver, target.database, 'no sidecar');
    if (manifest) {
      const { csv, skipped } = datesCsv(manifest);
      const csvDir = mkdtempSync(join(tmpdir(), 'newsgraph-measure-dates-'));
      writeFileSync(join(csvDir, 'dates.csv'), csv);
      await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: target.database });
      await ingestPaths(driver, target.database, [resolve(textDir)], { workers: 1, datesFile: join(csvDir, 'dates.csv') });
      if (skipped.length) say(`dates: the manifest gives no day for ${skipped.length}: ${skipped.slice(0, 3).join(', ')}…`);
      await measureDates(driver, target.database, 'dates.csv from the manifest');
      rmSync(csvDir, { recursive: true, force: true });
    }
  } finally {
    await server?.stop();
    await driver.close();
    await target.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
