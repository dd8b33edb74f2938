/* Core/curation: one decision in words for the History list — a title and a line, from the kind and the payload the API stores. */

import type { DecisionResponse, GraphEdge } from '../../../../ontology/api-types.js';

export interface DecisionText {
  title: string;
  line: string;
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** `nameOf`: an entity's name where the caller knows it (the view graph), else its id. */
export function describeDecision(d: Pick<DecisionResponse, 'kind' | 'payload'>, nameOf: (id: string) => string = (id) => id): DecisionText {
  const p = d.payload;
  const named = (value: unknown): string => (text(value) ? nameOf(text(value)!) : '?');
  switch (d.kind) {
    case 'merge': {
      const names = list(p.names);
      return { title: 'Merge', line: `${(names.length ? names : list(p.from).map(nameOf)).join(', ')} → ${named(p.into)}` };
    }
    case 'keep-apart':
      return { title: 'Keep apart', line: (list(p.names).length ? list(p.names) : list(p.ids).map(nameOf)).join(' ≠ ') };
    case 'review': {
      const verdict = text(p.verdict);
      const line = `${named(p.source)} → ${named(p.target)}${text(p.note) ? ` · “${text(p.note)}”` : ''}`;
      return { title: verdict === 'rejected' ? 'Reject' : verdict === 'confirmed' ? 'Confirm' : 'Review', line };
    }
    case 'edit': {
      const who = text(p.previousName) ?? named(p.id);
      const parts = [
        text(p.name) && text(p.name) !== who ? `renamed to “${text(p.name)}”` : null,
        text(p.type) ? `type ${text(p.type)}${text(p.newId) ? ` (now ${text(p.newId)})` : ''}` : null,
        ...list(p.addAliases).map((a) => `+ alias “${a}”`),
        ...list(p.removeAliases).map((a) => `− alias “${a}”`),
      ].filter(Boolean);
      return { title: 'Edit', line: `${who}: ${parts.join(', ') || 'no change'}` };
    }
    default:
      return { title: String(d.kind), line: JSON.stringify(p) };
  }
}

/** The review state an edge carries: confirmed edges get a mark, rejected ones leave the view. */
export function reviewOf(edge: GraphEdge): 'confirmed' | 'rejected' | null {
  return edge.review === 'confirmed' || edge.review === 'rejected' ? edge.review : null;
}
