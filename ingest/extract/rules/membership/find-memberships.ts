/* Extraction stage 5h: MEMBER_OF — "X is a member of Y", "X joined Y", "…, of which X is not a member". */

import { defineFamily, ruleSpecs } from '../rule-family.js';
import specs from './rules.json' with { type: 'json' };
import type { RelationContext, RelationDraft, ResolvedMention, SentenceView } from '../../types.js';
import { relationDraft } from '../../relation-draft.js';
import { NEGATION, textBetween } from '../../sentence-lookup.js';
import { COUNTRY_PAIR, countryPairAt } from '../../find-country-pair.js';
import { isBloc } from '../../document-facts.js';

const PAIR_SUBJECT = new RegExp(String.raw`\b${COUNTRY_PAIR}\s*$`, 'i');

const GROUPS = ['Organization', 'Agreement'] as const;
const MEMBERS = ['Country', 'Organization'] as const;

/** The countries coordinated right before `at`: "Vietnam and Malaysia are both members of". */
function subjects(view: SentenceView, at: number): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  let cursor = at;
  const candidates = view.mentions.filter((m) => (MEMBERS as readonly string[]).includes(m.type) && m.end <= at && m.form !== 'demonym');
  for (const m of candidates.reverse()) {
    const gap = textBetween(view, m.end, cursor);
    if (out.length === 0 ? gap.length > 60 || /[;:]/.test(gap) : !/^\s*(,|and|, and)\s*(the\s+)?$/.test(gap)) break;
    out.unshift(m);
    cursor = m.start;
  }
  return out;
}

/** The countries listed from `from` on: "Chile, Peru, …, Colombia and Mexico". */
function listAfter(view: SentenceView, from: number): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  let cursor = from;
  for (const m of view.mentions.filter((x) => x.start >= from)) {
    if (m.type !== 'Country' || m.form === 'demonym') break;
    const gap = textBetween(view, cursor, m.start);
    if (out.length === 0 ? !/^\s*(?:the\s+)?$/.test(gap) : !/^\s*(?:,|and|, and)\s*(?:the\s+)?$/.test(gap)) break;
    out.push(m);
    cursor = m.end;
  }
  return out;
}

const ANAPHORIC_BLOC =
  /\b(?:joined|joins|(?:is|are|was|were|became|become)\s+(?:both\s+|all\s+|also\s+)?(?:a\s+|an\s+)?(?:founding\s+|full\s+|new\s+)?members?\s+of)\s+the\s+(?:[\w-]+-(?:nation|member|country)\s+)?(?:community|bloc|group|grouping|alliance|union|cartel)\b/gi;

