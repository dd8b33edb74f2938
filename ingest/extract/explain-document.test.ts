import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../extract-documents.js';
import { explainDocument, formatExplanation, formatFiring } from './explain-document.js';

const TEXT = 'Canadian Prime Minister Elena Marsh met Mexican President Rosa Quintero in Mexico City on Thursday. The weather was mild.';

describe('explainDocument', () => {
  it('when rules fire, then each draft sits under its numbered sentence with both ends named', () => {
    const explanation = explainDocument(analyzeDocument({ text: TEXT, title: 'Summit' }));
    expect(explanation.sentences.map((s) => [s.number, s.text])).toEqual([
      [1, 'Canadian Prime Minister Elena Marsh met Mexican President Rosa Quintero in Mexico City on Thursday.'],
      [2, 'The weather was mild.'],
    ]);
    const lines = explanation.sentences[0]!.firings.map(formatFiring);
    expect(lines).toContain('office.title-names-country → HOLDS_OFFICE Elena Marsh → Canada {title: Prime Minister}');
    expect(lines.some((l) => /^meeting\.[a-z-]+ → MET_WITH /.test(l))).toBe(true);
    expect(explanation.sentences[1]!.firings).toEqual([]);
    expect(explanation.unplaced).toEqual([]);
  });

  it('when the runner refused a draft, then it is listed under its sentence, marked refused with the reason', () => {
    const analysis = analyzeDocument({ text: TEXT });
    const kept = analysis.run.drafts[0]!;
    analysis.run.refused.push(
      { draft: { ...kept, rule: 'office.no-such-rule' }, reason: 'rule office.no-such-rule is not in the catalogue' },
      { draft: { ...kept, evidence: 'A sentence from elsewhere.' }, reason: 'made up for the test' },
    );
    const explanation = explainDocument(analysis);
    const refused = explanation.sentences[0]!.firings.filter((f) => f.refused);
    expect(refused).toHaveLength(1);
    expect(formatFiring(refused[0]!)).toMatch(
      /^REFUSED office\.no-such-rule → [A-Z_]+ .+ \(rule office\.no-such-rule is not in the catalogue\)$/,
    );
    expect(explanation.unplaced.map((f) => f.refused)).toEqual(['made up for the test']);

    const text = formatExplanation(explanation, 'Summit (summit.txt)');
    const kept1 = explanation.sentences[0]!.firings.length - 1;
    expect(text.split('\n')[0]).toBe(
      `== Summit (summit.txt) · document ${analysis.docId.slice(0, 12)}… · 2 sentences, ${kept1} relations kept, 2 refused`,
    );
    expect(text).toContain('\n[2] The weather was mild.\n[outside any sentence]\n    REFUSED ');
  });
});
