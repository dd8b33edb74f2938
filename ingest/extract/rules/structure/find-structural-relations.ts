/* Extraction stage 5b: relations a name itself states — party lists (PARTY_TO), "Osaka, Japan" (LOCATED_IN). */

import { defineFamily, ruleSpecs } from '../rule-family.js';
import specs from './rules.json' with { type: 'json' };
import { entityId } from '../../../../ontology/ids.js';
import type { RelationContext, RelationDraft } from '../../types.js';
import { relationDraft } from '../../relation-draft.js';
import { countryGazetteer } from '../../country-gazetteer.js';
import { upsertEntity } from '../../upsert-entity.js';

function findStructuralRelations({ views, entities, docId }: RelationContext): RelationDraft[] {
  const g = countryGazetteer();
  const drafts: RelationDraft[] = [];
  const push = (d: RelationDraft | null): void => {
    if (d) drafts.push(d);
  };
  for (const view of views) {
    for (const m of view.mentions) {
      if (m.type === 'Agreement' && m.parties) {
        for (const iso2 of m.parties)
          push(relationDraft('PARTY_TO', entityId('Country', iso2), m.entityId, view, 'structure.hyphenated-parties'));
      }
      if (m.type === 'Place') {
        const iso2 = g.capitals.get(m.name);
        // "Osaka, Japan" (not a list: "Montreal, Vancouver and Halifax").
        const next = view.mentions.find(
          (x) => (x.type === 'Place' || x.type === 'Country') && x.form !== 'demonym' && x.start === m.end + 2,
        );
        const rest = next ? view.sentence.text.slice(next.end - view.sentence.start) : '';
        const before = view.sentence.text.slice(0, m.start - view.sentence.start);
        // "Seoul, Canberra mark …": two capitals side by side are a list, not a place in a place.
        const twoCapitals = !!iso2 && next?.type === 'Place' && g.capitals.has(next.name);
        if (
          next &&
          !twoCapitals &&
          view.sentence.text[m.end - view.sentence.start] === ',' &&
          !/^\s*(,|and|or)\s+\p{Lu}/u.test(rest) &&
          !/(,|and)\s+$/.test(before)
        ) {
          push(relationDraft('LOCATED_IN', m.entityId, next.entityId, view, 'structure.place-comma-place'));
        }
      }
    }
  }
  // Countries named inside an agreement's name: "Canada-Mexico Action Plan".
  for (const e of entities.values()) {
    if (e.type !== 'Agreement') continue;
    const list = /^((?:[\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*)?-)+[\p{Lu}][\p{L}.]*)\s/u.exec(e.name);
    if (!list) continue;
    // "India-Mercosur Preferential Trade Agreement": only the country parts are parties.
    const pieces = list[1]!.split('-');
    const isos = pieces
      .map((p) => (g.forms.get(p)?.form === 'name' ? g.forms.get(p)?.iso2 : undefined) ?? g.forms.get(`${p}.`)?.iso2)
      .filter((x): x is string => !!x);
    if (
      pieces.length < 2 ||
      isos.length === 0 ||
      (isos.length < pieces.length &&
        pieces.some(
          (p) =>
            !/^\p{Lu}/u.test(p) ||
            /^(Trans|Pan|Asia|Pacific|Atlantic|Euro|Afro|Indo|Sino|Inter|Intra|North|South|East|West|Central)$/.test(p),
        ))
    )
      continue;
    const view = views.find((v) => v.mentions.some((m) => m.entityId === e.id));
    if (!view) continue;
    // A country named only inside a mixed name ("India-Mercosur") is still a country of the article.
    const at = view.mentions.find((m) => m.entityId === e.id)!;
    let offset = at.start;
    for (const piece of pieces) {
      const iso2 = g.forms.get(piece)?.form === 'name' ? g.forms.get(piece)?.iso2 : undefined;
      const c = iso2 ? g.byIso2.get(iso2) : undefined;
      if (c && !entities.has(entityId('Country', c.iso2)) && at.text.startsWith(list[1]!))
        upsertEntity(entities, view, docId, {
          type: 'Country',
          key: c.iso2,
          name: c.name,
          start: offset,
          end: offset + piece.length,
          properties: { iso2: c.iso2, iso3: c.iso3 },
        });
      offset += piece.length + 1;
    }
    for (const iso2 of new Set(isos))
      push(
        relationDraft(
          'PARTY_TO',
          entityId('Country', iso2),
          e.id,
          view,
          isos.length === pieces.length ? 'structure.country-named-agreement' : 'structure.mixed-named-agreement',
        ),
      );
  }
  return drafts;
}

export const structureRules = defineFamily({ family: 'structure', rules: ruleSpecs(specs), find: findStructuralRelations });
