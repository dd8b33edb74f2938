/* Extraction: builds one relation draft, oriented as the ontology stores it, credited to its rule. */

import type { ExtractedRelationType, PropertyValue } from '../../ontology/index.js';
import { orientRelation } from '../../ontology/ids.js';
import type { RelationDraft, SentenceView } from './types.js';
import { ruleConfidence } from './rules/rule-confidence.js';

export function relationDraft(
  type: ExtractedRelationType,
  source: string,
  target: string,
  view: SentenceView,
  rule: string,
  properties: Record<string, PropertyValue | undefined> = {},
): RelationDraft | null {
  if (source === target) return null;
  const [s, t] = orientRelation(type, source, target);
  const props: Record<string, PropertyValue> = {};
  for (const [k, v] of Object.entries(properties)) if (v !== undefined && v !== null && v !== '') props[k] = v;
  return { source: s, type, target: t, properties: props, evidence: view.sentence.text, confidence: ruleConfidence(rule), rule };
}
