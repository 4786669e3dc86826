// `kubectl get nodes`: printers.go printNode (STATUS from the Ready condition plus
// SchedulingDisabled, ROLES from role labels, wide addresses and nodeInfo). Imports only sibling
// print modules.
import { translateTimestampSince } from './age.js';
import type { NodeShape } from './kube-shapes.js';
import { byCodeUnit } from './label-selector.js';
import type { KindPrinter } from './table.js';

const ROLE_PREFIX = 'node-role.kubernetes.io/';
const ROLE_LABEL = 'kubernetes.io/role';

/** printers.go findNodeRoles: `node-role.kubernetes.io/<role>` keys and `kubernetes.io/role=<role>`, sorted, deduplicated. */
export function nodeRoles(node: NodeShape): string[] {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata?.labels ?? {})) {
    if (k.startsWith(ROLE_PREFIX)) {
      const role = k.slice(ROLE_PREFIX.length);
      if (role) roles.add(role);
    } else if (k === ROLE_LABEL && v) roles.add(v);
  }
  return [...roles].sort(byCodeUnit);
}

/** printNode's STATUS: Ready / NotReady / Unknown (from the last Ready condition), then SchedulingDisabled. */
export function nodeStatus(node: NodeShape): string {
  let ready: string | undefined;
  for (const c of node.status?.conditions ?? []) if (c.type === 'Ready') ready = c.status;
  const status = [ready === undefined ? 'Unknown' : ready === 'True' ? 'Ready' : 'NotReady'];
  if (node.spec?.unschedulable) status.push('SchedulingDisabled');
  return status.join(',');
}

function firstAddress(node: NodeShape, type: string): string {
  return node.status?.addresses?.find((a) => a.type === type)?.address ?? '<none>';
}

export const nodePrinter: KindPrinter<NodeShape> = {
  kindPrefix: 'node',
  columns: [
    { name: 'Name', format: 'name' }, { name: 'Status' }, { name: 'Roles' }, { name: 'Age' }, { name: 'Version' },
    { name: 'Internal-IP', priority: 1 }, { name: 'External-IP', priority: 1 }, { name: 'OS-Image', priority: 1 },
    { name: 'Kernel-Version', priority: 1 }, { name: 'Container-Runtime', priority: 1 },
  ],
  cells(node, { now }) {
    const info = node.status?.nodeInfo ?? {};
    return [
      node.metadata?.name ?? '', nodeStatus(node), nodeRoles(node).join(',') || '<none>',
      translateTimestampSince(node.metadata?.creationTimestamp, now), info.kubeletVersion ?? '',
      firstAddress(node, 'InternalIP'), firstAddress(node, 'ExternalIP'), info.osImage || '<unknown>',
      info.kernelVersion || '<unknown>', info.containerRuntimeVersion || '<unknown>',
    ];
  },
};
