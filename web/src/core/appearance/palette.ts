/* Core/appearance: one colour per entity type and per relationship type (colour-blind-aware, readable on white). */

const TYPE_COLORS: Record<string, string> = {
  Person: '#2563eb',
  Country: '#dc2626',
  Organization: '#7c3aed',
  Agreement: '#059669',
  Tariff: '#ea580c',
  Place: '#0891b2',
  Event: '#ca8a04',
  Product: '#db2777',
  Document: '#64748b',
};

const RELATION_COLORS: Record<string, string> = {
  HOLDS_OFFICE: '#60a5fa',
  AFFILIATED_WITH: '#a78bfa',
  SIGNED: '#34d399',
  PARTY_TO: '#10b981',
  MEMBER_OF: '#818cf8',
  IMPOSES: '#f97316',
  TARGETS: '#ef4444',
  ON_PRODUCT: '#f472b6',
  MET_WITH: '#3b82f6',
  VISITED: '#22d3ee',
  TRADES_WITH: '#f59e0b',
  FUNDS: '#84cc16',
  LOCATED_IN: '#94a3b8',
  PART_OF: '#14b8a6',
  REVIEWS: '#eab308',
  MENTIONED_IN: '#cbd5e1',
};

/** Symmetric relations are drawn without an arrowhead. */
export const UNDIRECTED_RELATIONS = new Set(['MET_WITH', 'TRADES_WITH']);

const COMMUNITY_COLORS = [
  '#2563eb',
  '#dc2626',
  '#059669',
  '#ea580c',
  '#7c3aed',
  '#0891b2',
  '#ca8a04',
  '#db2777',
  '#4d7c0f',
  '#9333ea',
  '#0f766e',
  '#b91c1c',
];

export function typeColor(type: string): string {
  return TYPE_COLORS[type] ?? '#94a3b8';
}

export function relationColor(type: string): string {
  return RELATION_COLORS[type] ?? '#94a3b8';
}

export function communityColor(community: number): string {
  return COMMUNITY_COLORS[community % COMMUNITY_COLORS.length] ?? '#94a3b8';
}

/** Relationships whose documents disagree on a value: one colour whatever their type, labelled "conflict". */
export const CONFLICT_EDGE = '#9f1239';
/** Relationships new since an opened saved view was saved. */
export const FRESH_EDGE = '#ea580c';

export const DIMMED_NODE = '#e2e8f0';
export const DIMMED_EDGE = '#f1f5f9';
