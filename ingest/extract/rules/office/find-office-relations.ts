/* Extraction stage 5a: HOLDS_OFFICE and AFFILIATED_WITH from titles before or after a person's name. */

import { defineFamily, ruleSpecs } from '../rule-family.js';
import specs from './rules.json' with { type: 'json' };
import type { ExtractedEntity } from '../../../../ontology/index.js';
import { entityId } from '../../../../ontology/ids.js';
import type { OfficeCue, RelationContext, RelationDraft, ResolvedMention, SentenceView, Token } from '../../types.js';
import { relationDraft } from '../../relation-draft.js';
import { mentionAtToken, textBetween, tokenIndexAt } from '../../sentence-lookup.js';
import { matchTitle, titleLengthAt } from '../../match-title.js';
import { AFFILIATION_ROLES, ORGANIZATION_OFFICES, TITLE_OPENERS } from '../../lexicons/titles.js';
import { STOP_WORDS } from '../../lexicons/stop-words.js';
import { countryGazetteer } from '../../country-gazetteer.js';

const ROLES = [...AFFILIATION_ROLES].map((r) => r.split(' ')).sort((a, b) => b.length - a.length);

interface Office {
  person: ResolvedMention;
  cue: OfficeCue;
  whereId?: string;
  rule: string;
}

/** "Canada's [Foreign Affairs Minister] X": a country or org mention then "'s" right before the title. */
function possessiveWhere(view: SentenceView, offset: number): string | undefined {
  let i = tokenIndexAt(view, offset);
  // "Britain's Europe Director X": capitalised words of the title may stand between.
  for (let n = 0; n < 3 && view.tokens[i - 1]?.cap && !mentionAtToken(view, i - 1); n++) i--;
  if (view.tokens[i - 1]?.text !== "'s") return undefined;
  return mentionAtToken(view, i - 2, ['Country', 'Organization', 'Place'])?.entityId;
}

/** "Prime Minister Tom Berg of Norland": the country named right after a titled name. */
function countryAfterName(view: SentenceView, person: ResolvedMention): string | undefined {
  const t = view.tokens;
  let i = tokenIndexAt(view, person.end);
  if (t[i]?.lower !== 'of') return undefined;
  i += t[i + 1]?.lower === 'the' ? 2 : 1;
  const country = mentionAtToken(view, i, ['Country']);
  if (!country || country.form !== 'name' || /^(?:'s|')$/.test(t[tokenIndexAt(view, country.end)]?.text ?? '')) return undefined;
  return country.entityId;
}

/** "ASA Vice President X": an organization (known from elsewhere in the text, as an acronym) right before the title. */
function organizationBefore(view: SentenceView, offset: number, known: (id: string) => boolean): string | undefined {
  let i = tokenIndexAt(view, offset);
  // "Commerce Department Deputy Secretary X": words that open the title stand between.
  while (i > 0 && TITLE_OPENERS.has(view.tokens[i - 1]!.lower)) i--;
  const org = mentionAtToken(view, i - 1, ['Organization']);
  if (!org || org.end > offset) return undefined;
  // "U.S. Embassy Lima Chargé d'Affaires X": a country's embassy is that country's post.
  return (/\bEmbassy\b/.test(org.text) ? leadingCountry(org, known) : undefined) ?? org.entityId;
}

/** The country a body's name opens with ("Russian Ministry of …", "U.S. Embassy …"), when the document names it. */
function leadingCountry(org: ResolvedMention, known: (id: string) => boolean): string | undefined {
  const g = countryGazetteer();
  const words = org.text.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const hit = g.forms.get(words.slice(0, n).join(' '));
    // Only a country the document names: the relation needs it as an entity.
    if (hit) return known(entityId('Country', hit.iso2)) ? entityId('Country', hit.iso2) : undefined;
  }
  return undefined;
}

/** "Gibraltar's Chief Minister X": the title has an owner the text names, but we did not recognise it. */
function unknownOwner(view: SentenceView, offset: number): boolean {
  let i = tokenIndexAt(view, offset);
  for (let n = 0; n < 3 && view.tokens[i - 1]?.cap && !mentionAtToken(view, i - 1); n++) i--;
  return view.tokens[i - 1]?.text === "'s" || (view.tokens[i - 1]?.cap === true && !mentionAtToken(view, i - 1) && i - 1 > 0);
}

