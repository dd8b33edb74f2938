/*
 * Core/curation: the Review tab's keyboard walk as a pure state machine — which key means what on
 * which item, where the focus goes after a decision, and what `u` undoes. No DOM, no requests.
 */

export type ReviewItemKind = 'relation' | 'duplicate';
export type ReviewAction = 'confirm' | 'reject' | 'merge' | 'keep-apart';
type ReviewOutcome = 'confirmed' | 'rejected' | 'merged' | 'kept-apart';

interface WalkItem {
  /** The relation id, or the pair of entity ids of a duplicate candidate. */
  key: string;
  kind: ReviewItemKind;
  outcome: ReviewOutcome | null;
  decisionId: string | null;
}

export interface WalkState {
  items: WalkItem[];
  focus: number;
  /** Decisions made in this walk, newest last: what `u` undoes. */
  made: { key: string; decisionId: string }[];
}

export type WalkCommand =
  | { type: 'move'; focus: number }
  | { type: 'decide'; action: ReviewAction; index: number }
  | { type: 'undo'; key: string; decisionId: string }
  | { type: 'none'; reason: string };

/** The keys the walk answers, in the order the help line lists them. */
export const REVIEW_KEYS: { key: string; label: string }[] = [
  { key: 'j', label: 'next' },
  { key: 'k', label: 'previous' },
  { key: 'a', label: 'confirm' },
  { key: 'r', label: 'reject' },
  { key: 'm', label: 'merge' },
  { key: 's', label: 'keep apart' },
  { key: 'u', label: 'undo' },
];

const ACTION_BY_KEY: Record<string, ReviewAction> = { a: 'confirm', r: 'reject', m: 'merge', s: 'keep-apart' };
const KIND_OF_ACTION: Record<ReviewAction, ReviewItemKind> = {
  confirm: 'relation',
  reject: 'relation',
  merge: 'duplicate',
  'keep-apart': 'duplicate',
};
const OUTCOME_OF_ACTION: Record<ReviewAction, ReviewOutcome> = {
  confirm: 'confirmed',
  reject: 'rejected',
  merge: 'merged',
  'keep-apart': 'kept-apart',
};

export function startWalk(items: { key: string; kind: ReviewItemKind }[]): WalkState {
  return { items: items.map((i) => ({ key: i.key, kind: i.kind, outcome: null, decisionId: null })), focus: 0, made: [] };
}

/** What a key press asks for; the caller runs it (a request for `decide`/`undo`) and reports back. */
export function commandFor(state: WalkState, key: string): WalkCommand {
  const count = state.items.length;
  if (key === 'j' || key === 'ArrowDown')
    return count ? { type: 'move', focus: Math.min(count - 1, state.focus + 1) } : { type: 'none', reason: 'The queue is empty.' };
  if (key === 'k' || key === 'ArrowUp')
    return count ? { type: 'move', focus: Math.max(0, state.focus - 1) } : { type: 'none', reason: 'The queue is empty.' };
  if (key === 'u') {
    const last = state.made[state.made.length - 1];
    return last
      ? { type: 'undo', key: last.key, decisionId: last.decisionId }
      : { type: 'none', reason: 'Nothing to undo in this review.' };
  }
  const action = ACTION_BY_KEY[key];
  if (!action) return { type: 'none', reason: '' };
  const item = state.items[state.focus];
  if (!item) return { type: 'none', reason: 'The queue is empty.' };
  if (item.outcome) return { type: 'none', reason: `Already ${item.outcome.replace('-', ' ')}: press u to undo it first.` };
  if (item.kind !== KIND_OF_ACTION[action])
    return {
      type: 'none',
      reason: item.kind === 'relation' ? 'On a relationship: a confirms, r rejects.' : 'On a duplicate pair: m merges, s keeps apart.',
    };
  return { type: 'decide', action, index: state.focus };
}

export function moveTo(state: WalkState, focus: number): WalkState {
  return { ...state, focus: Math.max(0, Math.min(state.items.length - 1, focus)) };
}

/** A decision was stored: mark the item and move on to the next undecided one (or stay at the end). */
export function recordDecision(state: WalkState, index: number, action: ReviewAction, decisionId: string): WalkState {
  const target = state.items[index];
  if (!target) return state;
  const items = state.items.map((item, i) => (i === index ? { ...item, outcome: OUTCOME_OF_ACTION[action], decisionId } : item));
  const next = items.findIndex((item, i) => i > index && !item.outcome);
  return { items, focus: next >= 0 ? next : index, made: [...state.made, { key: target.key, decisionId }] };
}

/** A decision was undone: the item is open again and focused. */
export function recordUndo(state: WalkState, decisionId: string): WalkState {
  const index = state.items.findIndex((item) => item.decisionId === decisionId);
  const items = state.items.map((item, i) => (i === index ? { ...item, outcome: null, decisionId: null } : item));
  return { items, focus: index >= 0 ? index : state.focus, made: state.made.filter((m) => m.decisionId !== decisionId) };
}

export const openCount = (state: WalkState): number => state.items.filter((i) => !i.outcome).length;
