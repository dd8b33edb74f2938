/* Bench: the generated graph the API and curation benchmarks share — 100k entities, 300k relationships, deterministic. */

import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Driver } from 'neo4j-driver';
import { readLauncherRecord } from '../neo4j/launcher-record.js';
import { entityId, relationId } from '../ontology/ids.js';
import { PRIMARY_ENTITY_LABELS, type PrimaryEntityLabel } from '../ontology/labels.js';
import { RELATION_SPECS, RELATION_TYPES } from '../ontology/relation-types.js';

export const ENTITIES = 100_000;
export const RELATIONS = 300_000;

// ---- a deterministic generated graph -------------------------------------------------------
// mulberry32: integer arithmetic stays exact (a float LCG degenerates into a short cycle).
let seed = 42;
/** The generator's random source (its sequence continues in the benchmarks that pick from the graph). */
export const random = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'te', 'su', 'no', 'vi', 'da', 'po', 'ren', 'tal', 'mar', 'sen', 'dor', 'lin'];
const word = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

const SHARE: Record<PrimaryEntityLabel, number> = {
  Person: 0.4,
  Organization: 0.2,
  Place: 0.12,
  Country: 0.002,
  Agreement: 0.08,
  Tariff: 0.08,
  Event: 0.08,
  Product: 0.038,
};

export interface Generated {
  ids: Record<PrimaryEntityLabel, string[]>;
  /** Every entity's name, in the order of `ids` label by label (PRIMARY_ENTITY_LABELS). */
  names: string[];
}

export async function loadGraph(driver: Driver, database: string): Promise<Generated> {
  const ids = {} as Record<PrimaryEntityLabel, string[]>;
  const names: string[] = [];
  const session = driver.session({ database });
  try {
    for (const label of PRIMARY_ENTITY_LABELS) {
      const count = Math.round(ENTITIES * SHARE[label]);
      const rows = Array.from({ length: count }, (_, i) => {
        const name = `${cap(word())} ${cap(word())}`;
        names.push(name);
        const key = label === 'Country' ? `B${String(i).padStart(4, '0')}` : `${name} ${i}`;
        return { id: entityId(label, key), name, aliases: [word(), `${name.split(' ')[1]}`], mentionCount: 1 + (i % 9) };
      });
      ids[label] = rows.map((r) => r.id);
      for (let i = 0; i < rows.length; i += 10_000) {
        await session.run(`UNWIND $rows AS r CREATE (n:${label}) SET n = r`, { rows: rows.slice(i, i + 10_000) });
      }
    }
    // Relations: a type, then ends from its allowed labels; low indexes are hubs (skewed picks).
    const groups = new Map<string, { s: string; t: string; id: string; evidence: string[]; confidence: number }[]>();
    const seen = new Set<string>();
    const skewed = (list: string[]) => list[Math.floor(list.length * random() ** 2.2)]!;
    let made = 0;
    for (let attempts = 0; made < RELATIONS; attempts++) {
      if (attempts > RELATIONS * 20) throw new Error('bench:api: could not draw enough distinct relationships');
      const type = RELATION_TYPES[Math.floor(random() * RELATION_TYPES.length)]!;
      const spec = RELATION_SPECS[type];
      const fromLabel = spec.from[Math.floor(random() * spec.from.length)]!;
      const toLabel = spec.to[Math.floor(random() * spec.to.length)]!;
      const s = skewed(ids[fromLabel]);
      const t = skewed(ids[toLabel]);
      if (s === t) continue;
      const id = relationId(type, s, t);
      if (seen.has(id)) continue;
      seen.add(id);
      const key = `${fromLabel}|${type}|${toLabel}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push({ s, t, id, evidence: [`${s} ${type} ${t}.`], confidence: 0.8 });
      made++;
    }
    for (const [key, rows] of groups) {
      const [from, type, to] = key.split('|');
      for (let i = 0; i < rows.length; i += 10_000) {
        await session.run(
          `UNWIND $rows AS r MATCH (a:${from} {id: r.s}) MATCH (b:${to} {id: r.t})
           CREATE (a)-[x:${type}]->(b) SET x.id = r.id, x.evidence = r.evidence, x.docIds = [], x.confidence = r.confidence`,
          { rows: rows.slice(i, i + 10_000) },
        );
      }
    }
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
  return { ids, names };
}

// ---- a settled database ---------------------------------------------------------------------
/** CPU seconds a process has used (Linux /proc), or undefined where that cannot be read. */
function cpuSeconds(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return undefined;
  }
}

/**
 * After a bulk load Neo4j keeps working for a minute or more (checkpoint, index merges, JIT); figures taken then
 * measure that, not the API. Waits until the launcher's JVM idles (under 10 % of a core over 2 s) or `maxMs` pass.
 * Returns what it waited, for the report.
 */
export async function waitForSettledDatabase(dataDir: string, maxMs = 180_000): Promise<string> {
  const t0 = performance.now();
  const reading = readLauncherRecord(dataDir);
  const pid = reading.state === 'found' ? reading.record.pid : undefined;
  if (pid === undefined || cpuSeconds(pid) === undefined) {
    await sleep(15_000);
    return '15 s (JVM CPU not readable here)';
  }
  for (;;) {
    const before = cpuSeconds(pid)!;
    await sleep(2_000);
    const busy = ((cpuSeconds(pid) ?? before) - before) / 2;
    const waited = performance.now() - t0;
    if (busy < 0.1) return `the JVM idled after ${(waited / 1000).toFixed(0)} s`;
    if (waited > maxMs) return `${(waited / 1000).toFixed(0)} s (the JVM still used ${(busy * 100).toFixed(0)} % of a core)`;
  }
}
