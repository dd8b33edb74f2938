/* Extraction: folds duplicate entities into one id — acronym ↔ long form, "Strategic Partnership" ↔
 * "Comprehensive Strategic Partnership", surname-only people ↔ the one full name — then re-merges. */

import type { ExtractedEntity, ExtractedRelation, ExtractionResult } from '../../ontology/index.js';
import { orientRelation } from '../../ontology/ids.js';
import { mergeResults } from './merge-results.js';
import { GUESSED_OFFICE_RULE } from './rules/office/find-office-relations.js';
import { nameInitials } from './name-initials.js';

const SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'de', 'agreement']);
const norm = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const words = (name: string): string[] =>
  norm(name)
    .split(' ')
    .filter((w) => w && !SKIP.has(w));

/** Words of a described agreement ("a strategic partnership agreement"), never of a proper name. */
const DESCRIPTIVE = new Set([
  'strategic',
  'comprehensive',
  'partnership',
  'economic',
  'security',
  'investment',
  'cooperation',
  'co',
  'operation',
  'free',
  'trade',
  'bilateral',
  'new',
  'pact',
  'deal',
  'accord',
  'treaty',
]);

/** Id → the id it should become. Linear in the number of entities (maps, no pairwise scans). */
function redirects(entities: ExtractedEntity[]): Map<string, string> {
  const map = new Map<string, string>();
  const byType = (type: string): ExtractedEntity[] => entities.filter((e) => e.type === type);
  for (const type of ['Organization', 'Agreement'] as const) {
    const all = byType(type);
    const byAcronym = new Map<string, ExtractedEntity>();
    const byForm = new Map<string, ExtractedEntity>();
    for (const a of all) {
      if (!a.properties.acronym) continue;
      if (!byAcronym.has(String(a.properties.acronym))) byAcronym.set(String(a.properties.acronym), a);
      for (const f of [a.name, ...a.aliases]) if (!byForm.has(norm(f))) byForm.set(norm(f), a);
    }
    const described = all.filter((e) => !e.properties.acronym && type === 'Agreement' && words(e.name).every((w) => DESCRIPTIVE.has(w)));
    for (const e of all) {
      if (e.properties.acronym) continue;
      const target = byAcronym.get(nameInitials(e.name)) ?? [e.name, ...e.aliases].map((f) => byForm.get(norm(f))).find((x) => x);
      if (target && target.id !== e.id) map.set(e.id, target.id);
    }
    for (const e of described) {
      if (map.has(e.id)) continue;
      const mine = words(e.name);
      const wider = all.filter(
        (a) => a.id !== e.id && a.name.length > e.name.length && mine.length > 0 && mine.every((w) => words(a.name).includes(w)),
      );
      if (wider.length === 1) map.set(e.id, wider[0]!.id);
    }
  }
  const people = byType('Person');
  const bySurname = new Map<string, ExtractedEntity[]>();
  for (const p of people)
    if (p.name.includes(' ')) bySurname.set(p.name.split(' ').pop()!, [...(bySurname.get(p.name.split(' ').pop()!) ?? []), p]);
  for (const e of people) {
    const full = e.name.includes(' ') ? undefined : bySurname.get(e.name);
    if (full?.length === 1) map.set(e.id, full[0]!.id);
  }
  // Events named after an agreement follow it: "North American Free Trade Agreement review" → "NAFTA review".
  const byId = new Map(entities.map((e) => [e.id, e]));
  const events = byType('Event');
  const eventByName = new Map(events.map((x) => [x.name.replace(' joint ', ' '), x]));
  for (const [from, to] of map) {
    const a = byId.get(from);
    const b = byId.get(to);
    if (a?.type !== 'Agreement' || !b) continue;
    for (const ev of events) {
      if (!ev.name.startsWith(`${a.name} `)) continue;
      const suffix = ev.name.slice(a.name.length + 1).replace(/^joint /, '');
      const twin = eventByName.get(`${b.properties.acronym ?? b.name} ${suffix}`);
      if (twin && twin.id !== ev.id) map.set(ev.id, twin.id);
    }
  }
  return map;
}

/** Drops guessed offices (confidence ≤ 0.5) of people whose office is stated elsewhere. */
/** An office whose country only the document's context suggested; it yields to a stated one. */
const guessedOnly = (r: ExtractedRelation): boolean => r.type === 'HOLDS_OFFICE' && r.rules.every((id) => id === GUESSED_OFFICE_RULE);

function dropGuessedOffices(result: ExtractionResult): ExtractionResult {
  const stated = new Set(result.relations.filter((r) => r.type === 'HOLDS_OFFICE' && !guessedOnly(r)).map((r) => r.source));
  const relations = result.relations.filter((r) => !(guessedOnly(r) && stated.has(r.source)));
  return relations.length === result.relations.length ? result : { ...result, relations };
}

export function unifyEntities(input: ExtractionResult): ExtractionResult {
  const result = dropGuessedOffices(input);
  const map = redirects(result.entities);
  if (map.size === 0) return result;
  const to = (id: string): string => {
    let cur = id;
    for (let n = 0; n < 5 && map.has(cur); n++) cur = map.get(cur)!;
    return cur;
  };
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const entities = result.entities.map((e) => {
    const target = byId.get(to(e.id))!;
    return target.id === e.id ? e : { ...e, id: target.id, name: target.name, type: target.type };
  });
  const relations = result.relations
    .map((r) => {
      const [source, target] = orientRelation(r.type, to(r.source), to(r.target));
      return { ...r, source, target };
    })
    .filter((r) => r.source !== r.target);
  // Entities folded into another come first, so the target's own name and properties win.
  const folded = entities.filter((e, i) => e.id !== result.entities[i]!.id);
  const kept = entities.filter((e, i) => e.id === result.entities[i]!.id);
  return dropGuessedOffices(
    mergeResults([
      { documents: result.documents, entities: kept, relations: [] },
      { documents: [], entities: folded, relations },
    ]),
  );
}