function findMemberships({ views, entities, officeCountry }: RelationContext): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  let lastBloc: ResolvedMention | undefined;
  const blocs = views.flatMap((v) => v.mentions.filter((m) => isBloc(m, entities)));
  for (const view of views) {
    // "joined the community", "members of the 12-nation bloc": the bloc the document named last.
    for (const cue of view.sentence.text.matchAll(ANAPHORIC_BLOC)) {
      const at = view.sentence.start + cue.index;
      // The noun picks the bloc when one is so named ("the community" → "European Community").
      const noun = /(community|union|group|alliance|council)\b/i.exec(cue[0])?.[1]?.toLowerCase();
      const named = noun
        ? blocs
            .filter(
              (b) =>
                (entities.get(b.entityId)?.name ?? '').toLowerCase().includes(noun) && (b.sentence < view.sentence.index || b.end <= at),
            )
            .pop()
        : undefined;
      const bloc = named ?? view.mentions.filter((m) => m.end <= at && isBloc(m, entities)).pop() ?? lastBloc;
      const before = textBetween(view, view.sentence.start, at);
      if (
        !bloc ||
        NEGATION.test(cue[0]) ||
        /\b(?:not|never|no longer)\s*$/i.test(before) ||
        /\b(appl\w+|seek\w*|want\w*|bid|plans?|hopes?|aims?|asked|wish\w*|trying|tries)\s+to\s*$/i.test(before)
      )
        continue;
      for (const m of subjects(view, at).filter((x) => x.type === 'Country')) {
        const d = relationDraft('MEMBER_OF', m.entityId, bloc.entityId, view, 'membership.anaphoric-bloc');
        if (d) drafts.push(d);
      }
    }
    for (const m of view.mentions) {
      if (!isBloc(m, entities)) continue;
      lastBloc = m;
      // "ASEAN members Vietnam, Laos and Cambodia", "OPEC member Nigeria".
      const apposed = /^\s+members?\s+/.exec(textBetween(view, m.end, view.sentence.end));
      if (apposed)
        for (const c of listAfter(view, m.end + apposed[0].length)) {
          const d = relationDraft('MEMBER_OF', c.entityId, m.entityId, view, 'membership.bloc-member-named');
          if (d) drafts.push(d);
        }
      // "the Ravel Group of 9 exporters, to which Chile and Kenya belong".
      const toWhich = /^[^.;]{0,80}?,\s*to which\s+([^.;]{1,80}?)\s+belongs?\b/.exec(textBetween(view, m.end, view.sentence.end));
      if (toWhich) {
        const from = m.end + toWhich[0].length - toWhich[1]!.length - /\s+belongs?$/.exec(toWhich[0])![0].length;
        for (const c of view.mentions.filter(
          (x) => x.type === 'Country' && x.form !== 'demonym' && x.start >= from && x.end <= m.end + toWhich[0].length,
        )) {
          const d = relationDraft('MEMBER_OF', c.entityId, m.entityId, view, 'membership.to-which-belong');
          if (d) drafts.push(d);
        }
      }
    }
    // "As a member of the GATT, India …": the subject after the comma.
    const asMember = /^(?:As|Being)\s+(?:a\s+)?(?:founding\s+|full\s+)?members?\s+of\s+(?:the\s+)?/.exec(view.sentence.text);
    if (asMember) {
      const group = view.mentions.find(
        (m) => (m.type === 'Organization' || m.type === 'Agreement') && m.start === view.sentence.start + asMember[0].length,
      );
      const subject =
        group &&
        view.mentions.find(
          (m) =>
            m.type === 'Country' &&
            m.form !== 'demonym' &&
            m.start > group.end &&
            /^(?:\s*\([^)]*\))?\s*,\s*(?:the\s+)?$/.test(textBetween(view, group.end, m.start)),
        );
      if (group && subject) {
        const d = relationDraft('MEMBER_OF', subject.entityId, group.entityId, view, 'membership.as-member-of');
        if (d) drafts.push(d);
      }
    }
  }
  const push = (a: ResolvedMention, b: ResolvedMention, view: SentenceView, rule: string): void => {
    const d = relationDraft('MEMBER_OF', a.entityId, b.entityId, view, rule);
    if (d && !(a.type === 'Country' && b.type === 'Organization' && a.entityId === b.entityId)) drafts.push(d);
  };
  let previousGroup: ResolvedMention | undefined;
  for (const [index, view] of views.entries()) {
    let listed: { members: string[]; end: number } | undefined;
    // "… across a bloc that includes A, B and C": the bloc is the group named just before.
    const bloc =
      /\b(?:bloc|pact|group|grouping|alliance|union|partnership)\s+(?:that|which)\s+(?:also\s+)?(?:includes?|comprises?)\s+/.exec(
        view.sentence.text,
      );
    if (bloc && previousGroup && !view.mentions.some((m) => m.type === 'Agreement' || m.type === 'Organization')) {
      const from = view.sentence.start + bloc.index + bloc[0].length;
      for (const m of view.mentions.filter((x) => x.type === 'Country' && x.form !== 'demonym' && x.start >= from))
        push(m, previousGroup, view, 'membership.bloc-includes');
    }
    previousGroup = view.mentions.filter((m) => m.type === 'Agreement' || m.type === 'Organization').pop() ?? previousGroup;
    const groups = view.mentions.filter((m) => (GROUPS as readonly string[]).includes(m.type));
    if (groups.length === 0) continue;
    // "Tavares urged that other EU countries …": the speaker's country is one of the bloc's members.
    for (const g of groups.filter((x) => x.type === 'Organization')) {
      const other = /\bother\s+(?:fellow\s+)?$/i.exec(textBetween(view, view.sentence.start, g.start));
      if (
        !other ||
        !/^\s+(?:member\s+)?(?:countries|members|member states|states|nations|governments)\b/i.test(
          textBetween(view, g.end, view.sentence.end),
        )
      )
        continue;
      const at = view.sentence.start + other.index;
      const speaker = view.mentions
        .filter((m) => (m.type === 'Person' || (m.type === 'Country' && m.form !== 'demonym')) && m.end <= at)
        .pop();
      if (!speaker || /[,;]/.test(textBetween(view, speaker.end, at)) || at - speaker.end > 40) continue;
      const country = speaker.type === 'Country' ? speaker.entityId : officeCountry.get(speaker.entityId);
      const d = country ? relationDraft('MEMBER_OF', country, g.entityId, view, 'membership.other-bloc-members') : null;
      if (d && country !== g.entityId) drafts.push(d);
    }
    for (const g of groups) {
      const before = textBetween(view, view.sentence.start, g.start);
      // "Canada and Mexico, partners in the North American Free Trade Agreement": parties.
      const partners =
        g.type === 'Agreement' &&
        /,?\s*(?:(?:are|were|remain|have been)\s+)?(?:also\s+)?(?:both\s+)?(?:partners|parties|signatories)(?:\s+with\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?\s+(?:in|to|of)\s+(?:the\s+)?$/iu.exec(
          before,
        );
      if (partners) {
        const at = view.sentence.start + partners.index;
        const named = subjects(view, at)
          .filter((x) => x.type === 'Country')
          .map((x) => x.entityId);
        // "The two countries are also partners in the …": the article's two countries.
        const pair =
          named.length === 0 &&
          new RegExp(String.raw`\b${COUNTRY_PAIR}(?:\s+(?:are|were|remain|have been)(?:\s+also|\s+both)?)?\s*$`, 'i').test(
            textBetween(view, view.sentence.start, at),
          )
            ? countryPairAt(views, index, at)
            : null;
        // "…, partners with Mexico in the …": the partner named in the phrase is a party too.
        const withWhom = view.mentions
          .filter((x) => x.type === 'Country' && x.form !== 'demonym' && x.start >= at && x.end <= g.start)
          .map((x) => x.entityId);
        for (const id of new Set([...(pair ?? named), ...withWhom])) {
          const d = relationDraft(
            'PARTY_TO',
            id,
            g.entityId,
            view,
            pair ? 'membership.country-pair-partners-in' : 'membership.partners-in',
          );
          if (d) drafts.push(d);
        }
        continue;
      }
      const cue =
        /\b(?:is|are|was|were|became|become|remains?|as)\s+(?:not\s+|no longer\s+|never\s+)?(?:both\s+|also\s+|all\s+)?(?:a\s+|an\s+|the\s+\w+\s+)?(?:founding\s+|full\s+|new\s+)?members?\s+of\s+(?:the\s+)?$|\b(?:joined|joins|join|belongs? to|ratified|acceded to)\s+(?:the\s+)?$/i.exec(
          before,
        );
      if (cue) {
        const at = view.sentence.start + cue.index;
        if (NEGATION.test(cue[0]) || /\b(withdr[ae]w|left|quit)\b/.test(cue[0])) continue;
        if (/\b(appl\w+|seek\w*|want\w*|bid|plans?|hopes?|aims?|asked|wish\w*|trying|tries)\s+to\s+join/i.test(before)) continue;
        // "Both countries are members of Y": the two countries the article is about, not the ones just named.
        const pair = PAIR_SUBJECT.test(textBetween(view, view.sentence.start, at)) ? countryPairAt(views, index, at) : null;
        const named = pair ? [] : subjects(view, at);
        for (const m of named) push(m, g, view, 'membership.member-of');
        for (const id of pair ?? []) {
          const d = relationDraft('MEMBER_OF', id, g.entityId, view, 'membership.country-pair-member-of');
          if (d) drafts.push(d);
        }
        const members = pair ?? named.filter((m) => m.type === 'Country').map((m) => m.entityId);
        // A member of an agreement is a party to it, and so are those it is a member "with".
        if (g.type === 'Agreement') {
          const rest = textBetween(view, g.end, view.sentence.end);
          const w = /^(?:\s*\([^)]*\))?\s+(?:along\s+)?with\s+(?:the\s+)?/.exec(rest);
          const partners = w
            ? view.mentions.filter(
                (x) =>
                  x.type === 'Country' &&
                  x.form !== 'demonym' &&
                  x.start >= g.end + w[0].length &&
                  x.start < g.end + w[0].length + 50 &&
                  !/[,;]\s*(?:and\s+)?(?:both|the two|which|who)\b/.test(textBetween(view, g.end, x.start)),
              )
            : [];
          for (const id of new Set([...members, ...partners.map((x) => x.entityId)])) {
            const d = relationDraft('PARTY_TO', id, g.entityId, view, 'membership.agreement-member-party');
            if (d) drafts.push(d);
          }
        }
        listed = { members: pair ?? named.map((m) => m.entityId), end: g.end };
        continue;
      }
      // "… members of A and of B": B has the same members as A.
      if (
        listed &&
        /^(?:\s+(?:forum|bloc|group|grouping))?\s*(?:,|and|, and)\s+(?:of\s+)?(?:the\s+)?$/.test(textBetween(view, listed.end, g.start))
      ) {
        for (const id of listed.members) {
          const d = relationDraft('MEMBER_OF', id, g.entityId, view, 'membership.members-of-a-and-b');
          if (d) drafts.push(d);
        }
        listed.end = g.end;
        continue;
      }
      // "under the Free Trade Agreement between Vietnam and Chile": both are parties.
      if (g.type === 'Agreement') {
        const rest = textBetween(view, g.end, view.sentence.end);
        const b = /^(?:\s*\([^)]*\))?\s+between\s+/.exec(rest);
        const pair = b
          ? view.mentions.filter(
              (x) => x.type === 'Country' && x.form !== 'demonym' && x.start >= g.end + b[0].length && x.start < g.end + b[0].length + 60,
            )
          : [];
        if (pair.length >= 2 && /^\s*and\s+(?:the\s+)?$/.test(textBetween(view, pair[0]!.end, pair[1]!.start))) {
          for (const m of pair.slice(0, 2)) {
            const d = relationDraft('PARTY_TO', m.entityId, g.entityId, view, 'membership.agreement-between');
            if (d) drafts.push(d);
          }
          continue;
        }
      }
      // "Y, of which X is not a member": the other countries named before Y are members, X is not.
      const after = textBetween(view, g.end, view.sentence.end);
      const ofWhich =
        /^(?:\s*\([^)]*\))?,?\s*(?:of which|which)\s+(.{1,40}?)\s+(is|are)\s+(not\s+)?(?:a\s+|an\s+)?(?:founding\s+|full\s+|original\s+|new\s+)?members?\b/.exec(
          after,
        );
      if (ofWhich) {
        const named = view.mentions
          .filter((m) => m.type === 'Country' && m.start > g.end && m.end <= g.end + ofWhich[0].length)
          .map((m) => m.entityId);
        if (!ofWhich[3])
          for (const id of new Set(named))
            push(
              view.mentions.find((m) => m.entityId === id)!,
              g,
              view,
              'membership.of-which-member',
            );
        else {
          const others = view.mentions.filter(
            (m) => m.type === 'Country' && m.form !== 'demonym' && m.end <= g.start && !named.includes(m.entityId),
          );
          for (const m of others) push(m, g, view, 'membership.of-which-not-others');
        }
        continue;
      }
      // "Y, which also includes A, B and C" / "a bloc that includes A".
      const includes = /^(?:\s*\([^)]*\))?(?:,[^,.;]{0,50})?,?\s*(?:which|that)\s+(?:also\s+)?(?:includes?|comprises?|groups?)\s+/.exec(
        after,
      );
      if (includes) {
        for (const m of view.mentions.filter(
          (x) => x.type === 'Country' && x.form !== 'demonym' && x.start > g.end && x.start < g.end + includes[0].length + 80,
        ))
          push(m, g, view, 'membership.which-includes');
      }
    }
  }
  return drafts;
}

export const membershipRules = defineFamily({ family: 'membership', rules: ruleSpecs(specs), find: findMemberships });
