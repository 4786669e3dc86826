// Services: the apiserver's registry path. Create runs v1 defaulting, normalizeClusterIPs,
// initIPFamilyFields and validation, then allocates clusterIPs and nodePorts in one
// transaction that is rolled back if the commit is refused; update adds patchAllocatedValues,
// dropTypeDependentFields and the upgrade/downgrade rules; delete frees everything.
import { AlreadyExistsError, InvalidError, type ErrorCode, type ResourceRef } from '../domain/errors.js';
import type { FieldError } from '../domain/field-errors.js';
import type { Service } from '../domain/service-types.js';
import { defaultService } from '../services/defaults.js';
import { initIPFamilyFields } from '../services/ip-families.js';
import { dropTypeDependentFields, normalizeClusterIPs, patchAllocatedValues } from '../services/normalize.js';
import { isHeadless, needsClusterIP, needsHealthCheck } from '../services/predicates.js';
import { validateService, validateServiceUpdate } from '../services/validate.js';
import { clusterIpFailure, type ServiceAllocationTx } from '../ipam/service-allocations.js';
import type { WriteOp } from '../store/store.js';
import type { ClusterCore, WriteOptions } from './core.js';
import { refOf } from './kinds.js';
import { requireNamespace } from './namespaces-api.js';
import { createMeta, updateMeta } from './object-meta.js';
import { getObject } from './reads.js';

const ownerOf = (s: Service) => `${s.metadata.namespace}/${s.metadata.name}`;

function invalid(ref: ResourceRef, errs: FieldError[]): InvalidError {
  const code = (errs.find((e) => e.reason === 'FAMILY_NOT_ENABLED') ? 'FAMILY_NOT_ENABLED' : 'INVALID_SPEC') as ErrorCode;
  return new InvalidError(ref, errs, code);
}

export class ServiceApi {
  constructor(private readonly c: ClusterCore) {}

  /** Errors: NotFound (namespace), InvalidError, AlreadyExistsError, RangeFullError. */
  async create(input: Service, opts: WriteOptions = {}): Promise<Service> {
    const { c } = this;
    const ns = input.metadata?.namespace || 'default';
    requireNamespace(c.store, ns);
    const svc = defaultService(structuredClone({ ...input, apiVersion: 'v1', kind: 'Service', metadata: createMeta(input.metadata, ns, c.clock, c.rng), status: {} }) as Service);
    const ref = refOf('Service', svc.metadata.name, ns);
    normalizeClusterIPs(svc.spec, undefined);
    const famErrs = initIPFamilyFields(svc.spec, undefined, { families: c.config.families });
    if (famErrs.length) throw invalid(ref, famErrs);
    // alloc.go assigns the health-check port before validation: a missing one is not "Required".
    const errs = validateService(svc, { healthCheckPending: needsHealthCheck(svc.spec) && !svc.spec.healthCheckNodePort });
    if (errs.length) throw invalid(ref, errs);
    if (c.store.get('Service', ns, svc.metadata.name)) throw new AlreadyExistsError(ref);
    const tx = c.serviceIpam.allocations.begin(ownerOf(svc));
    let ended = false;
    try {
      c.serviceIpam.allocateNew(tx, ref, svc.spec);
      const ingress = c.serviceIpam.assignIngress(svc.spec, []);
      if (ingress.length) svc.status = { loadBalancer: { ingress: ingress.map((ip) => ({ ip, ipMode: 'VIP' as const })) } };
      else if (svc.spec.type === 'LoadBalancer') svc.status = { loadBalancer: {} };
      if (opts.dryRun) { ended = true; tx.rollback(); this.releaseIngress(svc); return svc; }
      const pending = c.store.commit([{ op: 'put', object: svc, expectVersion: '' }]);
      ended = true;
      tx.commit();
      c.noteEndpointsChange(ns, svc.metadata.name);
      const stored = (await pending).objects[0] as Service;
      await c.reconcile();
      return stored;
    } catch (e) {
      if (!ended) { tx.rollback(); this.releaseIngress(svc); }
      throw e;
    }
  }

