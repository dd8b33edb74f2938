/* Extraction: what each rule did in each sentence of one document — for `extract --explain`. */

import type { PropertyValue } from '../../ontology/index.js';
import type { DocumentAnalysis } from '../extract-documents.js';
import type { RelationDraft } from './types.js';

export interface RuleFiring {
  rule: string;
  type: RelationDraft['type'];
  source: { id: string; name: string };
  target: { id: string; name: string };
  properties: Record<string, PropertyValue>;
  /** Set when the runner refused the draft (undeclared rule, type the rule may not emit, forbidden endpoints). */
  refused?: string;
}

interface SentenceExplanation {
  /** 1-based, in document order. */
  number: number;
  text: string;
  firings: RuleFiring[];
}

export interface DocumentExplanation {
  docId: string;
  sentences: SentenceExplanation[];
  /** Firings whose evidence is no sentence of the document (a rule quoting something else). */
  unplaced: RuleFiring[];
}

/** Every draft a rule returned, kept or refused, under the sentence it was read from. */
export function explainDocument(analysis: DocumentAnalysis): DocumentExplanation {
  const sentences: SentenceExplanation[] = analysis.views.map((v, i) => ({ number: i + 1, text: v.sentence.text, firings: [] }));
  const byText = new Map<string, SentenceExplanation>();
  for (const s of sentences) if (!byText.has(s.text)) byText.set(s.text, s);
  const unplaced: RuleFiring[] = [];
  const end = (id: string): { id: string; name: string } => ({ id, name: analysis.entities.get(id)?.name ?? id });
  const place = (draft: RelationDraft, refused?: string): void => {
    const firing: RuleFiring = {
      rule: draft.rule,
      type: draft.type,
      source: end(draft.source),
      target: end(draft.target),
      properties: draft.properties,
      ...(refused ? { refused } : {}),
    };
    (byText.get(draft.evidence)?.firings ?? unplaced).push(firing);
  };
  for (const draft of analysis.run.drafts) place(draft);
  for (const { draft, reason } of analysis.run.refused) place(draft, reason);
  return { docId: analysis.docId, sentences, unplaced };
}

const value = (v: PropertyValue): string => (Array.isArray(v) ? `[${v.join(', ')}]` : String(v));

/** "office.title-names-country → HOLDS_OFFICE Jane Doe → Canada {title: Prime Minister}". */
export function formatFiring(f: RuleFiring): string {
  const props = Object.entries(f.properties);
  const shown = props.length > 0 ? ` {${props.map(([k, v]) => `${k}: ${value(v)}`).join(', ')}}` : '';
  const line = `${f.rule} → ${f.type} ${f.source.name} → ${f.target.name}${shown}`;
  return f.refused ? `REFUSED ${line} (${f.refused})` : line;
}

/** The explanation as text: a heading, then each numbered sentence with what fired under it. */
export function formatExplanation(explanation: DocumentExplanation, heading: string): string {
  const all = [...explanation.sentences.flatMap((s) => s.firings), ...explanation.unplaced];
  const refused = all.filter((f) => f.refused).length;
  const lines = [
    `== ${heading} · document ${explanation.docId.slice(0, 12)}… · ${explanation.sentences.length} sentences, ${all.length - refused} relations kept, ${refused} refused`,
  ];
  for (const s of explanation.sentences) {
    lines.push(`[${s.number}] ${s.text.replace(/\s+/g, ' ')}`);
    for (const f of s.firings) lines.push(`    ${formatFiring(f)}`);
  }
  if (explanation.unplaced.length > 0) {
    lines.push('[outside any sentence]');
    for (const f of explanation.unplaced) lines.push(`    ${formatFiring(f)}`);
  }
  return lines.join('\n');
}
