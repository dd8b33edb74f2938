/* Extraction: the one matcher — declarative patterns over a sentence's units (tokens and typed mentions), as spaCy's Matcher. */

import type { PrimaryEntityLabel } from '../../ontology/index.js';
import type { Unit } from './sentence-units.js';

type OneOrMany<T> = T | readonly T[];

/** What one unit must be. Every given field must hold; `not` must not. */
export interface UnitTest {
  /** An entity mention of this type (or one of these types). */
  type?: OneOrMany<PrimaryEntityLabel>;
  /** Any entity mention (`true`) or any plain token (`false`). */
  entity?: boolean;
  /** The unit's lemma, or its lower-cased form, is one of these. */
  lemma?: OneOrMany<string>;
  lower?: OneOrMany<string>;
  pos?: OneOrMany<string>;
  /** Starts with a capital letter. */
  cap?: boolean;
  /** A mention that carries an office cue ("Trade Minister Ana Ruiz"). */
  office?: boolean;
  /** The unit must pass none of these. */
  not?: UnitTest | readonly UnitTest[];
}

/** One step of a pattern: a unit test, or a sub-sequence; optionally repeated and captured. */
export type Step = (UnitTest | { seq: readonly Step[] }) & {
  /** `?` optional, `*` zero or more, `+` one or more (greedy, at most `max`, default 6). */
  op?: '?' | '*' | '+';
  max?: number;
  /** Capture name: the mention units this step matched are collected under it. */
  as?: string;
};

export type Pattern = readonly Step[];

export interface PatternMatch {
  start: number;
  /** Index after the last unit matched. */
  end: number;
  captures: Record<string, Unit[]>;
}

const has = <T>(want: OneOrMany<T> | undefined, value: T): boolean =>
  want === undefined || (Array.isArray(want) ? (want as readonly T[]).includes(value) : want === value);

export function unitPasses(test: UnitTest, u: Unit): boolean {
  if (test.entity !== undefined && test.entity !== Boolean(u.mention)) return false;
  if (test.type !== undefined && (!u.mention || !has(test.type, u.mention.type))) return false;
  // A lemma test also accepts the word's own form: the tagger leaves capitalised words ("Talks") unlemmatized.
  if (test.lemma !== undefined && !has(test.lemma, u.lemma) && !has(test.lemma, u.lower)) return false;
  if (!has(test.lower, u.lower) || !has(test.pos, u.pos)) return false;
  if (test.cap !== undefined && test.cap !== /^\p{Lu}/u.test(u.text)) return false;
  if (test.office !== undefined && test.office !== Boolean(u.mention?.office)) return false;
  if (test.not && (Array.isArray(test.not) ? (test.not as readonly UnitTest[]) : [test.not as UnitTest]).some((t) => unitPasses(t, u)))
    return false;
  return true;
}

type Captures = Record<string, Unit[]>;

function capture(caps: Captures, name: string | undefined, units: readonly Unit[]): Captures {
  if (!name) return caps;
  const mentions = units.filter((u) => u.mention);
  return mentions.length ? { ...caps, [name]: [...(caps[name] ?? []), ...mentions] } : caps;
}

/** Every way `steps[i..]` matches `units` from `at`: end index and captures, longest first. */
function* matchFrom(steps: readonly Step[], i: number, units: readonly Unit[], at: number, caps: Captures): Generator<[number, Captures]> {
  if (i === steps.length) {
    yield [at, caps];
    return;
  }
  const step = steps[i]!;
  const min = step.op === '+' ? 1 : step.op === undefined ? 1 : 0;
  const max = step.op === '?' || step.op === undefined ? 1 : (step.max ?? 6);
  // Each repetition of the step, greedy: try the most repetitions first.
  function* repeat(n: number, pos: number, c: Captures): Generator<[number, Captures]> {
    if (n < max) {
      // A required repetition may match nothing (a sub-sequence of optional steps); an optional one must advance.
      for (const [next, c2] of once(step, units, pos, c)) if (next > pos || n < min) yield* repeat(n + 1, next, c2);
    }
    if (n >= min) yield* matchFrom(steps, i + 1, units, pos, c);
  }
  yield* repeat(0, at, caps);
}

function* once(step: Step, units: readonly Unit[], at: number, caps: Captures): Generator<[number, Captures]> {
  if ('seq' in step) {
    for (const [end, c] of matchFrom(step.seq, 0, units, at, caps)) yield [end, capture(c, step.as, [])];
    return;
  }
  const u = units[at];
  if (u && unitPasses(step, u)) yield [at + 1, capture(caps, step.as, [u])];
}

/**
 * Every match of the pattern in the units: at each start, the first (longest, greedy) way it
 * matches. Matches may overlap; a caller that emits relations deduplicates them.
 */
export function matchPattern(pattern: Pattern, units: readonly Unit[]): PatternMatch[] {
  const out: PatternMatch[] = [];
  const first = pattern[0];
  for (let s = 0; s < units.length; s++) {
    if (first && !('seq' in first) && first.op === undefined && !unitPasses(first, units[s]!)) continue;
    const it = matchFrom(pattern, 0, units, s, {}).next();
    if (!it.done) {
      const [end, captures] = it.value;
      if (end > s) out.push({ start: s, end, captures });
    }
  }
  return out;
}
