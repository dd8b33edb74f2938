/* Ingest load: do two names of one type name the same thing? Token-aware: a person's titles and honorifics are set
   aside, surname and given names compared (initials, middle names, common short forms); other types by their
   significant words, acronyms and spelling variants of long names. Shared by resolution at load and the duplicate
   queue. Pure: general vocabulary only. */

import { countryGazetteer } from '../extract/country-gazetteer.js';

/** Lower case, accents folded, apostrophes and dots dropped, other punctuation to spaces. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Words of titles, roles and honorifics that stand before (or, for suffixes, after) a person's name. */
const TITLE_WORDS = new Set(
  `mr mrs ms miss dr sir dame lord lady prof professor his her majesty excellency highness royal hon honourable honorable
   president vice prime minister deputy secretary general state premier chancellor king queen emperor prince princess crown
   sheikh emir sultan governor mayor ambassador envoy special senator congressman congresswoman representative rep sen gov
   commissioner director chief executive officer ceo chairman chairwoman chair chairperson head leader opposition speaker
   spokesperson spokesman spokeswoman managing under undersecretary attorney press permanent lawmaker mp treasurer delegate
   negotiator senior official officials trade foreign finance economy economic commerce agriculture defence defense interior
   industry energy agency us uk eu former acting then new interim assistant first second cabinet`.split(/\s+/),
);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'junior', 'senior']);

/** Common short forms of given names (general English usage), each group one name. */
const SHORT_FORMS = [
  'joseph joe',
  'william bill will billy',
  'robert bob rob bobby',
  'james jim jimmy jamie',
  'michael mike',
  'anthony antony tony',
  'thomas tom tommy',
  'richard dick rick',
  'edward ed ted eddie',
  'daniel dan danny',
  'david dave',
  'christopher chris',
  'nicholas nick',
  'alexander alex',
  'samuel sam',
  'benjamin ben',
  'stephen steven steve',
  'andrew andy',
  'patrick pat',
  'elizabeth liz beth',
  'katherine catherine kate',
  'margaret peggy maggie',
  'ronald ron',
  'donald don',
  'gerald jerry',
  'lawrence larry',
  'frederick fred',
  'henry hank',
  'charles chuck charlie',
  'kenneth ken',
  'timothy tim',
  'matthew matt',
  'jeffrey jeff',
  'gregory greg',
  'douglas doug',
  'patricia pat patty trish',
  'jennifer jen jenny',
  'susan sue',
  'deborah debbie deb',
  'rebecca becky',
  'victoria vicky',
  'jessica jess',
  'alexandra alex',
  'samantha sam',
  'kimberly kim',
  'christine chris',
  'barbara barb',
  'pamela pam',
  'judith judy',
  'theodore ted teddy',
  'nathaniel nate',
  'jonathan jon',
  'raymond ray',
  'vincent vince',
].map((g) => g.split(' '));
/** Name → its first group (the key a name is stored under); a short form may belong to several ("pat", "alex"). */
const SHORT_FORM_GROUP = new Map<string, number>();
const SHORT_FORM_GROUPS = new Map<string, number[]>();
SHORT_FORMS.forEach((g, i) =>
  g.forEach((n) => {
    if (!SHORT_FORM_GROUP.has(n)) SHORT_FORM_GROUP.set(n, i);
    SHORT_FORM_GROUPS.set(n, [...(SHORT_FORM_GROUPS.get(n) ?? []), i]);
  }),
);

/** Words that carry no identity on their own in names of things ("agreement", "department", "oil"). */
const GENERIC = new Set(
  `the of and for on in at to a an de la le del des du von van
   agreement accord treaty pact deal partnership protocol memorandum understanding arrangement framework plan
   department ministry office bureau agency administration government council commission committee board authority
   organization organisation association federation union institute corporation company co ltd inc corp group bank fund
   party parliament congress senate house court service services forum summit meeting talks dialogue conference
   national international world global united states trade tariff tariffs duty duties tax quota import imports export exports
   product products goods oil gas meat`.split(/\s+/),
);
const CONNECTORS = new Set(['the', 'of', 'and', 'for', 'on', 'in', 'at', 'to', 'a', 'an', 'de', 'la', 'le', 'del', 'des', 'du']);

export interface PersonParts {
  given: string[];
  surname: string;
}

