// Namespaces: create, delete with everything in them (the namespace controller's cascade,
// done at once), and the four that exist from the start and may not be deleted.
import { ForbiddenError, InvalidError, NotFoundError } from '../domain/errors.js';
import type { Namespace, ResourceKind } from '../domain/types.js';
import { validateNamespace } from '../domain/validate-meta.js';
import type { Store, WriteOp } from '../store/store.js';
import type { ClusterCore, WriteOptions } from './core.js';
import { refOf } from './kinds.js';
import { createMeta, updateMeta } from './object-meta.js';
import { getObject } from './reads.js';

export const SYSTEM_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'] as const;
const NAMESPACED: readonly ResourceKind[] = ['Pod', 'Deployment', 'StatefulSet'];

/** Errors: NotFoundError `namespaces "x" not found`, as the apiserver's NamespaceLifecycle admission says. */
export function requireNamespace(store: Store, name: string): void {
  if (!store.get('Namespace', undefined, name)) throw new NotFoundError(refOf('Namespace', name));
}

export function namespaceObject(input: Partial<Namespace> & { metadata: Namespace['metadata'] }): Namespace {
  return {
    apiVersion: 'v1', kind: 'Namespace',
    metadata: { ...input.metadata, labels: { ...input.metadata.labels, 'kubernetes.io/metadata.name': input.metadata.name } },
    spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' },
  };
}

export class NamespaceApi {
  constructor(private readonly c: ClusterCore) {}

  /** Errors: InvalidError, AlreadyExistsError. */
  async create(input: Namespace, opts: WriteOptions = {}): Promise<Namespace> {
    const { c } = this;
    const ns = namespaceObject({ metadata: createMeta(input.metadata, undefined, c.clock, c.rng) });
    const errs = validateNamespace(ns);
    if (errs.length) throw new InvalidError(refOf('Namespace', ns.metadata.name), errs);
    if (opts.dryRun) return ns;
    return (await c.store.commit([{ op: 'put', object: ns, expectVersion: '' }])).objects[0] as Namespace;
  }

  /** Labels and annotations only. Errors: NotFound, Conflict. */
  async update(input: Namespace, opts: WriteOptions = {}): Promise<Namespace> {
    const { c } = this;
    const live = getObject(c.store, 'Namespace', undefined, input.metadata.name);
    const next = namespaceObject({ metadata: updateMeta(input.metadata, live.metadata, false) });
    if (opts.dryRun) return next;
    return (await c.store.commit([{ op: 'put', object: next, expectVersion: input.metadata.resourceVersion || live.metadata.resourceVersion }])).objects[0] as Namespace;
  }

  /** Deletes the namespace and every object in it. Errors: NotFound, Forbidden for system namespaces. */
  async delete(name: string, opts: WriteOptions = {}): Promise<Namespace> {
    const { c } = this;
    const live = getObject(c.store, 'Namespace', undefined, name);
    if ((SYSTEM_NAMESPACES as readonly string[]).includes(name)) {
      throw new ForbiddenError(`namespaces "${name}" is forbidden: this namespace may not be deleted`);
    }
    if (opts.dryRun) return live;
    const contents = NAMESPACED.flatMap((kind) => c.store.list(kind, name));
    const ops: WriteOp[] = [
      ...contents.map((o): WriteOp => ({ op: 'delete', key: { kind: o.kind, namespace: name, name: o.metadata.name } })),
      { op: 'delete', key: { kind: 'Namespace', name } },
    ];
    const pending = c.store.commit(ops);
    for (const o of contents) if (o.kind === 'Pod') c.releasePod(o);
    await pending;
    return live;
  }
}
