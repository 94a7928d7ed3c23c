// What the designer page sends the canvas: a flat view of the card, computed on the server from the Elsa JSON and
// the activity descriptors. The canvas never edits the card itself; it reports gestures and renders what comes back.

export interface CanvasPort {
  name: string;
  label: string;
}

export interface CanvasNode {
  id: string;
  label: string;
  typeLabel: string;
  category: string;
  x: number;
  y: number;
  width: number;
  height: number;
  hasInput: boolean;
  outcomes: CanvasPort[];
  /** done | waiting | faulted | unknown | problem … — a badge on the node (instance viewer, simulation, problems). */
  badge?: string | null;
  badgeText?: string | null;
}

export interface CanvasEdge {
  key: string;
  source: string;
  port: string;
  target: string;
  lit?: boolean;
}

export interface CanvasModel {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  readOnly: boolean;
}

export interface Move {
  id: string;
  x: number;
  y: number;
}

/** The .NET side of the canvas (a DotNetObjectReference to the designer page's canvas component). */
export interface DotNetCallbacks {
  invokeMethodAsync<T>(method: string, ...args: unknown[]): Promise<T>;
}