/** A person's given names and surname once titles, honorifics and suffixes are set aside; null when nothing is left. */
export function personParts(name: string): PersonParts | null {
  const words = normalizeName(name).split(' ').filter(Boolean);
  while (words.length && SUFFIXES.has(words.at(-1)!)) words.pop();
  let start = 0;
  while (start < words.length - 1 && TITLE_WORDS.has(words[start]!)) start++;
  const rest = words.slice(start);
  if (rest.length === 0 || (rest.length === 1 && (TITLE_WORDS.has(rest[0]!) || rest[0]!.length < 2))) return null;
  return { given: rest.slice(0, -1), surname: rest.at(-1)! };
}

/** How two names relate: `same` (one thing), `compatible` (may be one: a surname alone), `different` (evidence they are not). */
export type NameVerdict = { kind: 'same' | 'compatible'; reason: string } | { kind: 'different'; reason: string } | null;

function givenAgree(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  const gb = SHORT_FORM_GROUPS.get(b) ?? [];
  return (SHORT_FORM_GROUPS.get(a) ?? []).some((g) => gb.includes(g));
}

/** Levenshtein distance, stopping once it exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]!);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** A long word's spelling variant: one edit in 8 letters or more, two in 14 or more. */
function spellingVariant(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  const max = n >= 14 ? 2 : n >= 8 ? 1 : 0;
  return max > 0 && a[0] === b[0] && editDistance(a, b, max) <= max;
}

/** A shorter surname one edit away, when the same full given name of five letters or more stands before it. */
function closeWithSameGiven(x: PersonParts, y: PersonParts): boolean {
  const given = x.given[0];
  if (!given || given.length < 5 || given !== y.given[0]) return false;
  return Math.min(x.surname.length, y.surname.length) >= 5 && x.surname[0] === y.surname[0] && editDistance(x.surname, y.surname, 1) <= 1;
}

export function comparePersons(a: string, b: string): NameVerdict {
  const x = personParts(a);
  const y = personParts(b);
  if (!x || !y) return null;
  const sameSurname = x.surname === y.surname || spellingVariant(x.surname, y.surname) || closeWithSameGiven(x, y);
  if (!sameSurname) return null;
  if (x.given.length === 0 || y.given.length === 0) {
    if (x.given.length === 0 && y.given.length === 0) return { kind: 'same', reason: 'same name' };
    return { kind: 'compatible', reason: 'surname alone' };
  }
  if (!givenAgree(x.given[0]!, y.given[0]!)) return { kind: 'different', reason: 'same surname, different given names' };
  // Middle names and initials: where both have one at the same place, they must agree.
  const mx = x.given.slice(1);
  const my = y.given.slice(1);
  for (let i = 0; i < Math.min(mx.length, my.length); i++)
    if (!givenAgree(mx[i]!, my[i]!)) return { kind: 'different', reason: 'different middle names' };
  const exact = x.surname === y.surname ? '' : ' (spelling variant)';
  if (x.given[0] === y.given[0] && mx.length === my.length) return { kind: 'same', reason: `same given name and surname${exact}` };
  return { kind: 'same', reason: `given names, initials and middle names agree${exact}` };
}

const significant = (words: string[]): string[] => words.filter((w) => !GENERIC.has(w));

let countryNames: Set<string> | null = null;
/** Country names as normalised words ("united states", "us", "japan"), from the gazetteer (demonyms left out). */
function isCountryName(words: string[]): boolean {
  if (!countryNames) {
    countryNames = new Set(['us', 'usa', 'uk']);
    for (const [form, { form: kind }] of countryGazetteer().forms) if (kind === 'name') countryNames.add(normalizeName(form));
  }
  return countryNames.has(words.join(' '));
}

/** How many leading words of a thing's name are its country ("U.S. Department of Commerce" → 1), 0 when none, and
 *  never the whole name. */
function countryPrefix(words: string[]): number {
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) if (isCountryName(words.slice(0, k))) return k;
  return 0;
}

/** Two names of a thing of one length, word for word equal but for spelling variants of long words. */
function wordsVariant(x: string[], y: string[]): boolean {
  if (x.length !== y.length || !spellingVariant(x.join(' '), y.join(' '))) return false;
  return x.every((w, i) => w === y[i] || (Math.min(w.length, y[i]!.length) >= 5 && w[0] === y[i]![0] && editDistance(w, y[i]!, 1) <= 1));
}

