/* Extraction stage 4: resolution — surnames and titles to full names, acronyms, one id per entity. */

import type { ExtractedEntity } from '../../ontology/index.js';
import { entityId } from '../../ontology/ids.js';
import type { RawMention, ResolvedMention } from './types.js';
import type { SentenceMentions } from './find-entity-mentions.js';
import { countryGazetteer } from './country-gazetteer.js';
import { STOP_WORDS } from './lexicons/stop-words.js';
import { GIVEN_NAMES } from './lexicons/given-names.js';
import { PLACE_CUES } from './lexicons/place-words.js';
import { nameInitials } from './name-initials.js';
import { OFFICE_TITLES } from './lexicons/titles.js';

/** Words of titles and ranks: a name made of these alone ("Prime Minister", "Senior Official") names no one. */
const TITLE_WORDS = new Set([
  ...OFFICE_TITLES.flatMap((t) => t.split(/[\s-]+/)),
  ...['official', 'officials', 'senior', 'deputy', 'chief', 'acting', 'assistant', 'first', 'lady', 'mr', 'mrs', 'ms', 'dr'],
]);
const onlyTitleWords = (words: readonly { lower: string }[]): boolean => words.every((w) => TITLE_WORDS.has(w.lower.replace(/\.$/, '')));

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'across', 'into']);

export interface Resolution {
  mentions: ResolvedMention[];
  entities: Map<string, ExtractedEntity>;
}

const lastWord = (name: string): string => name.split(' ').pop() ?? name;
/** Upper-case abbreviations that name no organization. */
const NOT_ORGANIZATIONS = new Set([
  'GDP',
  'CEO',
  'CFO',
  'COO',
  'LNG',
  'EVS',
  'EV',
  'AI',
  'PM',
  'MP',
  'VAT',
  'IPO',
  'ETF',
  'USD',
  'EUR',
  'CAD',
  'GBP',
  'JPY',
  'CNY',
  'TV',
  'COVID',
  'NGO',
  'NGOS',
  'OK',
  'AM',
  'FTA',
  'FTAS',
  'MOU',
  'II',
  'III',
  'IV',
  'UTC',
  'GMT',
  'EST',
  'PDF',
  'FAQ',
  'ID',
  'DNA',
  'CO2',
  'LLC',
  'PLC',
  'SUV',
  'SUVS',
  'KEY',
  'NEW',
  'THE',
  'AND',
  'FOR',
]);

/** Canonical person names: a longer form that extends a shorter one maps to the shorter. */
function canonicalPeople(names: string[]): Map<string, string> {
  const sorted = [...new Set(names)].sort((a, b) => a.split(' ').length - b.split(' ').length || a.localeCompare(b));
  const map = new Map<string, string>();
  for (const name of sorted) {
    const shorter = sorted.find((s) => s !== name && s.includes(' ') && name.startsWith(`${s} `));
    map.set(name, shorter ? (map.get(shorter) ?? shorter) : name);
  }
  // "Von der Leyen" at a sentence start is the tail of "Ursula von der Leyen".
  for (const name of sorted) {
    const longer = sorted.find((l) => l !== name && l.toLowerCase().endsWith(` ${name.toLowerCase()}`));
    if (longer) map.set(name, map.get(longer) ?? longer);
  }
  return map;
}