/** Tokens of a copula stating a post at `i` ("is", "was also", "has been", "serves as"), or 0. */
function copulaLength(t: readonly Token[], i: number): number {
  const w = (n: number) => t[i + n]?.lower ?? '';
  let n = 0;
  if (/^(?:is|was|became|remains|remained)$/.test(w(0))) n = 1;
  else if (/^(?:has|had|have)$/.test(w(0)) && w(1) === 'been') n = 2;
  else if (/^(?:serves|served)$/.test(w(0)) && w(1) === 'as') n = 2;
  if (!n) return 0;
  return /^(?:also|now|currently|still)$/.test(w(n)) ? n + 1 : n;
}

/**
 * "a Russian Ministry of Defense Deputy Minister": a minister of a national ministry named with its country holds
 * office in that country (the ontology's ministers hold office in their country, with a portfolio).
 */
function countryOfMinistry(org: ResolvedMention, t: readonly Token[], after: number, known: (id: string) => boolean): string | undefined {
  if (!/\b(?:Ministry|Department)\b/.test(org.text)) return undefined;
  let k = after;
  while (k < t.length && /^(?:deputy|vice|assistant|acting|first|senior)$/.test(t[k]!.lower)) k++;
  if (!/^(?:minister|secretary)$/.test(t[k]?.lower ?? '')) return undefined;
  return leadingCountry(org, known);
}