/** Initials of a name's words, connectors left out ("department of commerce" → "dc"), and with every word. */
function initials(words: string[]): string[] {
  const all = words.map((w) => w[0]).join('');
  const some = words
    .filter((w) => !CONNECTORS.has(w))
    .map((w) => w[0])
    .join('');
  return [...new Set([all, some])];
}

/** Role nouns: a thing's name that adds one names a person's role in it, not the thing. */
const ROLE_WORDS = new Set(
  `director minister secretary chairman chairwoman chair chief head spokesman spokeswoman spokesperson ambassador envoy
   president governor official commissioner leader deputy member members`.split(/\s+/),
);

/** Bodies and acts of something: a name that adds one names a part of it, not it. */
const PART_WORDS = new Set(['council', 'committee', 'commission', 'secretariat', 'board', 'bill', 'act', 'amendment']);

/** Legal forms that say nothing about which company it is ("Ltd", "Inc"). */
const LEGAL = new Set(['limited', 'co', 'ltd', 'inc', 'corp', 'plc', 'llc', 'sa', 'ag', 'nv', 'bv', 'gmbh', 'spa']);

/** A name's words that tell it apart, connectors and legal forms left out, plurals folded ("ministry", "commerce"). */
const contentWords = (words: string[]): Set<string> =>
  new Set(words.filter((w) => !CONNECTORS.has(w) && !LEGAL.has(w)).map((w) => (w.length > 3 ? w.replace(/s$/, '') : w)));

/** Two names of a thing (organization, agreement, place, event, product). Generic words ("ministry", "union") are no
 *  evidence on their own but they do tell names apart: "European Union" is not "European Parliament". */
export function compareThings(a: string, b: string): NameVerdict {
  const x = normalizeName(a).split(' ').filter(Boolean);
  const y = normalizeName(b).split(' ').filter(Boolean);
  if (!x.length || !y.length) return null;
  const sx = significant(x);
  const sy = significant(y);
  if (x.join(' ') === y.join(' ')) return sx.length ? { kind: 'same', reason: 'same name' } : null;
  // Acronym ↔ long form: "wto" and "world trade organization".
  for (const [short, long] of [
    [x, y],
    [y, x],
  ] as const) {
    if (short.length === 1 && short[0]!.length >= 2 && long.length >= 2 && initials(long).includes(short[0]!))
      return { kind: 'same', reason: `acronym of "${long.join(' ')}"` };
  }
  // The same name with its country before it ("U.S. Department of Commerce", "Department of Commerce"): one body.
  for (const [short, long] of [
    [x, y],
    [y, x],
  ] as const) {
    const q = countryPrefix(long);
    if (q > 0 && long.slice(q).join(' ') === short.join(' ') && short.some((w) => !CONNECTORS.has(w)) && countryPrefix(short) === 0)
      return { kind: 'same', reason: `the same name with its country ("${long.slice(0, q).join(' ')}")` };
  }
  if (!sx.length || !sy.length) return null;
  const cx = contentWords(x);
  const cy = contentWords(y);
  if (cx.size === cy.size && [...cx].every((w) => cy.has(w)))
    return { kind: 'same', reason: x.length === y.length ? 'same words in another order' : 'same words' };
  if (wordsVariant(x, y)) return { kind: 'same', reason: 'spelling variant' };
  // Two long forms of one acronym ("european community", "european commission"): two things.
  if (x.length >= 2 && y.length >= 2 && initials(x).at(-1) === initials(y).at(-1))
    return { kind: 'different', reason: 'different names with the same initials' };
  // Every word of one in the other, which adds one ("Security Council", "UN Security Council"): maybe one.
  const [short, long] = cx.size <= cy.size ? [cx, cy] : [cy, cx];
  if ([...short].every((w) => long.has(w)) && long.size - short.size === 1) {
    const extra = [...long].find((w) => !short.has(w))!;
    // A role ("Director of the Ministry") or a participle ("Ministry-organized") makes the longer name another thing.
    if (ROLE_WORDS.has(extra) || (/ed$/.test(extra) && extra.length > 5 && !GENERIC.has(extra)))
      return { kind: 'different', reason: `"${extra}" makes it another thing` };
    // A body or act of it ("the Accord's Council", "the Assembly's Bill"): another thing.
    if (PART_WORDS.has(extra)) return { kind: 'different', reason: `a ${extra} of it` };
    // Its branch in a country, named after it ("Acme Motor of Vestland"): another company.
    const longer = cx.size > cy.size ? x : y;
    if (isCountryName([extra]) && longer[0] !== extra) return { kind: 'different', reason: `its branch in ${extra}` };
    return { kind: 'compatible', reason: 'one name within the other' };
  }
  // Shared head word, different modifiers ("crude oil" / "fuel oil"): not the same thing.
  if (x.at(-1) === y.at(-1) && x.length > 1 && y.length > 1) return { kind: 'different', reason: `different kinds of ${x.at(-1)}` };
  return null;
}

