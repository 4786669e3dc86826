// `kubectl describe node` (describe.go describeNode, describeNodeResource): roles, labels, taints,
// lease, conditions, addresses, capacity, system info, CIDRs, pods and allocated resources (all 0:
// simulated pods request nothing), then events. Imports only sibling print modules.
import { translateTimestampSince, type Instant } from './age.js';
import { describeEvents, printAnnotationsMultiline, printLabelsMultiline, printTaintsMultiline } from './describe-fields.js';
import type { DescribeOptions } from './describe-pod.js';
import { formatRfc1123z, LEVEL_0, LEVEL_1, PrefixWriter } from './describe-writer.js';
import type { EventShape, NodeShape, PodShape } from './kube-shapes.js';
import { byCodeUnit } from './label-selector.js';
import { nodeRoles } from './table-nodes.js';

export interface NodeLease { holderIdentity?: string; acquireTime?: string; renewTime?: string }

export interface DescribeNodeOptions extends DescribeOptions {
  /**
   * The node's kube-node-lease Lease. Absent: the one a kubelet keeps, held by the node and
   * renewed at its Ready condition's last heartbeat.
   */
  lease?: NodeLease;
}

/** The exact text of `kubectl describe node`, given all pods (filtered here to the node's non-terminated ones) and its events. */
export function describeNode(node: NodeShape, pods: readonly PodShape[], events: readonly EventShape[], now: Instant,
  opts: DescribeNodeOptions = {}): string {
  const w = new PrefixWriter();
  const tz = opts.utcOffsetMinutes;
  const meta = node.metadata ?? {};
  const status = node.status ?? {};
  w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
  w.write(LEVEL_0, `Roles:\t${nodeRoles(node).join(',') || '<none>'}\n`);
  printLabelsMultiline(w, 'Labels', meta.labels);
  printAnnotationsMultiline(w, 'Annotations', meta.annotations);
  w.write(LEVEL_0, `CreationTimestamp:\t${formatRfc1123z(meta.creationTimestamp, tz)}\n`);
  printTaintsMultiline(w, 'Taints', node.spec?.taints);
  w.write(LEVEL_0, `Unschedulable:\t${node.spec?.unschedulable ? 'true' : 'false'}\n`);
  describeLease(w, opts.lease ?? defaultLease(node), tz);
  if ((status.conditions ?? []).length > 0) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of status.conditions!) {
      w.write(LEVEL_1, `${c.type ?? ''} \t${c.status ?? ''} \t${formatRfc1123z(c.lastHeartbeatTime, tz)} \t` +
        `${formatRfc1123z(c.lastTransitionTime, tz)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
    }
  }
  w.write(LEVEL_0, 'Addresses:\n');
  for (const a of status.addresses ?? []) w.write(LEVEL_1, `${a.type ?? ''}:\t${a.address ?? ''}\n`);
  printResources(w, 'Capacity', status.capacity);
  printResources(w, 'Allocatable', status.allocatable);
  describeSystemInfo(w, node);
  if (node.spec?.podCIDR) w.write(LEVEL_0, `PodCIDR:\t${node.spec.podCIDR}\n`);
  if ((node.spec?.podCIDRs ?? []).length > 0) w.write(LEVEL_0, `PodCIDRs:\t${node.spec!.podCIDRs!.join(',')}\n`);
  if (node.spec?.providerID) w.write(LEVEL_0, `ProviderID:\t${node.spec.providerID}\n`);
  describeNodeResource(w, node, nonTerminatedPods(node, pods), now);
  describeEvents(w, events, now);
  return w.text();
}

function defaultLease(node: NodeShape): NodeLease {
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
  return { holderIdentity: node.metadata?.name, renewTime: ready?.lastHeartbeatTime };
}

function describeLease(w: PrefixWriter, lease: NodeLease, tz?: number): void {
  w.write(LEVEL_0, 'Lease:\n');
  w.write(LEVEL_1, `HolderIdentity:\t${lease.holderIdentity || '<unset>'}\n`);
  w.write(LEVEL_1, `AcquireTime:\t${lease.acquireTime ? formatRfc1123z(lease.acquireTime, tz) : '<unset>'}\n`);
  w.write(LEVEL_1, `RenewTime:\t${lease.renewTime ? formatRfc1123z(lease.renewTime, tz) : '<unset>'}\n`);
}

function printResources(w: PrefixWriter, title: string, list: Record<string, string> | undefined): void {
  const keys = Object.keys(list ?? {}).sort(byCodeUnit);
  if (keys.length === 0) return;
  w.write(LEVEL_0, `${title}:\n`);
  for (const k of keys) w.write(LEVEL_0, `  ${k}:\t${list![k]}\n`);
}

function describeSystemInfo(w: PrefixWriter, node: NodeShape): void {
  const i = node.status?.nodeInfo ?? {};
  w.write(LEVEL_0, 'System Info:\n');
  const rows: [string, string | undefined][] = [
    ['Machine ID', i.machineID], ['System UUID', i.systemUUID], ['Boot ID', i.bootID], ['Kernel Version', i.kernelVersion],
    ['OS Image', i.osImage], ['Operating System', i.operatingSystem], ['Architecture', i.architecture],
    ['Container Runtime Version', i.containerRuntimeVersion], ['Kubelet Version', i.kubeletVersion],
  ];
  for (const [k, v] of rows) w.write(LEVEL_0, `  ${k}:\t${v ?? ''}\n`);
}

/** kubectl's field selector `spec.nodeName=NODE,status.phase!=Failed,status.phase!=Succeeded`, in storage (namespace/name) order. */
function nonTerminatedPods(node: NodeShape, pods: readonly PodShape[]): PodShape[] {
  return pods
    .filter((p) => p.spec?.nodeName === node.metadata?.name && p.status?.phase !== 'Failed' && p.status?.phase !== 'Succeeded')
    .sort((a, b) => byCodeUnit(`${a.metadata?.namespace ?? ''}/${a.metadata?.name ?? ''}`, `${b.metadata?.namespace ?? ''}/${b.metadata?.name ?? ''}`));
}

// describeNodeResource with zero requests and limits everywhere (pods declare no resources).
function describeNodeResource(w: PrefixWriter, node: NodeShape, pods: PodShape[], now: Instant): void {
  w.write(LEVEL_0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(LEVEL_1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(LEVEL_1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  for (const p of pods) {
    const age = translateTimestampSince(p.metadata?.creationTimestamp, now);
    w.write(LEVEL_1, `${p.metadata?.namespace ?? ''}\t${p.metadata?.name ?? ''}\t\t0 (0%)\t0 (0%)\t0 (0%)\t0 (0%)\t${age}\n`);
  }
  w.write(LEVEL_0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(LEVEL_1, 'Resource\tRequests\tLimits\n');
  w.write(LEVEL_1, '--------\t--------\t------\n');
  for (const r of ['cpu', 'memory', 'ephemeral-storage']) w.write(LEVEL_1, `${r}\t0 (0%)\t0 (0%)\n`);
  const allocatable = Object.keys(node.status?.allocatable ?? node.status?.capacity ?? {});
  const standard = new Set(['cpu', 'memory', 'ephemeral-storage', 'pods']);
  for (const r of allocatable.filter((k) => k.startsWith('hugepages-')).sort(byCodeUnit)) w.write(LEVEL_1, `${r}\t0 (0%)\t0 (0%)\n`);
  for (const r of allocatable.filter((k) => !k.startsWith('hugepages-') && !standard.has(k)).sort(byCodeUnit)) w.write(LEVEL_1, `${r}\t0\t0\n`);
}
