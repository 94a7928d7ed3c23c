import './designer.css';
import { Graph, Keyboard, MiniMap, Selection, Snapline, type Cell, type Edge, type Node } from '@antv/x6';
import type { CanvasEdge, CanvasModel, DotNetCallbacks, Move } from './model';
import { nodeAttrs, nodeMetadata, nodePorts, registerShapes, signature } from './shapes';

const clipboardKey = 'cnap.studio.clipboard';

/**
 * The card's canvas. The page (server side) owns the card and its undo history; the canvas renders the model it is
 * given with `sync` and reports the user's gestures (moves, new connections, deletes, copy/paste, undo/redo, drops).
 */
export class Designer {
  private readonly graph: Graph;
  private readonly pendingMoves = new Map<string, Move>();
  private moveTimer: number | undefined;
  private readOnly = false;
  private syncing = false;

  constructor(private readonly host: HTMLElement, minimapHost: HTMLElement | null, private readonly dotnet: DotNetCallbacks) {
    registerShapes();
    this.graph = new Graph({
      container: host,
      autoResize: true,
      grid: { size: 10, visible: true },
      background: { color: '#f7f9fb' },
      panning: { enabled: true, eventTypes: ['leftMouseDown'] },
      mousewheel: { enabled: true, modifiers: ['ctrl', 'meta'], minScale: 0.1, maxScale: 3 },
      interacting: () => (this.readOnly ? { nodeMovable: false, edgeMovable: false, magnetConnectable: false } : true),
      connecting: {
        snap: { radius: 30 },
        allowBlank: false,
        allowLoop: false,
        allowNode: false,
        allowEdge: false,
        allowMulti: false,
        highlight: true,
        connector: { name: 'smooth' },
        validateConnection: ({ targetPort, sourceCell, targetCell }) => targetPort === 'in' && sourceCell !== targetCell,
        createEdge: () => this.graph.createEdge({ attrs: { line: { stroke: '#1565c0', strokeWidth: 1.5 } } }),
      },
    });
    this.graph.use(new Selection({ enabled: true, multiple: true, rubberband: true, modifiers: ['shift'], movable: true, showNodeSelectionBox: true, pointerEvents: 'none' }));
    this.graph.use(new Snapline({ enabled: true }));
    this.graph.use(new Keyboard({ enabled: true }));
    if (minimapHost) this.graph.use(new MiniMap({ container: minimapHost, width: 200, height: 140, padding: 10 }));

    this.graph.on('node:moved', ({ node }) => this.queueMove(node));
    this.graph.on('edge:connected', ({ edge }) => this.onConnected(edge));
    this.graph.on('selection:changed', () => {
      if (!this.syncing) void this.dotnet.invokeMethodAsync('OnSelectionChanged', this.selectedNodeIds());
    });
    this.graph.on('node:dblclick', ({ node }) => void this.dotnet.invokeMethodAsync('OnOpenProperties', node.id));
    this.bindKeys();
    this.bindDrop();
  }

  /** Renders the model: adds, updates and removes only what changed (a 300-activity card re-syncs in one batch). */
  sync(model: CanvasModel): void {
    this.readOnly = model.readOnly;
    this.syncing = true;
    const g = this.graph;
    g.startBatch('sync');
    try {
      const wanted = new Map(model.nodes.map((n) => [n.id, n]));
      for (const node of g.getNodes()) if (!wanted.has(node.id)) g.removeNode(node);
      const added: ReturnType<typeof nodeMetadata>[] = [];
      for (const n of model.nodes) {
        const existing = g.getCellById(n.id) as Node | null;
        if (!existing) {
          added.push(nodeMetadata(n));
          continue;
        }
        const position = existing.getPosition();
        if (position.x !== n.x || position.y !== n.y) existing.setPosition(n.x, n.y);
        if (existing.getData()?.signature !== signature(n)) {
          const meta = nodeMetadata(n);
          existing.setSize(meta.width, meta.height);
          existing.setAttrs(nodeAttrs(n));
          existing.prop('ports/items', nodePorts(n));
          existing.setData({ signature: signature(n) }, { overwrite: true });
        }
      }
      if (added.length > 0) g.addNodes(added);

      const edges = new Map(model.edges.map((e) => [e.key, e]));
      for (const edge of g.getEdges()) if (!edges.has(edge.id)) g.removeEdge(edge);
      const newEdges = model.edges.filter((e) => !g.getCellById(e.key)).map((e) => this.edgeMetadata(e));
      if (newEdges.length > 0) g.addEdges(newEdges);
      for (const e of model.edges) g.getCellById(e.key)?.setAttrs(this.edgeAttrs(e));
    } finally {
      g.stopBatch('sync');
      this.syncing = false;
    }
  }

  fit(): void {
    this.graph.zoomToFit({ padding: 40, maxScale: 1 });
  }

  zoom(factor: number): void {
    this.graph.zoom(factor);
  }

  zoomLevel(): number {
    return this.graph.zoom();
  }

  /** Selects the nodes and centres the first (problems panel, journal rows, outline). */
  select(ids: string[]): void {
    this.syncing = true;
    try {
      this.graph.resetSelection(ids);
    } finally {
      this.syncing = false;
    }
    const first = ids.length > 0 ? this.graph.getCellById(ids[0]) : null;
    if (first) this.graph.centerCell(first);
  }

