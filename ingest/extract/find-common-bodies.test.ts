/* Tests: findCommonBodies (public bodies written in lower case). */

import { describe, expect, it } from 'vitest';
import { findCommonBodies } from './find-common-bodies.js';
import { tokenizeSentence } from './tokenize-sentence.js';

const bodies = (text: string): string[] =>
  findCommonBodies(tokenizeSentence({ index: 0, start: 0, end: text.length, text }), text).map((m) => m.name);

describe('findCommonBodies', () => {
  it.each([
    ['Exports will rise, a commerce ministry spokeswoman said.', ['commerce ministry']],
    ['A Danish agriculture ministry official told reporters.', ['Danish agriculture ministry']],
    ['Funds were returned, the Peruvian central bank said.', ['Peruvian central bank']],
    ["Kenya's parliament approved the bill.", ["Kenya's parliament"]],
    ['The bill now goes to the upper house.', ['upper house']],
    ['The ministry said so, and the central bank agreed.', []],
    ['He spoke at the house of a friend.', []],
    ['The foreign affairs ministry issued a note.', ['foreign affairs ministry']],
    ['The affairs ministry issued a note.', []],
  ])('when the sentence is "%s", then the bodies are %j', (text, expected) => {
    expect(bodies(text)).toEqual(expected);
  });
});
