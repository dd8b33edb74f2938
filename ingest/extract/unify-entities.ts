/* Extraction: folds duplicate entities into one id — acronym ↔ long form, "Strategic Partnership" ↔
 * "Comprehensive Strategic Partnership", surname-only people ↔ the one full name — then re-merges. */

import type { ExtractedEntity, ExtractionResult } from '../../ontology/index.js';
import { orientRelation } from '../../ontology/ids.js';
import { mergeResults } from './merge-results.js';

const SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'de', 'agreement']);
const norm = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\./g, '').replace(/[^a-z0-9]+/g, ' ').trim();
const initials = (name: string): string =>
  name.replace(/U\.S\./g, 'US').split(/[\s-]+/).filter((w) => w && !['of', 'the', 'and', 'for', 'on'].includes(w.toLowerCase())).map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w[0]!.toUpperCase())).join('');
const words = (name: string): string[] => norm(name).split(' ').filter((w) => w && !SKIP.has(w));

/** Id → the id it should become. */
function redirects(entities: ExtractedEntity[]): Map<string, string> {
  const map = new Map<string, string>();
  const byType = (type: string): ExtractedEntity[] => entities.filter((e) => e.type === type);
  for (const type of ['Organization', 'Agreement'] as const) {
    const all = byType(type);
    const withAcronym = all.filter((e) => e.properties.acronym);
    for (const e of all) {
      if (e.properties.acronym) continue;
      const forms = [e.name, ...e.aliases].map(norm);
      const target = withAcronym.find((a) => a.id !== e.id && (initials(e.name) === String(a.properties.acronym) || [a.name, ...a.aliases].map(norm).some((f) => forms.includes(f))));
      if (target) {
        map.set(e.id, target.id);
        continue;
      }
      if (type !== 'Agreement') continue;
      const mine = words(e.name);
      const wider = all.filter((a) => a.id !== e.id && a.name.length > e.name.length && mine.length > 0 && mine.every((w) => words(a.name).includes(w)));
      if (wider.length === 1) map.set(e.id, wider[0]!.id);
    }
  }
  const people = byType('Person');
  for (const e of people) {
    if (e.name.includes(' ')) continue;
    const full = people.filter((p) => p.name.includes(' ') && p.name.split(' ').pop() === e.name);
    if (full.length === 1) map.set(e.id, full[0]!.id);
  }
  // Events named after an agreement follow it: "United States-Mexico-Canada Agreement review" → "USMCA review".
  for (const ev of byType('Event')) {
    for (const [from, to] of map) {
      const a = entities.find((x) => x.id === from);
      const b = entities.find((x) => x.id === to);
      if (!a || !b || !ev.name.startsWith(`${a.name} `)) continue;
      const suffix = ev.name.slice(a.name.length + 1).replace(/^joint /, '');
      const twin = byType('Event').find((x) => x.id !== ev.id && x.name.replace(' joint ', ' ') === `${b.properties.acronym ?? b.name} ${suffix}`);
      if (twin) map.set(ev.id, twin.id);
    }
  }
  return map;
}

/** Drops guessed offices (confidence ≤ 0.5) of people whose office is stated elsewhere. */
function dropGuessedOffices(result: ExtractionResult): ExtractionResult {
  const stated = new Set(result.relations.filter((r) => r.type === 'HOLDS_OFFICE' && r.confidence > 0.5).map((r) => r.source));
  const relations = result.relations.filter((r) => !(r.type === 'HOLDS_OFFICE' && r.confidence <= 0.5 && stated.has(r.source)));
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
  return dropGuessedOffices(mergeResults([{ documents: result.documents, entities: kept, relations: [] }, { documents: [], entities: folded, relations }]));
}