  /** The middle of the visible area in card coordinates: where a clicked picker item lands. */
  viewCentre(): { x: number; y: number } {
    const rect = this.host.getBoundingClientRect();
    const p = this.graph.clientToLocal(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return { x: Math.round(p.x), y: Math.round(p.y) };
  }

  focus(): void {
    this.host.focus();
  }

  dispose(): void {
    document.removeEventListener('dragstart', this.onPickerDrag);
    this.graph.dispose();
  }

  private edgeMetadata(e: CanvasEdge) {
    return {
      id: e.key,
      source: { cell: e.source, port: `out:${e.port}` },
      target: { cell: e.target, port: 'in' },
      connector: { name: 'smooth' },
      attrs: this.edgeAttrs(e),
      zIndex: 0,
    };
  }

  private edgeAttrs(e: CanvasEdge) {
    return { line: { stroke: e.lit ? '#1565c0' : '#78909c', strokeWidth: e.lit ? 3 : 1.5, targetMarker: { name: 'block', width: 8, height: 6 } } };
  }

  private selectedNodeIds(): string[] {
    return this.graph.getSelectedCells().filter((c: Cell) => c.isNode()).map((c: Cell) => c.id);
  }

  private queueMove(node: Node): void {
    if (this.syncing || this.readOnly) return;
    const p = node.getPosition();
    this.pendingMoves.set(node.id, { id: node.id, x: Math.round(p.x), y: Math.round(p.y) });
    // Moving a selection fires once per node: send them as one edit, so one undo step puts them all back.
    window.clearTimeout(this.moveTimer);
    this.moveTimer = window.setTimeout(() => {
      const moves = [...this.pendingMoves.values()];
      this.pendingMoves.clear();
      void this.dotnet.invokeMethodAsync('OnMoved', moves);
    }, 0);
  }

  private onConnected(edge: Edge): void {
    const source = edge.getSourceCellId();
    const sourcePort = edge.getSourcePortId();
    const target = edge.getTargetCellId();
    const replaces = edge.id.includes('|') ? edge.id : null;
    // The server answers with the card's own connection; the drawn one is only the gesture.
    this.graph.removeEdge(edge);
    if (!source || !target || !sourcePort?.startsWith('out:')) return;
    void this.dotnet.invokeMethodAsync('OnConnected', source, sourcePort.substring(4), target, replaces);
  }

  private bindKeys(): void {
    const g = this.graph;
    g.bindKey(['delete', 'backspace'], () => {
      if (this.readOnly) return false;
      const cells = g.getSelectedCells();
      const nodes = cells.filter((c) => c.isNode()).map((c) => c.id);
      const edges = cells.filter((c) => c.isEdge()).map((c) => c.id);
      if (nodes.length + edges.length > 0) void this.dotnet.invokeMethodAsync('OnDeleteRequested', nodes, edges);
      return false;
    });
    g.bindKey(['ctrl+z', 'meta+z'], () => {
      void this.dotnet.invokeMethodAsync('OnUndo');
      return false;
    });
    g.bindKey(['ctrl+y', 'meta+shift+z', 'ctrl+shift+z'], () => {
      void this.dotnet.invokeMethodAsync('OnRedo');
      return false;
    });
    g.bindKey(['ctrl+c', 'meta+c'], () => {
      void this.copy();
      return false;
    });
    g.bindKey(['ctrl+v', 'meta+v'], () => {
      void this.paste();
      return false;
    });
    g.bindKey(['ctrl+a', 'meta+a'], () => {
      g.resetSelection(g.getNodes());
      return false;
    });
  }

  /** Copies the selection through the server (which knows the activities' JSON) into this browser's storage, so it pastes into another card too. */
  async copy(): Promise<boolean> {
    const ids = this.selectedNodeIds();
    if (ids.length === 0) return false;
    const fragment = await this.dotnet.invokeMethodAsync<string | null>('OnCopyRequested', ids);
    if (fragment) window.localStorage.setItem(clipboardKey, fragment);
    return !!fragment;
  }

  async paste(): Promise<void> {
    if (this.readOnly) return;
    const fragment = window.localStorage.getItem(clipboardKey);
    if (fragment) await this.dotnet.invokeMethodAsync('OnPasteRequested', fragment, this.viewCentre());
  }

  // Blazor cannot fill a drag's dataTransfer: the picker's items carry the type in data-activity-type.
  private readonly onPickerDrag = (e: DragEvent): void => {
    const item = (e.target as HTMLElement | null)?.closest?.('[data-activity-type]');
    const type = item?.getAttribute('data-activity-type');
    if (type && e.dataTransfer) {
      e.dataTransfer.setData('application/x-cnap-activity', type);
      e.dataTransfer.effectAllowed = 'copy';
    }
  };

  // The picker's items are HTML draggables carrying the activity type; dropping one adds it where it fell.
  private bindDrop(): void {
    document.addEventListener('dragstart', this.onPickerDrag);
    this.host.addEventListener('dragover', (e) => {
      if (!this.readOnly && e.dataTransfer?.types.includes('application/x-cnap-activity')) e.preventDefault();
    });
    this.host.addEventListener('drop', (e) => {
      const type = e.dataTransfer?.getData('application/x-cnap-activity');
      if (!type || this.readOnly) return;
      e.preventDefault();
      const p = this.graph.clientToLocal(e.clientX, e.clientY);
      void this.dotnet.invokeMethodAsync('OnDropped', type, Math.round(p.x), Math.round(p.y));
    });
  }
}

export function create(host: HTMLElement, minimapHost: HTMLElement | null, dotnet: DotNetCallbacks): Designer {
  return new Designer(host, minimapHost, dotnet);
}

/** Saves a text as a file in the browser (export of a card's Elsa JSON). */
export function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

/** Moves keyboard focus (the outline follows a connection with the arrow keys). */
export function focusById(id: string): void {
  document.getElementById(id)?.focus();
}