/** ", the Japanese trade minister," / ", premier of the province of Ontario" / ", professor at X". */
function appositive(view: SentenceView, person: ResolvedMention, ministerial: boolean, known: (id: string) => boolean): Office | null {
  const t = view.tokens;
  let i = tokenIndexAt(view, person.end);
  // "Jane Doe of the Brookings Institution"
  if (t[i] && /^(of|at|from)$/.test(t[i]!.lower)) {
    const k = t[i + 1]?.lower === 'the' ? i + 2 : i + 1;
    const org = mentionAtToken(view, k, ['Organization']);
    const eventAfter =
      org &&
      /^\s*(summit|meeting|conference|talks|forum|ministerial|session|gathering)\b/i.test(textBetween(view, org.end, view.sentence.end));
    if (org && !eventAfter)
      return {
        person,
        cue: { title: '', minister: false, affiliation: true },
        whereId: org.entityId,
        rule: 'office.person-of-organization',
      };
  }
  // "Anne Dubois of Canada said", among ministers: the country's representative.
  if (t[i]?.lower === 'of' && person.form === 'name' && ministerial) {
    const country = mentionAtToken(view, i + 1, ['Country']);
    if (country && country.form === 'name' && /^(said|says|told|,|\.|and)$/.test(t[tokenIndexAt(view, country.end)]?.lower ?? '')) {
      return {
        person,
        cue: { title: '', minister: false, affiliation: false },
        whereId: country.entityId,
        rule: 'office.person-of-country',
      };
    }
  }
  // "Ana Ruiz is a Peruvian deputy minister of defense": a copula states the post as an apposition does.
  const copula = copulaLength(t, i);
  if (copula) {
    i += copula - 1;
    // Only articles, adjectives and the owner may come before the title: "is expected to become minister" is not a post held.
    const k = i + 1 + (/^(the|a|an|former|current)$/.test(t[i + 1]?.lower ?? '') ? 1 : 0);
    const owner = mentionAtToken(view, k, ['Country', 'Organization']);
    const at = owner ? tokenIndexAt(view, owner.end) + (t[tokenIndexAt(view, owner.end)]?.text === "'s" ? 1 : 0) : k;
    if (!titleLengthAt(t, at) && !titleLengthAt(t, at + 1)) return null;
  } else if (t[i]?.text !== ',') return null;
  // "Petrenko, who is also chairman of the State Forestry Committee,": a relative clause stating the post.
  else if (t[i + 1]?.lower === 'who' && /^(?:is|was)$/.test(t[i + 2]?.lower ?? '')) {
    i += 2;
    if (/^(?:also|now|still)$/.test(t[i + 1]?.lower ?? '')) i++;
  } else if (/^(and|or|but|while|who|which)$/.test(t[i + 1]?.lower ?? '')) return null;
  i++;
  if (/^(the|a|an|former|current|then)$/.test(t[i]?.lower ?? '')) i++;
  let whereId: string | undefined;
  const lead = mentionAtToken(view, i, ['Country', 'Organization']);
  if (lead) {
    whereId =
      lead.type === 'Organization' ? (countryOfMinistry(lead, t, tokenIndexAt(view, lead.end), known) ?? lead.entityId) : lead.entityId;
    i = tokenIndexAt(view, lead.end);
    if (t[i]?.text === "'s") i++;
  }
  for (let k = i; k < Math.min(t.length, i + 4); k++) {
    const length = titleLengthAt(t, k);
    // "an agro-economist at X": a hyphenated compound ending in a role is that role.
    const role = ROLES.find((words) =>
      words.every((w, n) => t[k + n]?.lower === w || (words.length === 1 && (t[k + n]?.lower ?? '').endsWith(`-${w}`))),
    );
    if (!length && !role) continue;
    const title = length ? matchTitle(t, k, i) : null;
    let end = k + (title ? title.to - k : role!.length);
    const titleText = title?.title ?? role!.join(' ');
    if (/^(of|at|for|with|in)$/.test(t[end]?.lower ?? '')) {
      end++;
      if (/^(the|a)$/.test(t[end]?.lower ?? '')) end++;
      // "an analyst at brokerage Norvik": a common noun for the organization before its name.
      if (
        t[end] &&
        !t[end]!.cap &&
        /^(?:company|firm|group|bank|brokerage|consultancy|insurer|lender|carrier|airline|operator|investment bank|think-tank)$/.test(
          t[end]!.lower,
        )
      )
        end++;
      if (/^(province|state|city|region)$/.test(t[end]?.lower ?? '') && t[end + 1]?.lower === 'of') end += 2;
      const target = mentionAtToken(view, end, ['Country', 'Organization', 'Place']);
      // "director of Leeds-based consulting group X": the place only qualifies the organization.
      const based = target && /^-(?:based|registered|headquartered)$/.test(t[tokenIndexAt(view, target.end)]?.lower ?? '');
      if (target && !based) whereId = target.entityId;
      else if (based) {
        // "Leeds-based consulting group X": the body named after the place and its description.
        let k = tokenIndexAt(view, target.end) + 1;
        while (k < t.length && k < tokenIndexAt(view, target.end) + 4 && !t[k]!.cap && /^\p{Ll}+$/u.test(t[k]!.text)) k++;
        const org = mentionAtToken(view, k, ['Organization']);
        if (org) whereId = org.entityId;
      }
      // "President of ZELCO": the post belongs to a body we did not recognise, not to the document's country.
      else if (!target && t[end]?.cap) return null;
    }
    const cue: OfficeCue = {
      title: titleText.replace(/(^|\s)(\p{Ll})/gu, (_m, d: string, c: string) => d + c.toUpperCase()),
      ...(title?.portfolio ? { portfolio: title.portfolio } : {}),
      minister: title?.minister ?? false,
      affiliation: !title || !!(whereId?.startsWith('org:') && !ORGANIZATION_OFFICES.has(titleText.toLowerCase())),
    };
    return { person, cue, ...(whereId ? { whereId } : {}), rule: copula ? 'office.copular-title' : 'office.appositive-title' };
  }
  return null;
}

