// The controllers netsim runs: Deployment (through its implicit ReplicaSet), StatefulSet, and
// the retry of Pending pods. One pass reads the store and acts; passes are serialised and
// coalesced, so callers can await convergence after their write.
import type { Deployment, Pod, StatefulSet, WorkloadStatus } from '../domain/types.js';
import { rfc3339 } from '../sim/clock.js';
import type { ClusterCore } from './core.js';
import type { PodApi } from './pods-api.js';
import { deploymentPod, ownedBy, podTemplateHash, replicaSetUid, statefulSetPod } from './workload-pods.js';
import { EndpointSliceSync } from './endpoint-controller.js';

const MAX_ROUNDS = 5;

export class Controllers {
  private queued: Promise<void> | undefined;
  /** Set when a node or a freed address could let a Pending pod fit; cleared by the retry. */
  private capacityChanged = true;
  readonly endpoints = new EndpointSliceSync();
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly c: ClusterCore, private readonly pods: PodApi) {}

  /** Nodes changed or a pod released its addresses: Pending pods get another chance. */
  noteCapacityChange(): void { this.capacityChanged = true; }

  /** Resolves after a full pass that started after this call. */
  reconcile(): Promise<void> {
    if (this.queued) return this.queued;
    const p = this.tail.then(() => { this.queued = undefined; return this.pass(); });
    this.queued = p;
    this.tail = p.catch(() => undefined);
    return p;
  }

  private async pass(): Promise<void> {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      let changed = false;
      for (const d of this.c.store.list('Deployment')) changed = (await this.syncDeployment(d)) || changed;
      for (const s of this.c.store.list('StatefulSet')) changed = (await this.syncStatefulSet(s)) || changed;
      changed = (await this.retryPending()) || changed;
      await this.endpoints.sync(this.c);
      if (!changed) return;
    }
  }

  private async syncDeployment(d: Deployment): Promise<boolean> {
    const { c } = this;
    const ns = d.metadata.namespace!;
    const hash = podTemplateHash(d.spec.template);
    const owned = c.store.list('Pod', ns).filter((p) => ownedBy(p, 'ReplicaSet', d.metadata.name));
    const stale = owned.filter((p) => p.metadata.labels?.['pod-template-hash'] !== hash);
    const current = owned.filter((p) => !stale.includes(p));
    const want = d.spec.replicas ?? 1;
    let changed = false;
    const rsRef = { kind: 'ReplicaSet', namespace: ns, name: `${d.metadata.name}-${hash}` };
    for (const p of stale) { await this.deletePod(p); changed = true; }
    if (current.length !== want) {
      c.events.record({ kind: 'Deployment', namespace: ns, name: d.metadata.name, uid: d.metadata.uid }, 'Normal', 'ScalingReplicaSet',
        `Scaled ${current.length < want ? 'up' : 'down'} replica set ${rsRef.name} to ${want}`, { component: 'deployment-controller' });
    }
    for (let i = current.length; i < want; i++) {
      const created = await this.createPod(deploymentPod(d, c.rng, replicaSetUid(d)));
      c.events.record(rsRef, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`, { component: 'replicaset-controller' });
      changed = true;
    }
    const extra = [...current].sort((a, b) => b.metadata.creationTimestamp.localeCompare(a.metadata.creationTimestamp)).slice(0, Math.max(0, current.length - want));
    for (const p of extra) {
      await this.deletePod(p);
      c.events.record(rsRef, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, { component: 'replicaset-controller' });
      changed = true;
    }
    await this.writeStatus(d, deploymentStatus(d, this.ownedPods('ReplicaSet', d), rfc3339(c.clock.now())));
    return changed;
  }

  private async syncStatefulSet(s: StatefulSet): Promise<boolean> {
    const { c } = this;
    const ns = s.metadata.namespace!;
    const want = s.spec.replicas ?? 1;
    const revision = podTemplateHash(s.spec.template);
    let changed = false;
    const ref = { kind: 'StatefulSet', namespace: ns, name: s.metadata.name, uid: s.metadata.uid };
    for (let i = 0; i < want; i++) {
      if (c.store.get('Pod', ns, `${s.metadata.name}-${i}`)) continue;
      await this.createPod(statefulSetPod(s, i, revision));
      c.events.record(ref, 'Normal', 'SuccessfulCreate', `create Pod ${s.metadata.name}-${i} in StatefulSet ${s.metadata.name} successful`, { component: 'statefulset-controller' });
      changed = true;
    }
    const extra = this.ownedPods('StatefulSet', s).filter((p) => Number(p.metadata.name.slice(s.metadata.name.length + 1)) >= want)
      .sort((a, b) => b.metadata.name.localeCompare(a.metadata.name, 'en', { numeric: true }));
    for (const p of extra) {
      await this.deletePod(p);
      c.events.record(ref, 'Normal', 'SuccessfulDelete', `delete Pod ${p.metadata.name} in StatefulSet ${s.metadata.name} successful`, { component: 'statefulset-controller' });
      changed = true;
    }
    const owned = this.ownedPods('StatefulSet', s);
    const status = { ...deploymentStatus(s, owned, ''), currentReplicas: owned.length, updatedReplicas: owned.length, conditions: undefined };
    delete status.conditions;
    await this.writeStatus(s, status);
    return changed;
  }

  /** Pods left Pending because no node fit or no IP was free get another chance. */
  private async retryPending(): Promise<boolean> {
    if (!this.capacityChanged) return false;
    this.capacityChanged = false;
    let changed = false;
    for (const p of this.c.store.list('Pod')) {
      if (p.status.phase !== 'Pending' || p.status.podIPs?.length) continue;
      const placed = await this.pods.place({ ...p, status: {} }, p.metadata.resourceVersion);
      changed = changed || (placed.status.podIPs?.length ?? 0) > 0;
    }
    return changed;
  }

  private ownedPods(ownerKind: 'ReplicaSet' | 'StatefulSet', o: Deployment | StatefulSet): Pod[] {
    return this.c.store.list('Pod', o.metadata.namespace).filter((p) => ownedBy(p, ownerKind, o.metadata.name));
  }

  private async createPod(template: Pod): Promise<Pod> {
    return (await this.pods.create(template, { reconcile: false })).pod;
  }

  private async deletePod(p: Pod): Promise<void> {
    const live = this.c.store.get('Pod', p.metadata.namespace, p.metadata.name);
    if (!live) return;
    const pending = this.c.store.commit([{ op: 'delete', key: { kind: 'Pod', namespace: p.metadata.namespace, name: p.metadata.name } }]);
    this.c.releasePod(live);
    this.endpoints.mark(p.metadata.namespace!);
    await pending;
  }

  /** Writes a workload's status when it changed (times aside); a status write needs no further pass. */
  private async writeStatus<T extends Deployment | StatefulSet>(o: T, status: WorkloadStatus): Promise<void> {
    const live = this.c.store.get(o.kind, o.metadata.namespace, o.metadata.name) as T | undefined;
    if (!live || JSON.stringify(stripTimes(live.status)) === JSON.stringify(stripTimes(status))) return;
    await this.c.store.commit([{ op: 'put', object: { ...live, status } as T, expectVersion: live.metadata.resourceVersion }]);
  }
}

function isReady(p: Pod): boolean {
  return (p.status.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

function deploymentStatus(o: Deployment | StatefulSet, owned: readonly Pod[], now: string): WorkloadStatus {
  const want = o.spec.replicas ?? 1;
  const ready = owned.filter(isReady).length;
  const status: WorkloadStatus = {
    observedGeneration: o.metadata.generation, replicas: owned.length, updatedReplicas: owned.length,
    readyReplicas: ready, availableReplicas: ready,
  };
  if (ready < owned.length) status.unavailableReplicas = owned.length - ready;
  const available = ready >= want;
  status.conditions = [
    { type: 'Available', status: available ? 'True' : 'False', reason: available ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
      message: available ? 'Deployment has minimum availability.' : 'Deployment does not have minimum availability.', lastTransitionTime: now, lastUpdateTime: now },
    { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable',
      message: `ReplicaSet "${o.metadata.name}-${podTemplateHash(o.spec.template)}" has successfully progressed.`, lastTransitionTime: now, lastUpdateTime: now },
  ];
  return status;
}

function stripTimes(s: WorkloadStatus | undefined): unknown {
  return { ...s, conditions: s?.conditions?.map(({ lastTransitionTime: _t, lastUpdateTime: _u, ...rest }) => rest) };
}
