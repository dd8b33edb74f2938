/* Extraction rules: modality and negation — a construction in a clause that is not asserted as having happened yields nothing. */

import type { PatternMatch } from '../match-pattern.js';
import type { Unit } from '../sentence-units.js';

/** Negation cues (lemmas). */
const NEGATION = new Set([
  'not',
  "n't",
  'never',
  'no',
  'neither',
  'nor',
  'without',
  'deny',
  'refuse',
  'decline',
  'fail',
  'reject',
  'cancel',
  'postpone',
]);
/** Modal and prospective cues: the event is planned, expected, possible, sought or threatened. */
const MODAL = new Set([
  'will',
  "'ll",
  'would',
  'could',
  'may',
  'might',
  'shall',
  'should',
  'must',
  'plan',
  'planned',
  'expect',
  'expected',
  'due',
  'schedule',
  'scheduled',
  'intend',
  'hope',
  'propose',
  'threaten',
  'seek',
  'want',
  'consider',
  'aim',
  'prepare',
  'likely',
  'possible',
  'if',
  'unless',
  'whether',
  'urge',
  'ask',
  'call',
  'invite',
]);

/** Cues this far before a match still govern it ("plans to meet", "is expected to visit"). */
const LOOKBEHIND = 3;

/**
 * True when a negation or modality cue sits among the match's plain tokens, or just before it
 * within the same clause (no comma or full stop between).
 */
export function isIrrealis(units: readonly Unit[], m: PatternMatch): boolean {
  for (let i = m.start; i < m.end; i++) {
    const u = units[i]!;
    if (!u.mention && (NEGATION.has(u.lemma) || MODAL.has(u.lemma))) return true;
  }
  for (let i = m.start - 1; i >= Math.max(0, m.start - LOOKBEHIND); i--) {
    const u = units[i]!;
    if (u.mention || /^[,;:.()]$/.test(u.text)) break;
    if (NEGATION.has(u.lemma) || MODAL.has(u.lemma)) return true;
  }
  return false;
}
