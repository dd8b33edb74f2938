/* Core/curation: the review walk — keys move, decide only what fits the item, focus the next open item, undo the last decision. */

import { describe, expect, it } from 'vitest';
import { commandFor, moveTo, openCount, recordDecision, recordUndo, startWalk } from './review-walk.js';

const relations = () =>
  startWalk([
    { key: 'rel:1', kind: 'relation' },
    { key: 'rel:2', kind: 'relation' },
    { key: 'rel:3', kind: 'relation' },
  ]);

describe('review walk', () => {
  it('when j and k are pressed, then the focus moves and stops at both ends', () => {
    let state = relations();
    expect(commandFor(state, 'k')).toEqual({ type: 'move', focus: 0 });
    const down = commandFor(state, 'j');
    expect(down).toEqual({ type: 'move', focus: 1 });
    state = moveTo(state, 2);
    expect(commandFor(state, 'j')).toEqual({ type: 'move', focus: 2 });
  });

  it('when a or r is pressed on a relationship, then it asks to confirm or reject the focused item', () => {
    const state = moveTo(relations(), 1);
    expect(commandFor(state, 'a')).toEqual({ type: 'decide', action: 'confirm', index: 1 });
    expect(commandFor(state, 'r')).toEqual({ type: 'decide', action: 'reject', index: 1 });
  });

  it('when a duplicate key is pressed on a relationship (or the reverse), then nothing is asked and the reason names the right keys', () => {
    expect(commandFor(relations(), 'm')).toMatchObject({ type: 'none', reason: expect.stringContaining('a confirms') });
    const pairs = startWalk([{ key: 'a|b', kind: 'duplicate' }]);
    expect(commandFor(pairs, 'a')).toMatchObject({ type: 'none', reason: expect.stringContaining('m merges') });
    expect(commandFor(pairs, 'm')).toEqual({ type: 'decide', action: 'merge', index: 0 });
    expect(commandFor(pairs, 's')).toEqual({ type: 'decide', action: 'keep-apart', index: 0 });
  });

  it('when a decision is recorded, then the item is marked and the focus goes to the next open item', () => {
    let state = recordDecision(relations(), 0, 'confirm', 'd1');
    expect(state.items[0]).toMatchObject({ outcome: 'confirmed', decisionId: 'd1' });
    expect(state.focus).toBe(1);
    state = recordDecision(moveTo(state, 2), 2, 'reject', 'd2');
    // Nothing open after the last item: the focus stays on it.
    expect(state.focus).toBe(2);
    expect(openCount(state)).toBe(1);
    expect(commandFor(state, 'a')).toMatchObject({ type: 'none', reason: expect.stringContaining('Already rejected') });
  });

  it('when u is pressed, then the newest decision of the walk is undone and its item is open and focused again', () => {
    expect(commandFor(relations(), 'u')).toMatchObject({ type: 'none' });
    let state = recordDecision(relations(), 0, 'confirm', 'd1');
    state = recordDecision(state, 1, 'reject', 'd2');
    expect(commandFor(state, 'u')).toEqual({ type: 'undo', key: 'rel:2', decisionId: 'd2' });
    state = recordUndo(state, 'd2');
    expect(state.items[1]).toMatchObject({ outcome: null, decisionId: null });
    expect(state.focus).toBe(1);
    expect(commandFor(state, 'u')).toEqual({ type: 'undo', key: 'rel:1', decisionId: 'd1' });
  });

  it('when the queue is empty, then every key is a no-op', () => {
    const empty = startWalk([]);
    for (const key of ['j', 'k', 'a', 'r', 'm', 's', 'u']) expect(commandFor(empty, key).type).toBe('none');
  });
});
