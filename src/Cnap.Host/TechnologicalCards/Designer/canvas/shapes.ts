import { Graph } from '@antv/x6';
import type { CanvasNode } from './model';

export const ActivityShape = 'cnap-activity';

const badgeColours: Record<string, string> = {
  done: '#2e7d32',
  waiting: '#ed6c02',
  faulted: '#d32f2f',
  problem: '#d32f2f',
  warning: '#ed6c02',
  lit: '#1565c0',
  notreached: '#9e9e9e',
};

// A stable colour per category, so the picker's groups read on the canvas too.
function categoryColour(category: string): string {
  let hash = 0;
  for (const ch of category) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
  const hues = [210, 160, 30, 280, 340, 120, 190, 50];
  return `hsl(${hues[Math.abs(hash) % hues.length]}, 55%, 42%)`;
}

let registered = false;

export function registerShapes(): void {
  if (registered) return;
  registered = true;
  Graph.registerNode(
    ActivityShape,
    {
      inherit: 'rect',
      width: 210,
      height: 64,
      markup: [
        { tagName: 'rect', selector: 'body' },
        { tagName: 'rect', selector: 'stripe' },
        { tagName: 'text', selector: 'label' },
        { tagName: 'text', selector: 'type' },
        { tagName: 'rect', selector: 'badge' },
        { tagName: 'text', selector: 'badgeText' },
      ],
      attrs: {
        body: { refWidth: '100%', refHeight: '100%', rx: 6, ry: 6, fill: '#ffffff', stroke: '#90a4ae', strokeWidth: 1 },
        stripe: { width: 6, refHeight: '100%', rx: 3, ry: 3, fill: '#607d8b' },
        label: {
          refX: 16, refY: 22, textAnchor: 'start', textVerticalAnchor: 'middle', fontSize: 13, fontWeight: 600, fill: '#1f2933',
          textWrap: { width: -40, height: 20, ellipsis: true },
        },
        type: {
          refX: 16, refY: 44, textAnchor: 'start', textVerticalAnchor: 'middle', fontSize: 11, fill: '#52606d',
          textWrap: { width: -40, height: 16, ellipsis: true },
        },
        badge: { refX: '100%', x: -30, y: -8, width: 36, height: 16, rx: 8, ry: 8, fill: 'transparent', stroke: 'none' },
        badgeText: { refX: '100%', x: -12, y: 0, textAnchor: 'middle', textVerticalAnchor: 'middle', fontSize: 10, fill: '#fff', text: '' },
      },
      ports: {
        groups: {
          in: {
            position: 'left',
            attrs: { circle: { r: 6, magnet: 'passive', stroke: '#546e7a', strokeWidth: 1, fill: '#fff' } },
          },
          out: {
            position: 'right',
            label: { position: { name: 'left', args: { x: -10 } } },
            attrs: {
              circle: { r: 6, magnet: true, stroke: '#1565c0', strokeWidth: 1, fill: '#fff' },
              text: { fontSize: 10, fill: '#37474f' },
            },
          },
        },
      },
    },
    true,
  );
}

export function nodeMetadata(node: CanvasNode) {
  return {
    id: node.id,
    shape: ActivityShape,
    x: node.x,
    y: node.y,
    width: node.width,
    height: Math.max(node.height, 28 + node.outcomes.length * 18),
    attrs: nodeAttrs(node),
    ports: { items: nodePorts(node) },
    data: { signature: signature(node) },
  };
}

export function nodeAttrs(node: CanvasNode) {
  const badge = node.badge ? badgeColours[node.badge] ?? '#455a64' : null;
  return {
    body: { stroke: badge && node.badge === 'problem' ? badge : '#90a4ae', strokeWidth: badge && node.badge === 'problem' ? 2 : 1 },
    stripe: { fill: categoryColour(node.category) },
    label: { text: node.label },
    type: { text: node.typeLabel },
    badge: { fill: badge ?? 'transparent' },
    badgeText: { text: badge ? node.badgeText ?? '' : '' },
  };
}

export function nodePorts(node: CanvasNode) {
  const ports: { id: string; group: string; attrs?: Record<string, Record<string, string>> }[] = [];
  if (node.hasInput) ports.push({ id: 'in', group: 'in' });
  for (const outcome of node.outcomes) {
    ports.push({ id: `out:${outcome.name}`, group: 'out', attrs: { text: { text: outcome.label } } });
  }
  return ports;
}

/** Changes in anything but position: the node is re-rendered only when this differs. */
export function signature(node: CanvasNode): string {
  return JSON.stringify([node.label, node.typeLabel, node.category, node.hasInput, node.outcomes, node.badge, node.badgeText, node.width, node.height]);
}