/** The verdict for two entities of `type` over their names (name first, then aliases): the strongest evidence wins,
 *  and `different` on the names themselves stands against `compatible` from an alias. */
export function compareEntities(type: string, a: string[], b: string[], maxNames = 6): NameVerdict {
  const compare = type === 'Person' ? comparePersons : compareThings;
  const head = compare(a[0] ?? '', b[0] ?? '');
  if (head?.kind === 'different') return head;
  if (head?.kind === 'same') return head;
  let best: NameVerdict = head;
  for (const x of a.slice(0, maxNames))
    for (const y of b.slice(0, maxNames)) {
      const v = compare(x, y);
      if (!v) continue;
      if (v.kind === 'different') {
        if (!best) best = v;
        continue;
      }
      if (v.kind === 'same') return { kind: 'same', reason: x === a[0] && y === b[0] ? v.reason : `${v.reason} (aliases "${x}", "${y}")` };
      if (!best || best.kind === 'different') best = v;
    }
  return best;
}

/** An alias worth sharing as evidence: not a title, role or generic word on its own ("president", "agreement"). */
export function isTellingAlias(type: string, alias: string): boolean {
  const words = normalizeName(alias).split(' ').filter(Boolean);
  if (!words.length) return false;
  if (type === 'Person') return personParts(alias) !== null && !words.every((w) => TITLE_WORDS.has(w) || SUFFIXES.has(w));
  return significant(words).length > 0 && !(words.length === 1 && words[0]!.length < 2);
}

const singular = (w: string): string => (w.length > 3 ? w.replace(/s$/, '') : w);

/** The keys an entity is stored under for resolution (one index seek each): a person's surname and "given s"
 *  (first given name in its common form, surname initial, so spelling variants of a surname meet); a thing's
 *  significant words sorted and its initials (a short one-word name is its own initials, so acronyms meet long forms). */
export function storedKeys(type: string, name: string): { nameKey: string | null; shortKey: string | null } {
  if (type === 'Person') {
    const parts = personParts(name);
    if (!parts) return { nameKey: null, shortKey: null };
    const given = parts.given[0];
    const group = given && given.length >= 2 ? SHORT_FORM_GROUP.get(given) : undefined;
    const first = given && given.length >= 2 ? (group === undefined ? given : SHORT_FORMS[group]![0]!) : null;
    return { nameKey: parts.surname, shortKey: first ? `${first} ${parts.surname[0]}` : null };
  }
  // Keyed without its country, so "U.S. Department of Commerce" meets "Department of Commerce".
  const all = normalizeName(name).split(' ').filter(Boolean);
  const words = all.slice(countryPrefix(all));
  const sig = [...new Set(significant(words).map(singular))].sort();
  const nameKey = sig.length ? sig.join(' ') : null;
  let shortKey: string | null = null;
  if (words.length >= 2) shortKey = initials(words).at(-1)!;
  else if (words.length === 1 && words[0]!.length >= 2 && words[0]!.length <= 8) shortKey = words[0]!;
  return { nameKey, shortKey };
}

/** Every key under which an entity named by any of `names` may be stored (looked up against both stored keys). */
export function lookupKeys(type: string, names: string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const { nameKey, shortKey } = storedKeys(type, name);
    if (nameKey) out.add(nameKey);
    if (shortKey) out.add(shortKey);
    if (type !== 'Person') {
      const words = normalizeName(name).split(' ').filter(Boolean);
      if (words.length >= 2) for (const i of initials(words)) out.add(i);
      // Its full name's keys too (stored keys leave the country out).
      if (countryPrefix(words) > 0) {
        const sig = [...new Set(significant(words).map(singular))].sort();
        if (sig.length) out.add(sig.join(' '));
      }
    }
  }
  return [...out];
}

/** Every name of one entity against every name of the other, for resolution at load: any disagreement (different
 *  given names, different kinds of one thing) keeps them apart; else the strongest agreement. */
