/* Core/appearance: transient interaction state (hover) read by reducers on every frame; too hot for the store. */

let hovered: string | null = null;
let hoveredNeighbours = new Set<string>();

export function setHovered(node: string | null, neighbours: Iterable<string> = []): void {
  hovered = node;
  hoveredNeighbours = new Set(neighbours);
}

export function getHovered(): { node: string | null; neighbours: Set<string> } {
  return { node: hovered, neighbours: hoveredNeighbours };
}

/** Large graphs draw nodes only while the layout runs: 20,000 edges per iteration would starve the main thread. */
let edgesSuspended = false;

export function setEdgesSuspended(value: boolean): void {
  edgesSuspended = value;
}

export function edgesAreSuspended(): boolean {
  return edgesSuspended;
}