export function resolveEntities(docId: string, perSentence: SentenceMentions[]): Resolution {
  const g = countryGazetteer();
  const acronyms = new Map<string, RawMention>();
  for (const s of perSentence) for (const [k, v] of s.acronyms) if (!acronyms.has(k)) acronyms.set(k, v);

  // People named in full somewhere in the document, with a cue.
  const fullNames: string[] = [];
  for (const s of perSentence) {
    for (const m of s.mentions) if (m.type === 'Person' && m.form === 'name') fullNames.push(m.name);
    for (const c of s.candidates)
      if (c.cue >= 1 && c.tokens.length >= 2 && !onlyTitleWords(c.tokens)) fullNames.push(c.tokens.map((t) => t.text).join(' '));
  }
  const canonical = canonicalPeople(fullNames);
  const bySurname = new Map<string, string | null>();
  const byPart = new Map<string, string | null>();
  for (const name of new Set(canonical.values())) {
    const s = lastWord(name);
    bySurname.set(s, bySurname.has(s) && bySurname.get(s) !== name ? null : name);
    const parts = name.split(' ');
    // "von der Leyen", and any single part ("Lula", "Jokowi") when only one person carries it.
    if (parts.length > 2)
      bySurname.set(
        parts
          .slice(1)
          .join(' ')
          .replace(/^./, (c) => c.toUpperCase()),
        name,
      );
    for (const part of parts) if (/^\p{Lu}/u.test(part)) byPart.set(part, byPart.has(part) && byPart.get(part) !== name ? null : name);
  }
  for (const [part, name] of byPart) if (name && !bySurname.has(part) && !GIVEN_NAMES.has(part.toLowerCase())) bySurname.set(part, name);

  // Acronyms never defined in the text but spelled by a name's initials: "NAFTA" ↔ "North American Free Trade Agreement".
  for (const s of perSentence) {
    for (const m of s.mentions) {
      if ((m.type !== 'Agreement' && m.type !== 'Organization') || m.acronym) continue;
      const letters = nameInitials(m.name);
      if (letters.length >= 3 && !acronyms.has(letters)) acronyms.set(letters, m);
    }
  }
  const raw: RawMention[] = [];
  for (const s of perSentence) {
    for (const m of s.mentions) {
      if (m.type !== 'Person') raw.push(m);
      else if (m.form === 'surname') {
        const full = bySurname.get(m.name);
        raw.push({ ...m, key: full ?? m.name, name: full ?? m.name, form: full ? 'surname' : 'name' });
      } else if (m.form === 'name') raw.push({ ...m, key: canonical.get(m.name) ?? m.name, name: canonical.get(m.name) ?? m.name });
      else raw.push(m);
    }
    for (const c of s.candidates) {
      const first = c.tokens[0]!;
      const last = c.tokens[c.tokens.length - 1]!;
      const text = c.tokens.map((t) => t.text).join(' ');
      const base = { start: first.start, end: last.end, text, sentence: first.sentence };
      const acronym = acronyms.get(text);
      if (acronym) raw.push({ ...acronym, ...base, form: 'acronym' });
      else if (canonical.has(text))
        raw.push({ type: 'Person', key: canonical.get(text)!, name: canonical.get(text)!, form: 'name', ...base });
      else if (bySurname.get(text))
        raw.push({ type: 'Person', key: bySurname.get(text)!, name: bySurname.get(text)!, form: 'surname', ...base });
      else if (c.tokens.length === 1 && c.cue >= 2 && !STOP_WORDS.has(first.lower) && !onlyTitleWords(c.tokens))
        raw.push({ type: 'Person', key: text, name: text, form: 'name', ...base });
      else if (c.organization && !g.forms.has(text)) raw.push({ type: 'Organization', key: text, name: text, form: 'name', ...base });
      else if (c.cue === -1 && g.forms.get(text.charAt(0) + text.slice(1).toLowerCase())?.form === 'name') {
        // "MIZUHARA, JAPAN, April 26": a country's name in capitals.
        const hit = g.forms.get(text.charAt(0) + text.slice(1).toLowerCase())!;
        raw.push({ type: 'Country', key: hit.iso2, name: g.byIso2.get(hit.iso2)?.name ?? text, form: 'name', ...base });
      } else if (c.cue === -1 && g.capitals.has(text.charAt(0) + text.slice(1).toLowerCase())) {
        const name = text.charAt(0) + text.slice(1).toLowerCase();
        raw.push({ type: 'Place', key: name, name, form: 'name', ...base, properties: { kind: 'city' } });
      } else if (
        c.cue === -1 &&
        text.length >= 3 &&
        text.length <= 7 &&
        !NOT_ORGANIZATIONS.has(text) &&
        !g.forms.has(text) &&
        c.prev !== undefined
      ) {
        raw.push({ type: 'Organization', key: text, name: text, form: 'acronym', ...base });
      } else if (c.cue <= 0 && c.tokens.length <= 3) {
        const kind = c.prev === 'of' ? PLACE_CUES[c.prev2 ?? ''] : undefined;
        // "Banff, Alberta" — but not "In London, Brevant fell": a place opening the sentence is a setting, not a pair.
        const verbAfter =
          /^[a-z]+$/.test(c.next ?? '') &&
          !/^(?:on|in|at|and|or|last|this|next|for|to|where|which|with|from|during|before|after)$/.test(c.next ?? '');
        const afterPlace =
          c.prev === ',' &&
          !verbAfter &&
          raw.some((m) => m.type === 'Place' && m.sentence === first.sentence && first.start - m.end <= 2 && first.start > m.end);
        const travel =
          c.prev === 'to' &&
          /^(travel|travels|travell?ed|travell?ing|fly|flies|flew|flying|go|goes|went|head|heads|headed|return|returns|returned|moved|trip|visit|visits|journey|arrived|arrive|arrives)$/.test(
            c.prev2 ?? '',
          );
        // "Leeds-based"; but "a stake in Telvora", "shares in X" name a company.
        const based = c.next === '-based';
        const holding =
          c.prev === 'in' && /^(?:stake|stakes|shares|holding|holdings|interest|investment|investments|share)$/.test(c.prev2 ?? '');
        if (!holding && (kind || afterPlace || travel || based || PLACE_PREPOSITIONS.has(c.prev ?? ''))) {
          raw.push({ type: 'Place', key: text, name: text, form: 'name', ...base, ...(kind ? { properties: { kind } } : {}) });
        }
      }
    }
  }

  // Title-only mentions ("Prime Minister of Canada") → the one person seen with that title.
  const holders = new Map<string, Set<string>>();
  for (const m of raw)
    if (m.type === 'Person' && m.office && m.key) {
      const k = m.office.title.toLowerCase();
      holders.set(k, (holders.get(k) ?? new Set()).add(m.key));
    }
  const entities = new Map<string, ExtractedEntity>();
  const mentions: ResolvedMention[] = [];
  for (const m of raw) {
    let key = m.key;
    let name = m.name;
    if (m.type === 'Person' && m.form === 'title') {
      const who = holders.get(m.office?.title.toLowerCase() ?? '');
      if (!who || who.size !== 1) continue;
      key = name = [...who][0]!;
    }
    if ((m.type === 'Organization' || m.type === 'Agreement') && m.acronym) key = m.acronym;
    if (m.type === 'Country') name = g.byIso2.get(m.key)?.name ?? m.name;
    if (!key) continue;
    const id = entityId(m.type, key);
    let e = entities.get(id);
    if (!e) {
      e = { id, type: m.type, labels: [m.type], name, aliases: [], properties: {}, mentions: [] };
      if (m.type === 'Country') e.properties = { iso2: m.key, iso3: g.byIso2.get(m.key)?.iso3 ?? null };
      entities.set(id, e);
    }
    if (m.form === 'name' && m.text !== e.name && m.type !== 'Country' && name.length > e.name.length && m.type !== 'Person') e.name = name;
    if (m.acronym) e.properties.acronym = m.acronym;
    for (const [k, v] of Object.entries(m.properties ?? {})) if (v !== null && v !== undefined) e.properties[k] = v;
    if (m.type === 'Person' && m.office?.minister) {
      if (!e.labels.includes('Minister')) e.labels.push('Minister');
      if (m.office.portfolio) e.properties.portfolio = m.office.portfolio;
    }
    if (m.text !== e.name && !e.aliases.includes(m.text)) e.aliases.push(m.text);
    e.mentions!.push({ docId, start: m.start, end: m.end, text: m.text, sentence: m.sentence });
    mentions.push({ ...m, key, name: e.name, entityId: id });
  }
  return { mentions, entities };
}
