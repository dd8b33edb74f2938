/* App: the actions views may call — one interface so views never import the controller (no cycles). */

import type { GraphEdge, GraphNode, GraphPayload } from '../../../ontology/api-types.js';
import type { SavedViewInput } from '../../../ontology/saved-views.js';

export interface Actions {
  select(id: string | null): void;
  /** Selects and centres on an entity, loading it (and its neighbours) if it is not shown. */
  focusEntity(id: string): Promise<void>;
  expand(id: string): Promise<void>;
  undoExpand(): void;
  clearView(): void;
  hideNode(id: string): void;
  togglePin(id: string): void;
  relayout(): void;
  reloadOverview(): Promise<void>;
  openDocument(docId: string, highlight?: string): void;
  /** Opens the first of these documents whose text contains the sentence. */
  openEvidence(docIds: string[], sentence: string): void;
  showGraph(payload: GraphPayload, mode: 'replace' | 'add'): void;
  highlightPath(path: { nodeIds: string[]; edgeIds: string[] } | null): void;
  setPathEnd(end: 'from' | 'to', id: string, name: string): void;
  viewName(): string;
  /** The Review tab's focused item: its entities (and edge) join the view and are highlighted; `null` clears the highlight. */
  showReviewItem(item: { nodes: GraphNode[]; edge?: GraphEdge } | null): void;
  /** Opens a saved view: its entities at their saved places, its camera, and what is new since it was saved. */
  openView(id: string): Promise<void>;
  /** The current view as a saved view's body (positions of every entity, camera, deep-link state). */
  captureView(): Omit<SavedViewInput, 'name'>;
}