  /** Errors: NotFound, Conflict, InvalidError, RangeFullError. */
  async update(input: Service, opts: WriteOptions = {}): Promise<Service> {
    const { c } = this;
    const ns = input.metadata?.namespace || 'default';
    const live = getObject(c.store, 'Service', ns, input.metadata.name);
    const ref = refOf('Service', live.metadata.name, ns);
    const draft = defaultService(structuredClone({ ...input, apiVersion: 'v1', kind: 'Service', status: live.status }) as Service);
    draft.metadata = updateMeta(input.metadata, live.metadata, false);
    normalizeClusterIPs(draft.spec, live.spec);
    patchAllocatedValues(draft.spec, live.spec);
    dropTypeDependentFields(draft, live);
    const famErrs = initIPFamilyFields(draft.spec, live.spec, { families: c.config.families });
    if (famErrs.length) throw invalid(ref, famErrs);
    const errs = validateServiceUpdate(draft, live, { healthCheckPending: needsHealthCheck(draft.spec) && !draft.spec.healthCheckNodePort });
    if (errs.length) throw invalid(ref, errs);
    const tx = c.serviceIpam.allocations.begin(ownerOf(live));
    let ended = false;
    let ingress: string[] = [];
    const oldIngress = (live.status.loadBalancer?.ingress ?? []).flatMap((i) => (i.ip ? [i.ip] : []));
    try {
      this.updateClusterIPs(tx, ref, draft, live);
      const oldNodePorts = new Set((live.spec.ports ?? []).map((p) => p.nodePort ?? 0).filter((p) => p > 0));
      c.serviceIpam.allocatePorts(tx, ref, draft.spec, oldNodePorts, live.spec.healthCheckNodePort ?? 0);
      for (const p of portsOf(live)) if (!portsOf(draft).has(p)) tx.releasePort(p);
      ingress = c.serviceIpam.assignIngress(draft.spec, oldIngress);
      draft.status = draft.spec.type === 'LoadBalancer' ? { loadBalancer: ingress.length ? { ingress: ingress.map((ip) => ({ ip, ipMode: 'VIP' as const })) } : {} } : {};
      if (opts.dryRun) { ended = true; tx.rollback(); this.releaseNewIngress(ingress, oldIngress); return draft; }
      const pending = c.store.commit([{ op: 'put', object: draft, expectVersion: input.metadata.resourceVersion || live.metadata.resourceVersion }]);
      ended = true;
      tx.commit();
      c.noteEndpointsChange(ns, draft.metadata.name);
      for (const ip of oldIngress) if (!ingress.includes(ip)) c.serviceIpam.lb.release(ip);
      const stored = (await pending).objects[0] as Service;
      await c.reconcile();
      return stored;
    } catch (e) {
      if (!ended) { tx.rollback(); this.releaseNewIngress(ingress, oldIngress); }
      throw e;
    }
  }

  // alloc.go updateClusterIPs: fresh allocation when the old Service had none, release when the
  // new one needs none, else upgrade (allocate the secondary) or downgrade (release it).
  private updateClusterIPs(tx: ServiceAllocationTx, ref: ResourceRef, next: Service, live: Service): void {
    const had = needsClusterIP(live.spec) && !isHeadless(live.spec) ? live.spec.clusterIPs ?? [] : [];
    const needs = needsClusterIP(next.spec) && !isHeadless(next.spec);
    if (!needs) { for (const ip of had) tx.releaseIp(ip); return; }
    const families = next.spec.ipFamilies ?? [];
    const requested = next.spec.clusterIPs ?? [];
    const ips = had.length === 0 ? this.freshIps(tx, ref, next) : [...had.slice(0, families.length)];
    for (let i = ips.length; i < families.length; i++) {
      const ip = requested[i] || undefined;
      try { ips.push(tx.allocateIp(families[i], ip)); } catch (e) { throw clusterIpFailure(e, ref, requested, ip); }
    }
    for (const ip of had.slice(families.length)) tx.releaseIp(ip);
    next.spec.clusterIPs = ips;
    next.spec.clusterIP = ips[0];
  }

  private freshIps(tx: ServiceAllocationTx, ref: ResourceRef, next: Service): string[] {
    const spec = { ...next.spec, type: 'ClusterIP' as const, ports: undefined, healthCheckNodePort: undefined };
    this.c.serviceIpam.allocateNew(tx, ref, spec);
    return spec.clusterIPs ?? [];
  }

  /** Deletes the Service, its managed EndpointSlices, and frees its addresses. Errors: NotFound. */
  async delete(namespace: string, name: string, opts: WriteOptions & { resourceVersion?: string } = {}): Promise<Service> {
    const { c } = this;
    const live = getObject(c.store, 'Service', namespace, name);
    if (opts.dryRun) return live;
    const slices = c.store.list('EndpointSlice', namespace).filter((s) => s.metadata.ownerReferences?.some((r) => r.kind === 'Service' && r.uid === live.metadata.uid));
    const ops: WriteOp[] = [
      { op: 'delete', key: { kind: 'Service', namespace, name }, expectVersion: opts.resourceVersion || undefined },
      ...slices.map((s): WriteOp => ({ op: 'delete', key: { kind: 'EndpointSlice', namespace, name: s.metadata.name } })),
    ];
    const pending = c.store.commit(ops);
    const tx = c.serviceIpam.allocations.begin(ownerOf(live));
    for (const ip of live.spec.clusterIPs ?? []) if (ip !== 'None') tx.releaseIp(ip);
    for (const p of portsOf(live)) tx.releasePort(p);
    tx.commit();
    this.releaseIngress(live);
    await pending;
    return live;
  }

  private releaseNewIngress(ingress: readonly string[], old: readonly string[]): void {
    for (const ip of ingress) if (!old.includes(ip)) this.c.serviceIpam.lb.release(ip);
  }

  private releaseIngress(s: Service): void {
    for (const i of s.status.loadBalancer?.ingress ?? []) if (i.ip) this.c.serviceIpam.lb.release(i.ip);
  }
}

function portsOf(s: Service): Set<number> {
  return new Set([...(s.spec.ports ?? []).map((p) => p.nodePort ?? 0), s.spec.healthCheckNodePort ?? 0].filter((p) => p > 0));
}
