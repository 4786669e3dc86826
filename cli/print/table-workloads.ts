// `kubectl get deployments` and `get statefulsets`: printers.go printDeployment and
// printStatefulSet, with layoutContainerCells for the wide CONTAINERS and IMAGES columns.
// Imports only sibling print modules.
import { translateTimestampSince } from './age.js';
import { num, type ContainerShape, type WorkloadShape } from './kube-shapes.js';
import { formatLabelSelector } from './label-selector.js';
import type { KindPrinter } from './table.js';

/** printers.go layoutContainerCells: container names and images, each comma-joined. */
export function layoutContainerCells(containers: ContainerShape[] | undefined): [string, string] {
  const cs = containers ?? [];
  return [cs.map((c) => c.name ?? '').join(','), cs.map((c) => c.image ?? '').join(',')];
}

/** spec.replicas as the apiserver defaults it (1 when absent). */
export function desiredReplicas(w: WorkloadShape): number {
  return w.spec?.replicas === undefined ? 1 : num(w.spec.replicas);
}

export const deploymentPrinter: KindPrinter<WorkloadShape> = {
  kindPrefix: 'deployment.apps',
  columns: [
    { name: 'Name', format: 'name' }, { name: 'Ready' }, { name: 'Up-to-date' }, { name: 'Available' }, { name: 'Age' },
    { name: 'Containers', priority: 1 }, { name: 'Images', priority: 1 }, { name: 'Selector', priority: 1 },
  ],
  cells(d, { now }) {
    const st = d.status ?? {};
    const [names, images] = layoutContainerCells(d.spec?.template?.spec?.containers);
    return [
      d.metadata?.name ?? '', `${num(st.readyReplicas)}/${desiredReplicas(d)}`, num(st.updatedReplicas),
      num(st.availableReplicas), translateTimestampSince(d.metadata?.creationTimestamp, now),
      names, images, formatLabelSelector(d.spec?.selector),
    ];
  },
};

export const statefulSetPrinter: KindPrinter<WorkloadShape> = {
  kindPrefix: 'statefulset.apps',
  columns: [
    { name: 'Name', format: 'name' }, { name: 'Ready' }, { name: 'Age' },
    { name: 'Containers', priority: 1 }, { name: 'Images', priority: 1 },
  ],
  cells(s, { now }) {
    const [names, images] = layoutContainerCells(s.spec?.template?.spec?.containers);
    return [
      s.metadata?.name ?? '', `${num(s.status?.readyReplicas)}/${desiredReplicas(s)}`,
      translateTimestampSince(s.metadata?.creationTimestamp, now), names, images,
    ];
  },
};
