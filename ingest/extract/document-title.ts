/* Extraction: a document's title — the given one, else the text's title line (first line or Markdown
   heading that reads as a headline), else its first sentence; cut at a word near 100 characters. */

import { cutAtWord } from './cut-at-word.js';
import { splitSentences } from './split-sentences.js';
import { titleLine } from './title-line.js';

export const TITLE_MAX_CHARS = 100;

/** Ends with . ! or ?, possibly inside closing quotes or brackets. */
const ENDS_LIKE_A_SENTENCE = /[.!?]["'’”)\]]*$/;

/** The first full sentence, skipping captions and list items ("Key Points", "- Leaders vow …"). */
function firstSentence(text: string): string {
  const sentences = splitSentences(text);
  const first = (sentences.find((s) => ENDS_LIKE_A_SENTENCE.test(s.text)) ?? sentences[0])?.text ?? text.trim();
  // "… on Monday." reads as a title without its full stop; "U.S." keeps its own.
  return first.replace(/(?<=[\p{Ll}\p{N}"'’”)])\.$/u, '');
}

export function documentTitle(text: string, given?: string | null): string {
  const title = given?.trim() || titleLine(text) || firstSentence(text);
  return cutAtWord(title, TITLE_MAX_CHARS);
}
