// Deployments and StatefulSets: create, update (including scale), delete with their pods
// (foreground cascade done at once). The controllers in controllers.ts create the pods.
import { InvalidError } from '../domain/errors.js';
import { defaultDeployment, defaultStatefulSet } from '../domain/defaults.js';
import type { Deployment, Pod, StatefulSet } from '../domain/types.js';
import { validateDeployment, validateDeploymentUpdate, validateStatefulSet, validateStatefulSetUpdate } from '../domain/validate-workloads.js';
import type { FieldError } from '../domain/field-errors.js';
import type { WriteOp } from '../store/store.js';
import type { ClusterCore, WriteOptions } from './core.js';
import { refOf } from './kinds.js';
import { createMeta, updateMeta } from './object-meta.js';
import { getObject } from './reads.js';
import { requireNamespace } from './namespaces-api.js';
import { ownedBy } from './workload-pods.js';

type Workload = Deployment | StatefulSet;

interface WorkloadRules<T extends Workload> {
  kind: T['kind'];
  ownerKind: 'ReplicaSet' | 'StatefulSet';
  defaults(o: T): T;
  validate(o: T): FieldError[];
  validateUpdate(next: T, live: T): FieldError[];
}

const RULES = {
  Deployment: { kind: 'Deployment', ownerKind: 'ReplicaSet', defaults: defaultDeployment, validate: validateDeployment, validateUpdate: validateDeploymentUpdate } as WorkloadRules<Deployment>,
  StatefulSet: { kind: 'StatefulSet', ownerKind: 'StatefulSet', defaults: defaultStatefulSet, validate: validateStatefulSet, validateUpdate: validateStatefulSetUpdate } as WorkloadRules<StatefulSet>,
};

export class WorkloadApi<T extends Workload> {
  private readonly rules: WorkloadRules<T>;
  constructor(private readonly c: ClusterCore, kind: T['kind']) { this.rules = RULES[kind] as unknown as WorkloadRules<T>; }

  /** Errors: NotFound (namespace), InvalidError, AlreadyExistsError. */
  async create(input: T, opts: WriteOptions = {}): Promise<T> {
    const { c, rules } = this;
    const ns = input.metadata?.namespace || 'default';
    requireNamespace(c.store, ns);
    const obj = rules.defaults({ ...input, apiVersion: 'apps/v1', kind: rules.kind, metadata: createMeta(input.metadata, ns, c.clock, c.rng, { generation: true }), status: {} } as T);
    const errs = rules.validate(obj);
    if (errs.length) throw new InvalidError(refOf(rules.kind, obj.metadata.name, ns), errs);
    if (opts.dryRun) return obj;
    const stored = (await c.store.commit([{ op: 'put', object: obj, expectVersion: '' }])).objects[0] as T;
    await c.reconcile();
    return (c.store.get(rules.kind, ns, stored.metadata.name) as T | undefined) ?? stored;
  }

  /** Spec, labels and annotations (scale is an update of spec.replicas). Errors: NotFound, Conflict, Invalid. */
  async update(input: T, opts: WriteOptions = {}): Promise<T> {
    const { c, rules } = this;
    const ns = input.metadata?.namespace || 'default';
    const live = getObject(c.store, rules.kind, ns, input.metadata.name) as T;
    const spec = rules.defaults({ ...input, metadata: live.metadata } as T).spec;
    const specChanged = JSON.stringify(spec) !== JSON.stringify(live.spec);
    const next = { ...live, metadata: updateMeta(input.metadata, live.metadata, specChanged), spec } as T;
    const errs = rules.validateUpdate(next, live);
    if (errs.length) throw new InvalidError(refOf(rules.kind, live.metadata.name, ns), errs);
    if (opts.dryRun) return next;
    await c.store.commit([{ op: 'put', object: next, expectVersion: input.metadata.resourceVersion || live.metadata.resourceVersion }]);
    await c.reconcile();
    return c.store.get(rules.kind, ns, live.metadata.name) as T;
  }

  /** Deletes the workload and its pods. Errors: NotFound. */
  async delete(namespace: string, name: string, opts: WriteOptions & { resourceVersion?: string } = {}): Promise<T> {
    const { c, rules } = this;
    const live = getObject(c.store, rules.kind, namespace, name) as T;
    if (opts.dryRun) return live;
    const pods = c.store.list('Pod', namespace).filter((p) => ownedBy(p, rules.ownerKind, name));
    const ops: WriteOp[] = [
      { op: 'delete', key: { kind: rules.kind, namespace, name }, expectVersion: opts.resourceVersion || undefined },
      ...pods.map((p): WriteOp => ({ op: 'delete', key: { kind: 'Pod', namespace, name: p.metadata.name } })),
    ];
    const pending = c.store.commit(ops);
    pods.forEach((p: Pod) => c.releasePod(p));
    await pending;
    return live;
  }
}