/** Lower-case title right before a name: "Japan's trade minister Yoji Muto", "Korea's acting president, Choi". */
function titleBefore(view: SentenceView, person: ResolvedMention): Office | null {
  const t = view.tokens;
  let i = tokenIndexAt(view, person.start);
  if (t[i - 1]?.text === ',') i--;
  // "Minister of International Trade and Industry, X": the title may end in its portfolio.
  for (let back = 8; back >= 1; back--) {
    const at = i - back;
    if (at < 0 || !titleLengthAt(t, at)) continue;
    const title = matchTitle(t, at, Math.max(0, at - 4));
    if (!title) continue;
    // "Kenyan ambassador to Lisbon Daniel Mwangi": the post's destination sits between title and name.
    const destination =
      title.to !== i && t[title.to]?.lower === 'to'
        ? mentionAtToken(view, t[title.to + 1]?.lower === 'the' ? title.to + 2 : title.to + 1, ['Country', 'Place', 'Organization'])
        : undefined;
    // "Spain's director general for Europe, X": a remit in capitals after the title.
    let remit = title.to;
    if (/^(for|of)$/.test(t[remit]?.lower ?? '') && t[remit + 1]?.cap) {
      remit++;
      while (remit < i && t[remit]?.cap) remit++;
    }
    if (title.to !== i && remit !== i && !(destination && tokenIndexAt(view, destination.end) === i)) continue;
    let k = title.from;
    // "Peru's deputy trade minister X", "the acting foreign minister X": up to two words before the title.
    for (
      let n = 0;
      n < 2 &&
      /^(acting|former|then|new|current|interim|outgoing|incoming|first|senior|deputy|vice|assistant|junior|chief)$/.test(
        t[k - 1]?.lower ?? '',
      );
      n++
    )
      k--;
    const cue: OfficeCue = {
      title: title.title,
      ...(title.portfolio ? { portfolio: title.portfolio } : {}),
      minister: title.minister,
      affiliation: false,
    };
    // "when then-president X", "he and trade representative X": a title with no owner stated; the document may tell.
    if (
      t[k - 1] === undefined ||
      (STOP_WORDS.has(t[k - 1]!.lower) && !t[k - 1]!.cap && t[k - 1]!.text !== "'s") ||
      /^[,;:(]$/.test(t[k - 1]!.text)
    ) {
      return { person, cue, rule: 'office.title-before-name' };
    }
    if (t[k - 1]?.text === "'s") k--;
    const where = mentionAtToken(view, k - 1, ['Country', 'Organization', 'Place']);
    if (!where) return null;
    return { person, cue, whereId: where.entityId, rule: 'office.title-before-name' };
  }
  return null;
}

/** The rule of an office whose country came from the document's context, not the text around the title. */
export const GUESSED_OFFICE_RULE = 'office.country-from-document';

/**
 * A role in an organization right before the name: "BBC political correspondent Jane Hollins",
 * "the BBC's political editor Tom Ashby", and "the BBC's Ruth Calder" (no role: the outlet's own).
 */
function roleBefore(view: SentenceView, person: ResolvedMention): Office | null {
  const t = view.tokens;
  const i = tokenIndexAt(view, person.start);
  if (person.form !== 'name') return null;
  if (t[i - 1]?.text === "'s") {
    const org = mentionAtToken(view, i - 2, ['Organization']);
    return org
      ? { person, cue: { title: '', minister: false, affiliation: true }, whereId: org.entityId, rule: 'office.role-before-name' }
      : null;
  }
  const role = ROLES.find((words) => words.every((w, n) => t[i - words.length + n]?.lower === w) && !t[i - words.length]!.cap);
  if (!role) return null;
  let k = i - role.length;
  for (let n = 0; n < 2 && t[k - 1] && !t[k - 1]!.cap && /^\p{Ll}+$/u.test(t[k - 1]!.text) && !STOP_WORDS.has(t[k - 1]!.lower); n++) k--;
  if (t[k - 1]?.text === "'s") k--;
  const org = mentionAtToken(view, k - 1, ['Organization']);
  if (!org) return null;
  return {
    person,
    cue: {
      title: role.join(' ').replace(/(^|\s)(\p{Ll})/gu, (_m, d: string, c: string) => d + c.toUpperCase()),
      minister: false,
      affiliation: true,
    },
    whereId: org.entityId,
    rule: 'office.role-before-name',
  };
}

/** "his Austrian counterpart Karl Brenner", "his U.S. counterpart, Trade Representative X": an office-holder of that country. */
function counterpart(view: SentenceView, person: ResolvedMention): Office | null {
  const t = view.tokens;
  let i = tokenIndexAt(view, person.office?.start ?? person.start);
  if (t[i - 1]?.text === ',') i--;
  if (!/^counterparts?$/.test(t[i - 1]?.lower ?? '')) return null;
  const country = mentionAtToken(view, i - 2, ['Country']);
  if (!country) return null;
  const cue: OfficeCue = person.office ? { ...person.office, affiliation: false } : { title: '', minister: false, affiliation: false };
  return { person, cue, whereId: country.entityId, rule: 'office.counterpart' };
}

/** Titles of a government's own officials; a diplomat titled without a country (a release's "Chargé d'Affaires X") is the publisher's. */
const GOVERNMENT_TITLE = /minister|secretary|chancellor|treasurer|charg[ée] d'affaires|consul|deputy chief of mission/i;

/** Organization kinds whose leading posts are offices of a state or an intergovernmental body. */
const PUBLIC_KINDS = new Set(['government', 'legislature', 'court', 'international body']);
/** A council or committee of the state ("State Forestry Committee", "National Security Council"). */
const STATE_BODY = /\b(?:State|Government|Governmental|National|Federal|Presidential|Ministerial|Security|Executive)\b/;
/** The posts of such a body that are offices (its chair, its head, its envoys); other roles are affiliations. */
const BODY_OFFICES =
  /^(?:president|chairman|chairwoman|chair|chairperson|commissioner|chief|secretary[- ]general|director[- ]general|governor|head|leader|speaker|trade representative|ambassador|envoy|special envoy|minister|secretary|prime minister)$/i;

/**
 * HOLDS_OFFICE needs an office of a state, a province or an intergovernmental body: the leading
 * posts of a ministry, parliament, commission or bloc. Any role in a company, association, union,
 * bank or NGO, and spokesmen, analysts or vice presidents anywhere, are AFFILIATED_WITH.
 */
export function isPublicOffice(title: string, org: ExtractedEntity | undefined): boolean {
  if (!org || org.type !== 'Organization') return true;
  // "EU energy chief", "Energy Commissioner": the head of a portfolio of the body.
  if (!BODY_OFFICES.test(title.trim()) && !/^(?!vice\b|deputy\b)(?:[a-z-]+ ){1,3}(?:chief|commissioner)$/i.test(title.trim())) return false;
  const kind = typeof org.properties.kind === 'string' ? org.properties.kind : '';
  return PUBLIC_KINDS.has(kind) || (kind === 'body' && STATE_BODY.test(org.name));
}

/** "India's Ministry of Commerce and Industry": the one country whose government bodies the article quotes. */
function ministryCountry(views: SentenceView[]): string | undefined {
  const found = new Set<string>();
  for (const v of views) {
    for (const m of v.mentions) {
      if (m.type !== 'Country' || m.form === 'demonym') continue;
      const org = v.mentions.find(
        (x) => x.type === 'Organization' && x.start > m.end && /^'s?\s+(?:the\s+)?$/.test(textBetween(v, m.end, x.start)),
      );
      if (org && /^(?:Ministry|Department|Office|Secretariat)\b/.test(org.name)) found.add(m.entityId);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The country a document is mostly about: its dateline's, the one whose ministries it quotes, else its clearly most-mentioned. */
function officeHomeCountry(views: SentenceView[], datelineCountry: string | undefined, unmarked: string | undefined): string | undefined {
  const dateline = datelineCountry ?? ministryCountry(views) ?? unmarked;
  if (dateline) return dateline;
  const counts = new Map<string, number>();
  for (const v of views) for (const m of v.mentions) if (m.type === 'Country') counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  // Only a clear leader counts; two countries mentioned about as often leave it open.
  return ranked[0] && (!ranked[1] || ranked[0][1] >= 1.5 * ranked[1][1]) ? ranked[0][0] : undefined;
}

/** "… King Edmund II of Vesta": a country after "of" and another capitalised name is that name's, not `person`'s. */
function someoneElseOf(view: SentenceView, country: ResolvedMention, person: ResolvedMention): boolean {
  const before = textBetween(view, Math.max(view.sentence.start, country.start - 40), country.start);
  const of = /(\p{Lu}[\p{L}.]*)\s+of\s+(?:the\s+)?$/u.exec(before);
  if (!of) return false;
  const ofAt = country.start - (before.length - of.index - of[1]!.length);
  return Math.abs(ofAt - person.end) > 1;
}

/**
 * The country whose officials go unmarked: the most-mentioned country (twice at least, clearly ahead
 * of the rest) once the countries that mark other officials' titles are set aside — and only when
 * some are, so a story that marks no one keeps the older guess.
 */
function unmarkedCountry(views: SentenceView[], marks: (country: string) => boolean, least = 2): string | undefined {
  const counts = new Map<string, number>();
  let anyMarked = false;
  for (const v of views)
    for (const m of v.mentions) {
      if (m.type !== 'Country') continue;
      if (marks(m.entityId)) anyMarked = true;
      else counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    }
  if (!anyMarked) return undefined;
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return ranked[0] && ranked[0][1] >= least && (!ranked[1] || ranked[0][1] >= 1.5 * ranked[1][1]) ? ranked[0][0] : undefined;
}

function findOfficeRelations({
  views,
  entities,
  datelineCountry,
}: Pick<RelationContext, 'views' | 'entities' | 'datelineCountry'>): RelationDraft[] {
  const offices: Office[] = [];
  // A story about ministers (their meeting, their talks): "X of Canada" there is Canada's representative.
  const ministerial = views.some((v) => /\bministers\b/i.test(v.sentence.text));
  // Countries "Prime Minister B of Norland" gives a guest: no one else's guessed country.
  const namedAfter = new Set<string>();
  for (const view of views) {
    let previous: Office | null = null;
    for (const m of view.mentions) {
      if (m.type !== 'Person') continue;
      const after = m.office ? countryAfterName(view, m) : undefined;
      if (after) namedAfter.add(after);
      const where = m.office
        ? m.office.where
          ? entityId(m.office.where.type, m.office.where.key)
          : (possessiveWhere(view, m.office.start ?? m.start) ??
            organizationBefore(view, m.office.start ?? m.start, (id) => entities.has(id)) ??
            after)
        : undefined;
      if (m.office && (where || !unknownOwner(view, m.office.start ?? m.start))) {
        const office: Office = { person: m, cue: m.office, ...(where ? { whereId: where } : {}), rule: 'office.title-names-country' };
        if (
          !where &&
          previous?.whereId &&
          /^\s*(and|,)\s*$/.test(textBetween(view, previous.person.end, m.office.start ?? m.start).replace(/\b[A-Z]\w+( and)?\s/g, ''))
        ) {
          office.whereId = previous.whereId;
          office.rule = 'office.coordinated-title';
        }
        offices.push(office);
        previous = office;
      }
      if (m.form === 'name' || m.form === 'surname') {
        const app = appositive(view, m, ministerial, (id) => entities.has(id));
        if (app) offices.push(app);
        const before = m.office ? null : titleBefore(view, m);
        if (before) offices.push(before);
        const role = m.office || before ? null : roleBefore(view, m);
        if (role) offices.push(role);
        const peer = counterpart(view, m);
        if (peer) offices.push(peer);
      }
    }
  }
  // A title stated without its country borrows it from the same person's other offices.
  const known = new Map<string, string>();
  for (const o of offices) if (o.whereId && !o.cue.affiliation) known.set(o.person.entityId, o.whereId);
  // Officials of other countries are marked ("Vestan President X", "King Y of Vesta"); the document's own
  // are not ("President X" in its release). A country that marks someone else's office is not the unmarked one's.
  const marking = new Map<string, Set<string>>();
  for (const o of offices)
    if (o.whereId?.startsWith('country:') && !o.cue.affiliation) {
      const people = marking.get(o.whereId) ?? new Set<string>();
      people.add(o.person.entityId);
      marking.set(o.whereId, people);
    }
  const marksOther = (country: string, person: string): boolean => [...(marking.get(country) ?? [])].some((p) => p !== person);
  // Guests marked "B of Norland" (a readout's style): one mention of the unmarked country is enough.
  const unmarked = unmarkedCountry(views, (c) => marking.has(c), [...marking.keys()].some((c) => namedAfter.has(c)) ? 1 : 2);
  const home = officeHomeCountry(views, datelineCountry, unmarked);
  const dateline = datelineCountry;
  // A country has one president (prime minister, …) in an article: a stated holder of that title
  // rules the country out for anyone else whose country is only guessed.
  const headKey = (title: string, country: string): string =>
    `${title.toLowerCase().replace(/^.*?(president|prime minister|chancellor|king|queen|emir|sultan)$/, '$1')}|${country}`;
  const statedHeads = new Map<string, string>();
  for (const o of offices)
    if (o.whereId && o.cue.title && !o.cue.affiliation) statedHeads.set(headKey(o.cue.title, o.whereId), o.person.entityId);
  const drafts: RelationDraft[] = [];
  for (const o of offices) {
    let where = o.whereId ?? known.get(o.person.entityId);
    // A government title with no country anywhere: the one country of its sentence, else the document's.
    const headOfState = /president|prime minister|king|queen|emir|sultan/i.test(o.cue.title) && !/vice/i.test(o.cue.title);
    if (!where && !o.cue.affiliation && (GOVERNMENT_TITLE.test(o.cue.title) || headOfState) && !/premier|governor/i.test(o.cue.title)) {
      const view = views[o.person.sentence]!;
      const ownTitle = (m: ResolvedMention): boolean =>
        /^\s*(?:'s\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Minister|President|Secretary|Prime|Chancellor|Representative|Ambassador|Premier)\b/.test(
          textBetween(view, m.end, view.sentence.end),
        );
      // The one country of the sentence (demonyms count, so "China … Australian barley" stays open).
      const near = (m: ResolvedMention): boolean => m.end > o.person.start - 90 && m.start < o.person.end + 90;
      const inSentence = [
        ...new Set(
          view.mentions
            .filter(
              (m) =>
                m.type === 'Country' &&
                near(m) &&
                !ownTitle(m) &&
                !marksOther(m.entityId, o.person.entityId) &&
                !someoneElseOf(view, m, o.person) &&
                (m.form === 'demonym' ||
                  !/\b(on|against|to|from|with|in)\s+(the\s+)?$/.test(textBetween(view, view.sentence.start, m.start))),
            )
            .map((m) => m.entityId),
        ),
      ];
      where = inSentence.length === 1 ? inSentence[0] : GOVERNMENT_TITLE.test(o.cue.title) && !headOfState ? home : (dateline ?? home);
      // "President A met Prime Minister B of Norland": a country the sentence gives to someone else is not A's guess.
      if (!inSentence.length && where && namedAfter.has(where) && marksOther(where, o.person.entityId)) where = undefined;
      const holder = where && headOfState ? statedHeads.get(headKey(o.cue.title, where)) : undefined;
      if (holder && holder !== o.person.entityId) where = undefined;
      if (where) known.set(o.person.entityId, where);
    }
    const person = entities.get(o.person.entityId);
    if (person && o.cue.title && !o.cue.affiliation) person.properties.title = o.cue.title;
    if (person && o.cue.minister) {
      if (!person.labels.includes('Minister')) person.labels.push('Minister');
      if (o.cue.portfolio) person.properties.portfolio = o.cue.portfolio;
    }
    if (!where) continue;
    const view = views[o.person.sentence]!;
    const target = entities.get(where);
    const type =
      o.cue.affiliation || (target?.type === 'Organization' && !isPublicOffice(o.cue.title, target)) ? 'AFFILIATED_WITH' : 'HOLDS_OFFICE';
    const props = type === 'HOLDS_OFFICE' ? { title: o.cue.title, portfolio: o.cue.portfolio } : { role: o.cue.title || undefined };
    const d = relationDraft(type, o.person.entityId, where, view, o.whereId ? o.rule : GUESSED_OFFICE_RULE, props);
    if (d) drafts.push(d);
  }
  return drafts;
}

export const officeRules = defineFamily({ family: 'office', rules: ruleSpecs(specs), find: findOfficeRelations });
