// The EndpointSlice controller's reconcile step as a pure function (k8s.io/endpointslice
// reconciler.go Reconcile, reconcileByAddressType, reconcileByPortMapping, finalize): the
// slices to create, update and delete so one Service's slices hold its pods. Pure but for the
// RNG it is given; imports only daemon/domain, daemon/sim/rng and its siblings.
import type { Endpoint, EndpointPort, EndpointSlice, Service } from '../domain/service-types.js';
import type { IpFamily, Node, Pod } from '../domain/types.js';
import type { Rng } from '../sim/rng.js';
import { addressTypesForService, endpointPorts, podToEndpoint, selectorMatches, shouldPodBeInEndpoints } from './endpoint-from-pod.js';
import {
  compareEndpoints, endpointKey, endpointsEqualBeyondHash, isPlaceholderOf, managedSliceOf, newSlice, ownedBy, portMapKey, sliceLabels,
} from './endpoint-slice-meta.js';

/** kube-controller-manager --max-endpoints-per-slice default. */
export const MAX_ENDPOINTS_PER_SLICE = 100;

export interface SliceChanges { create: EndpointSlice[]; update: EndpointSlice[]; delete: EndpointSlice[] }

export interface ReconcileOptions { maxEndpointsPerSlice?: number }

interface Ctx { svc: Service; max: number }

/**
 * The changes that make `existing` (any slices; only those this controller manages for the
 * Service are considered) hold the Service's pods: one set of slices per address type, split by
 * port set and at `maxEndpointsPerSlice`, a placeholder when there is nothing to hold. ExternalName
 * and selectorless Services get nothing. New slices are named `<svc>-<5 random chars>` from `rng`.
 * Endpoints inside a written slice are sorted by pod, then address. Throws nothing.
 */
export function desiredEndpointSlices(service: Service, pods: readonly Pod[], nodes: readonly Node[], existing: readonly EndpointSlice[],
  rng: Rng, opts: ReconcileOptions = {}): SliceChanges {
  const out: SliceChanges = { create: [], update: [], delete: [] };
  const selector = service.spec.selector ?? {};
  // An empty selector is stored as no selector (protobuf drops empty maps): the controller skips it.
  if (service.spec.type === 'ExternalName' || Object.keys(selector).length === 0) return out;
  const ctx: Ctx = { svc: service, max: opts.maxEndpointsPerSlice ?? MAX_ENDPOINTS_PER_SLICE };
  const mine = existing.filter((s) => managedSliceOf(s, service));
  const selected = pods.filter((p) => p.metadata.namespace === service.metadata.namespace && selectorMatches(selector, p.metadata.labels))
    .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
  const nodesByName = new Map(nodes.map((n) => [n.metadata.name, n]));
  const types = addressTypesForService(service);
  out.delete.push(...mine.filter((s) => !types.includes(s.addressType as IpFamily)));
  for (const t of types) {
    const r = reconcileByAddressType(ctx, selected, nodesByName, mine.filter((s) => s.addressType === t), t);
    out.create.push(...r.create); out.update.push(...r.update); out.delete.push(...r.delete);
  }
  if (service.metadata.deletionTimestamp) out.create = [];
  nameNewSlices(out.create, existing, rng);
  return out;
}

interface Desired { ports: EndpointPort[]; endpoints: Map<string, Endpoint> }

function desiredByPortMap(ctx: Ctx, pods: readonly Pod[], nodes: Map<string, Node>, addressType: IpFamily): Map<string, Desired> {
  const byKey = new Map<string, Desired>();
  for (const pod of pods) {
    if (!shouldPodBeInEndpoints(pod, true)) continue;
    const ports = endpointPorts(ctx.svc, pod);
    const key = portMapKey(ports);
    if (!byKey.has(key)) byKey.set(key, { ports, endpoints: new Map() });
    const node = nodes.get(pod.spec.nodeName ?? '');
    // A pod on a node that does not exist is left out unless the Service publishes not-ready addresses.
    if (!node && !ctx.svc.spec.publishNotReadyAddresses) continue;
    const ep = podToEndpoint(pod, node, ctx.svc, addressType);
    if (ep.addresses.length > 0) byKey.get(key)!.endpoints.set(endpointKey(ep), ep);
  }
  return byKey;
}

function reconcileByAddressType(ctx: Ctx, pods: readonly Pod[], nodes: Map<string, Node>, existing: EndpointSlice[], addressType: IpFamily): SliceChanges {
  const out: SliceChanges = { create: [], update: [], delete: [] };
  const existingByKey = new Map<string, EndpointSlice[]>();
  for (const s of [...existing].sort(byName)) {
    if (!ownedBy(s, ctx.svc)) { out.delete.push(s); continue; }
    const key = portMapKey(s.ports);
    existingByKey.set(key, [...(existingByKey.get(key) ?? []), s]);
  }
  const desired = desiredByPortMap(ctx, pods, nodes, addressType);
  for (const [key, d] of desired) {
    const r = reconcileByPortMapping(ctx, existingByKey.get(key) ?? [], d, addressType);
    out.create.push(...r.create); out.update.push(...r.update); out.delete.push(...r.delete);
  }
  for (const [key, slices] of existingByKey) if (!desired.has(key)) out.delete.push(...slices);
  if (existing.length === out.delete.length && out.create.length === 0) {
    const placeholder = newSlice(ctx.svc, addressType, []);
    if (out.delete.length === 1 && isPlaceholderOf(out.delete[0], placeholder)) out.delete = [];
    else out.create.push(placeholder);
  }
  return finalize(ctx, out);
}