export function compareEntityNames(type: string, a: string[], b: string[]): NameVerdict {
  const compare = type === 'Person' ? comparePersons : compareThings;
  // A bare surname that both carry as an alias says no more than a surname alone, unless neither has a given name.
  const givenOf = (names: string[]): boolean => names.some((n) => (personParts(n)?.given.length ?? 0) > 0);
  const fuller = type === 'Person' && (givenOf(a) || givenOf(b));
  let same: NameVerdict = null;
  let compatible: NameVerdict = null;
  for (const x of a)
    for (const y of b) {
      let v = compare(x, y);
      if (!v) continue;
      if (v.kind === 'different') return v;
      if (v.kind === 'same' && fuller && personParts(x)?.given.length === 0) v = { kind: 'compatible', reason: 'surname alone' };
      if (v.kind === 'same') same ??= x === a[0] && y === b[0] ? v : { kind: 'same', reason: `${v.reason} ("${x}", "${y}")` };
      else compatible ??= v;
    }
  return same ?? compatible;
}

/** Lower-case particles a proper name may carry ("Ana de la Vega", "Jan van Dijk", "Omar bin Said"). */
const PARTICLES = new Set([...CONNECTORS, 'van', 'von', 'der', 'den', 'da', 'di', 'do', 'dos', 'bin', 'ibn', 'al', 'el', 'y']);

/** A name written as a proper name: each word capitalised (particles and initials allowed), no digits or list
 *  punctuation, a person's not all in capitals (a headline's "ANA RUIZ") and without title, role or suffix words. */
function properForm(type: string, name: string): boolean {
  const raw = name.trim();
  if (!raw || /[\d,;:()/"“”&]/.test(raw)) return false;
  const words = raw.split(/\s+/);
  for (const w of words) if (!/^\p{Lu}/u.test(w) && !(PARTICLES.has(w) && words.length > 1)) return false;
  if (type !== 'Person') return true;
  const letters = raw.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 4 && letters === letters.toUpperCase()) return false;
  return !normalizeName(raw)
    .split(' ')
    .some((w) => TITLE_WORDS.has(w) || SUFFIXES.has(w));
}

/** How full a person's name is: full given names first, then given names with initials. */
const personFullness = (p: PersonParts): number => p.given.filter((g) => g.length > 1).length * 10 + p.given.length;

/** Does `fuller` extend `name` (same surname, its given names spelt out or added, never different ones)? */
function extendsPerson(name: PersonParts, fuller: PersonParts, needFuller: boolean): boolean {
  if (name.surname !== fuller.surname) return false;
  if (needFuller && personFullness(fuller) <= personFullness(name)) return false;
  if (name.given.length === 0) return true;
  const [g, f] = [name.given[0]!, fuller.given[0]];
  if (!f || !givenAgree(g, f) || f.length < g.length) return false;
  // Middle names and initials the shorter form gives must be among the fuller one's, in order.
  let j = 1;
  for (const m of name.given.slice(1)) {
    while (j < fuller.given.length && !givenAgree(m, fuller.given[j]!)) j++;
    if (j >= fuller.given.length || fuller.given[j]!.length < m.length) return false;
    j++;
  }
  return true;
}

/** A thing's name that looks like an acronym: one word of two to eight capitals. */
const isAcronym = (name: string): boolean => /^\p{Lu}{2,8}$/u.test(name.replace(/\./g, '').trim());

/**
 * The name an entity should carry once `names` join it: the fullest proper form among them ("Ana Maria Ruiz" over
 * "Ruiz" or "A. Ruiz"; a long form over its acronym), or null to keep `current`. A title-bearing, capitalised or
 * otherwise junk form never replaces a name; a person's name is taken only when it extends the current one (same
 * surname, given names agreeing), and a current name that is junk or title-bearing gives way to any proper form of it.
 */
export function fullerName(type: string, current: string, names: string[]): string | null {
  let best = current;
  for (const n of names) {
    if (n === best || !properForm(type, n)) continue;
    if (type === 'Person') {
      const x = personParts(best);
      const y = personParts(n);
      if (!y) continue;
      if (!x || extendsPerson(x, y, properForm(type, best))) best = n;
    } else if (isAcronym(best)) {
      const y = normalizeName(n).split(' ').filter(Boolean);
      if (y.length >= 2 && initials(y).includes(normalizeName(best))) best = n;
    }
  }
  return best === current ? null : best;
}
