// Pod placement, the small part of kube-scheduler a network simulation needs: honour
// spec.nodeName, else pick among Ready, schedulable nodes whose taints the pod tolerates and
// whose labels match nodeSelector, the one with the fewest pods (ties: name order). Pure.
import type { Node, Pod, Taint, Toleration } from '../domain/types.js';

export type Placement = { node: Node } | { unschedulable: string };

export function schedulePod(pod: Pod, nodes: readonly Node[], podCount: (nodeName: string) => number): Placement {
  const ready = nodes.filter(isNodeReady);
  const fits = ready.filter((n) => !n.spec.unschedulable && tolerated(n.spec.taints ?? [], pod.spec.tolerations ?? [])
    && matchesNodeSelector(n, pod.spec.nodeSelector));
  if (fits.length === 0) return { unschedulable: unschedulableMessage(nodes, ready, pod) };
  let best = fits[0];
  for (const n of fits) {
    const c = podCount(n.metadata.name), b = podCount(best.metadata.name);
    if (c < b || (c === b && n.metadata.name < best.metadata.name)) best = n;
  }
  return { node: best };
}

export function isNodeReady(n: Node): boolean {
  return (n.status.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

// k8s.io/api/core/v1 toleration.go ToleratesTaint.
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  if (t.operator === 'Exists') return true;
  return (t.value ?? '') === (taint.value ?? '');
}

function tolerated(taints: readonly Taint[], tolerations: readonly Toleration[]): boolean {
  return taints.filter((t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute')
    .every((taint) => tolerations.some((t) => toleratesTaint(t, taint)));
}

function matchesNodeSelector(n: Node, sel: Readonly<Record<string, string>> | undefined): boolean {
  const labels = n.metadata.labels ?? {};
  return Object.entries(sel ?? {}).every(([k, v]) => labels[k] === v);
}

// The FailedScheduling message of kube-scheduler: "0/3 nodes are available: 1 node(s) had
// untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match ...".
function unschedulableMessage(all: readonly Node[], ready: readonly Node[], pod: Pod): string {
  const reasons = new Map<string, number>();
  const add = (r: string) => reasons.set(r, (reasons.get(r) ?? 0) + 1);
  for (const n of all) {
    if (!ready.includes(n)) add("node(s) had untolerated taint {node.kubernetes.io/not-ready: }");
    else if (n.spec.unschedulable) add('node(s) were unschedulable');
    else if (!matchesNodeSelector(n, pod.spec.nodeSelector)) add("node(s) didn't match Pod's node affinity/selector");
    else {
      const taint = (n.spec.taints ?? []).find((t) => !(pod.spec.tolerations ?? []).some((tol) => toleratesTaint(tol, t)));
      add(`node(s) had untolerated taint {${taint?.key}: ${taint?.value ?? ''}}`);
    }
  }
  const parts = [...reasons].sort((a, b) => a[0].localeCompare(b[0])).map(([r, c]) => `${c} ${r}`);
  return `0/${all.length} nodes are available: ${parts.join(', ')}. preemption: 0/${all.length} nodes are available: ${all.length} Preemption is not helpful for scheduling.`;
}