// reconcileByPortMapping: keep desired endpoints where they are, drop the rest, fill the slices
// already being updated, then the unchanged slice closest to full, then new slices.
function reconcileByPortMapping(ctx: Ctx, existing: EndpointSlice[], d: Desired, addressType: IpFamily): SliceChanges {
  const want = new Map(d.endpoints);
  const toUpdate = new Map<string, EndpointSlice>();
  const unchanged = new Map<string, EndpointSlice>();
  const toDelete: EndpointSlice[] = [];
  for (const s of existing) {
    const kept: Endpoint[] = [];
    let changed = false;
    for (const ep of s.endpoints) {
      const got = want.get(endpointKey(ep));
      if (!got) continue;
      kept.push(got);
      if (!endpointsEqualBeyondHash(got, ep)) changed = true;
      want.delete(endpointKey(ep));
    }
    const { labels, changed: labelsChanged } = sliceLabels(s, ctx.svc);
    if (changed || kept.length !== s.endpoints.length) {
      if (kept.length === 0) toDelete.push(s);
      else toUpdate.set(s.metadata.name, { ...s, metadata: { ...s.metadata, labels }, endpoints: kept });
    } else if (labelsChanged) toUpdate.set(s.metadata.name, { ...s, metadata: { ...s.metadata, labels }, endpoints: [...s.endpoints] });
    else unchanged.set(s.metadata.name, s);
  }
  if (want.size > 0) {
    for (const s of [...toUpdate.values()].sort((a, b) => b.endpoints.length - a.endpoints.length)) fill(s, want, ctx.max);
  }
  const create: EndpointSlice[] = [];
  while (want.size > 0) {
    let target = want.size < ctx.max ? sliceToFill([...unchanged.values()], want.size, ctx.max) : undefined;
    target = target ? { ...target, endpoints: [...target.endpoints] } : newSlice(ctx.svc, addressType, [...d.ports]);
    fill(target, want, ctx.max);
    if (target.metadata.name) { toUpdate.set(target.metadata.name, target); unchanged.delete(target.metadata.name); }
    else create.push(target);
  }
  return { create, update: [...toUpdate.values()], delete: toDelete };
}

function fill(slice: EndpointSlice, want: Map<string, Endpoint>, max: number): void {
  for (const [key, ep] of want) {
    if (slice.endpoints.length >= max) break;
    slice.endpoints.push(ep);
    want.delete(key);
  }
}

/** getSliceToFill: the slice that ends closest to full when `n` endpoints are added. */
function sliceToFill(slices: EndpointSlice[], n: number, max: number): EndpointSlice | undefined {
  let closestDiff = max;
  let closest: EndpointSlice | undefined;
  for (const s of slices) {
    const diff = max - (n + s.endpoints.length);
    if (diff >= 0 && diff < closestDiff) {
      closestDiff = diff;
      closest = s;
      if (diff === 0) break;
    }
  }
  return closest;
}

// finalize: a slice to create replaces one to delete (same address type, owned) by updating it
// under the old name; endpoints are then sorted so the output does not depend on set order.
function finalize(ctx: Ctx, c: SliceChanges): SliceChanges {
  const create = [...c.create];
  const update = [...c.update];
  const del: EndpointSlice[] = [];
  for (const old of c.delete) {
    const next = create.at(-1);
    if (next && old.addressType === next.addressType && ownedBy(old, ctx.svc)) {
      create.pop();
      update.push({ ...next, metadata: { ...old.metadata, labels: next.metadata.labels, ownerReferences: next.metadata.ownerReferences } });
    } else del.push(old);
  }
  const sorted = (s: EndpointSlice): EndpointSlice => ({ ...s, endpoints: [...s.endpoints].sort(compareEndpoints) });
  return { create: create.map(sorted), update: update.map(sorted), delete: del };
}

function nameNewSlices(create: EndpointSlice[], existing: readonly EndpointSlice[], rng: Rng): void {
  const taken = new Set(existing.filter((s) => s.metadata.namespace === create[0]?.metadata.namespace).map((s) => s.metadata.name));
  for (const s of create) {
    let name: string;
    do name = `${s.metadata.generateName}${rng.kubeSuffix(5)}`; while (taken.has(name));
    taken.add(name);
    s.metadata.name = name;
  }
}

function byName(a: EndpointSlice, b: EndpointSlice): number {
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}
