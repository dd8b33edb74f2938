/* Core/curation: a change counter for curation — views that show curated data (details, review, history) reload when it moves. */

import { createStore } from '../store.js';

export interface CurationState {
  /** Bumped after every stored or undone decision. */
  version: number;
}

export const curationStore = createStore<CurationState>({ version: 0 });

export function curationChanged(): void {
  curationStore.set((s) => ({ version: s.version + 1 }));
}

/** Every string in a decision's payload, however deep: the entity and relation ids it touched, whatever the payload's shape. */
export function idsInPayload(payload: unknown): string[] {
  const out = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(payload);
  return [...out];
}
