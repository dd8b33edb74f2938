/* Extraction: the agreement a phrase refers to — a named mention, or "a strategic partnership agreement". */

import type { ExtractedEntity } from '../../ontology/index.js';
import type { ResolvedMention, SentenceView } from './types.js';
import { upsertEntity } from './upsert-entity.js';

const DESCRIPTION =
  /^\s*(?:a|an|the|their|its|this)\s+((?:new|landmark|historic|bilateral|trilateral|long-awaited|broad|formal)\s+)*((?:[a-z-]+\s+){0,3}?)(agreement|pact|accord|treaty|partnership|deal)\b/i;
const FILLER = new Set(['trade', 'free', 'economic', 'the', 'a', 'new']);
const titleCase = (s: string): string => s.replace(/(^|\s)(\p{Ll})/gu, (_m, d: string, c: string) => d + c.toUpperCase());

/** The agreement named (or described) right at `at`, within 80 characters. */
export function findAgreementReference(
  view: SentenceView,
  at: number,
  entities: Map<string, ExtractedEntity>,
  docId: string,
  create = true,
): ResolvedMention | undefined {
  const named = view.mentions.find((m) => m.type === 'Agreement' && m.start >= at && m.start - at < 80);
  const rest = view.sentence.text.slice(at - view.sentence.start);
  const d = DESCRIPTION.exec(rest);
  if (named && (!d || named.start - at <= d.index + d[0].length)) return named;
  if (!d) return named;
  const words = (d[2] ?? '')
    .trim()
    .split(/\s+/)
    .filter((w) => w && !FILLER.has(w.toLowerCase()));
  const head = d[3]!.toLowerCase();
  const key = [...words, head].join(' ').toLowerCase();
  const agreements = [...entities.values()].filter((e) => e.type === 'Agreement');
  const match = agreements.find(
    (e) =>
      key
        .split(' ')
        .filter((w) => w !== 'agreement')
        .every((w) => e.name.toLowerCase().includes(w)) && words.length > 0,
  );
  const start = at + d.index + d[0].length - d[3]!.length - (d[2]?.length ?? 0);
  const end = at + d.index + d[0].length;
  if (match)
    return upsertEntity(entities, view, docId, {
      type: 'Agreement',
      key: match.properties.acronym ? String(match.properties.acronym) : match.name,
      name: match.name,
      start,
      end,
    });
  if (!create || words.length === 0 || !/strategic|comprehensive|partnership|investment|security|cooperation|co-operation/.test(key))
    return named;
  const name = titleCase(head === 'partnership' ? key : key);
  return upsertEntity(entities, view, docId, { type: 'Agreement', key: name, name, start, end });
}
