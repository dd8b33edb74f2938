/* Test helper: micro precision/recall/F1 of an extraction against a hand-written annotation. */

import type { ExtractedEntity, ExtractionResult } from '../../ontology/index.js';
import { RELATION_SPECS } from '../../ontology/index.js';

interface ExpectedEntity {
  type: string;
  name: string;
  rate?: number;
  product?: string;
}
interface ExpectedRelation {
  type: string;
  source: string;
  target: string;
}
export interface Expected {
  entities: ExpectedEntity[];
  relations: ExpectedRelation[];
}
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Score {
  entities: Counts;
  relations: Counts;
  missedEntities: string[];
  extraEntities: string[];
  missedRelations: string[];
  extraRelations: string[];
}

const norm = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/\./g, '')
    .replace(/[-–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function matches(x: ExpectedEntity, e: ExtractedEntity): boolean {
  if (x.type !== e.type) return false;
  if (x.type === 'Tariff') {
    const product = typeof e.properties.product === 'string' ? norm(e.properties.product) : undefined;
    return (
      e.properties.rate === x.rate && (x.product ? product === norm(x.product) : !product || product === 'goods' || product === 'imports')
    );
  }
  const names = [e.name, ...e.aliases].map(norm);
  if (names.includes(norm(x.name))) return true;
  if (x.type === 'Event') {
    const a = new Set(norm(x.name).split(' '));
    const b = new Set(norm(e.name).split(' '));
    return [...a].every((w) => b.has(w)) || [...b].every((w) => a.has(w));
  }
  return false;
}

export const f1 = (c: Counts): { p: number; r: number; f: number } => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** Scores one document's extraction against its annotation. */
export function scoreExtraction(result: ExtractionResult, expected: Expected): Score {
  const nameOf = new Map<string, string>();
  const used = new Set<string>();
  const missedEntities: string[] = [];
  for (const x of expected.entities) {
    const hit = result.entities.find((e) => !used.has(e.id) && matches(x, e));
    if (hit) {
      used.add(hit.id);
      nameOf.set(hit.id, x.name);
    } else missedEntities.push(`${x.type}:${x.name}`);
  }
  const extraEntities = result.entities.filter((e) => !used.has(e.id)).map((e) => `${e.type}:${e.name}`);
  const key = (type: string, s: string, t: string): string => {
    const symmetric = RELATION_SPECS[type as keyof typeof RELATION_SPECS]?.symmetric;
    const [a, b] = symmetric && t < s ? [t, s] : [s, t];
    return `${type} ${a} -> ${b}`;
  };
  const want = new Set(expected.relations.map((r) => key(r.type, r.source, r.target)));
  const got = new Set(result.relations.map((r) => key(r.type, nameOf.get(r.source) ?? r.source, nameOf.get(r.target) ?? r.target)));
  const missedRelations = [...want].filter((k) => !got.has(k));
  const extraRelations = [...got].filter((k) => !want.has(k));
  return {
    entities: { tp: used.size, fp: extraEntities.length, fn: missedEntities.length },
    relations: { tp: want.size - missedRelations.length, fp: extraRelations.length, fn: missedRelations.length },
    missedEntities,
    extraEntities,
    missedRelations,
    extraRelations,
  };
}
