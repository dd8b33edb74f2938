/* Extraction stage 5a: HOLDS_OFFICE and AFFILIATED_WITH from titles before or after a person's name. */

import type { ExtractedEntity } from '../../ontology/index.js';
import { entityId } from '../../ontology/ids.js';
import type { OfficeCue, RelationDraft, ResolvedMention, SentenceView } from './types.js';
import { relationDraft } from './relation-draft.js';
import { mentionAtToken, textBetween, tokenIndexAt } from './sentence-lookup.js';
import { matchTitle, titleLengthAt } from './match-title.js';
import { AFFILIATION_ROLES, ORGANIZATION_OFFICES } from './lexicons/titles.js';

const ROLES = [...AFFILIATION_ROLES].map((r) => r.split(' ')).sort((a, b) => b.length - a.length);

interface Office {
  person: ResolvedMention;
  cue: OfficeCue;
  whereId?: string;
  confidence: number;
}

/** "Canada's [Foreign Affairs Minister] X": a country or org mention then "'s" right before the title. */
function possessiveWhere(view: SentenceView, offset: number): string | undefined {
  const i = tokenIndexAt(view, offset);
  if (view.tokens[i - 1]?.text !== "'s") return undefined;
  return mentionAtToken(view, i - 2, ['Country', 'Organization', 'Place'])?.entityId;
}

/** ", the Japanese trade minister," / ", premier of the province of Alberta" / ", professor at X". */
function appositive(view: SentenceView, person: ResolvedMention): Office | null {
  const t = view.tokens;
  let i = tokenIndexAt(view, person.end);
  // "Duncan Wood of the Wilson Centre"
  if (t[i] && /^(of|at|from)$/.test(t[i]!.lower)) {
    const k = t[i + 1]?.lower === 'the' ? i + 2 : i + 1;
    const org = mentionAtToken(view, k, ['Organization']);
    if (org) return { person, cue: { title: '', minister: false, affiliation: true }, whereId: org.entityId, confidence: 0.7 };
  }
  if (t[i]?.text !== ',') return null;
  i++;
  if (/^(the|a|an|former|current|then)$/.test(t[i]?.lower ?? '')) i++;
  let whereId: string | undefined;
  const lead = mentionAtToken(view, i, ['Country', 'Organization']);
  if (lead) {
    whereId = lead.entityId;
    i = tokenIndexAt(view, lead.end);
    if (t[i]?.text === "'s") i++;
  }
  for (let k = i; k < Math.min(t.length, i + 4); k++) {
    const length = titleLengthAt(t, k);
    const role = ROLES.find((words) => words.every((w, n) => t[k + n]?.lower === w));
    if (!length && !role) continue;
    const title = length ? matchTitle(t, k, i) : null;
    let end = k + (title ? title.to - k : role!.length);
    const titleText = title?.title ?? role!.join(' ');
    if (/^(of|at|for|with|in)$/.test(t[end]?.lower ?? '')) {
      end++;
      if (/^(the|a)$/.test(t[end]?.lower ?? '')) end++;
      if (/^(province|state|city|region)$/.test(t[end]?.lower ?? '') && t[end + 1]?.lower === 'of') end += 2;
      const target = mentionAtToken(view, end, ['Country', 'Organization', 'Place']);
      if (target) whereId = target.entityId;
    }
    const cue: OfficeCue = { title: titleText.replace(/(^|\s)(\p{Ll})/gu, (_m, d: string, c: string) => d + c.toUpperCase()), ...(title?.portfolio ? { portfolio: title.portfolio } : {}), minister: title?.minister ?? false, affiliation: !title || !!(whereId?.startsWith('org:') && !ORGANIZATION_OFFICES.has(titleText.toLowerCase())) };
    return { person, cue, ...(whereId ? { whereId } : {}), confidence: 0.8 };
  }
  return null;
}

export function findOfficeRelations(views: SentenceView[], entities: Map<string, ExtractedEntity>): RelationDraft[] {
  const offices: Office[] = [];
  for (const view of views) {
    let previous: Office | null = null;
    for (const m of view.mentions) {
      if (m.type !== 'Person') continue;
      if (m.office) {
        const where = m.office.where ? entityId(m.office.where.type, m.office.where.key) : possessiveWhere(view, m.office.start ?? m.start);
        const office: Office = { person: m, cue: m.office, ...(where ? { whereId: where } : {}), confidence: where ? 0.9 : 0.6 };
        if (!where && previous?.whereId && /^\s*(and|,)\s*$/.test(textBetween(view, previous.person.end, m.office.start ?? m.start).replace(/\b[A-Z]\w+( and)?\s/g, ''))) {
          office.whereId = previous.whereId;
          office.confidence = 0.8;
        }
        offices.push(office);
        previous = office;
      }
      if (m.form === 'name' || m.form === 'surname') {
        const app = appositive(view, m);
        if (app) offices.push(app);
      }
    }
  }
  // A title stated without its country borrows it from the same person's other offices.
  const known = new Map<string, string>();
  for (const o of offices) if (o.whereId && !o.cue.affiliation) known.set(o.person.entityId, o.whereId);
  const drafts: RelationDraft[] = [];
  for (const o of offices) {
    const where = o.whereId ?? known.get(o.person.entityId);
    const person = entities.get(o.person.entityId);
    if (person && o.cue.title && !o.cue.affiliation) person.properties.title = o.cue.title;
    if (person && o.cue.minister) {
      if (!person.labels.includes('Minister')) person.labels.push('Minister');
      if (o.cue.portfolio) person.properties.portfolio = o.cue.portfolio;
    }
    if (!where) continue;
    const view = views[o.person.sentence]!;
    const type = o.cue.affiliation ? 'AFFILIATED_WITH' : 'HOLDS_OFFICE';
    const props = type === 'HOLDS_OFFICE' ? { title: o.cue.title, portfolio: o.cue.portfolio } : { role: o.cue.title || undefined };
    const d = relationDraft(type, o.person.entityId, where, view, o.whereId ? o.confidence : 0.5, props);
    if (d) drafts.push(d);
  }
  return drafts;
}
