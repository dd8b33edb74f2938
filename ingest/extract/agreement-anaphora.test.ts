import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../extract-documents.js';
import { sentenceUnits } from './sentence-units.js';
import { withAgreementAnaphora } from './agreement-anaphora.js';
import { documentAgreement } from './document-facts.js';

const unitsOf = (text: string) => {
  const { views } = analyzeDocument({ text });
  return { views, units: withAgreementAnaphora(views, views.map(sentenceUnits), documentAgreement(views)) };
};
const agreementUnits = (text: string) =>
  unitsOf(text)
    .units.flat()
    .filter((u) => u.mention?.type === 'Agreement')
    .map((u) => u.text);

describe('agreement anaphora', () => {
  it('reads "the accord" after the agreement the document names most as that agreement', () => {
    const text =
      'Peru signed the Pacific Fisheries Agreement in May. The Pacific Fisheries Agreement sets quotas. Bolivia said the accord was fair.';
    expect(agreementUnits(text)).toEqual(['Pacific Fisheries Agreement', 'Pacific Fisheries Agreement', 'the accord']);
    const { views } = unitsOf(text);
    expect(documentAgreement(views)).toBe('agreement:pacific-fisheries-agreement');
  });

  it('leaves a described deal, a deal before the name, and a document of two equal deals alone', () => {
    expect(
      agreementUnits(
        'The Pacific Fisheries Agreement was signed. The Pacific Fisheries Agreement sets quotas. The deal with Chile on steel is separate.',
      ),
    ).not.toContain('the deal');
    expect(
      agreementUnits(
        'Peru said the accord was fair. The Pacific Fisheries Agreement was signed. The Pacific Fisheries Agreement sets quotas.',
      ),
    ).not.toContain('the accord');
    expect(
      agreementUnits('The Pacific Fisheries Agreement was signed. The Andes Water Accord was signed. Peru said the accord was fair.'),
    ).not.toContain('the accord');
  });
});
