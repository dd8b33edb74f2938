/* Ontology: saved views — what the API stores and returns for a view an analyst keeps (deep-link state,
   node positions, camera), and what changed around it since. */

import type { DocumentSummary, GraphEdge, GraphNode } from './api-types.js';

/** `(:SavedView {id, name, state, positions, camera, createdBy, createdAt, updatedBy, updatedAt, savedAt})`. */
export const SAVED_VIEW_LABEL = 'SavedView' as const;

/** The explorer's deep link (`?node=…&expand=…`), which replays the view's state. */
interface SavedViewState {
  link: string;
}

interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

/** Node id → position in graph coordinates; its keys are the view's entities. */
type NodePositions = Record<string, { x: number; y: number }>;

/** POST /api/views (PUT takes any of these). */
export interface SavedViewInput {
  name: string;
  state: SavedViewState;
  positions: NodePositions;
  camera?: CameraState | null;
}

/** One row of GET /api/views. */
export interface SavedViewSummary {
  id: string;
  name: string;
  link: string;
  nodeCount: number;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  /** When the state or positions were last written (a rename keeps it): the default `since` of changes. */
  savedAt: string;
}

/** GET /api/views/:id, and the answer of POST and PUT. */
export interface SavedView extends SavedViewSummary {
  state: SavedViewState;
  positions: NodePositions;
  camera: CameraState | null;
}

export interface SavedViewListResponse {
  views: SavedViewSummary[];
}

/** A relationship in the view's neighbourhood first ingested after `since`, with its evidence. */
export interface ViewChange {
  edge: GraphEdge;
  /** When the first document stating it was ingested. */
  firstIngestedAt: string;
  evidence: string[];
  documents: DocumentSummary[];
}

/** GET /api/views/:id/changes?since=ISO */
export interface ViewChangesResponse {
  viewId: string;
  since: string;
  /** Both ends of every new relationship (the view's own entities included). */
  nodes: GraphNode[];
  /** Entities first ingested after `since` (among `nodes`). */
  newNodeIds: string[];
  changes: ViewChange[];
  /** More new relationships than the cap were found; the oldest are returned. */
  truncated: boolean;
}
