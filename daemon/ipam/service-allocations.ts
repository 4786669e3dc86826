// A Service write's ClusterIPs and NodePorts as one transaction over the cluster's allocators,
// with an owner ("ns/name") per address and port (alloc.go allocIPs/releaseIPs, initNodePorts;
// spec R1.7, R2.5, R3.3). Imports ipam allocators, wire/ip.ts and domain errors only.
import { formatIp, parseIp, type IpFamily } from '../../dataplane/wire/ip.js';
import { DomainError, InvalidError, RangeFullError, type ErrorCode, type ResourceRef } from '../domain/errors.js';
import { goStringSlice, invalid } from '../domain/field-errors.js';
import type { ClusterIpAllocator } from './cluster-ip.js';
import type { NodePortAllocator } from './node-port.js';

/** A rebuild finding, worded as the repair controllers' Warning events (repair.go). */
export interface RepairProblem { reason: string; message: string }

/** What a transaction took (rollback) or gave back (commit). */
export interface TxResult { ips: string[]; ports: number[] }

/** The canonical text of an address, or undefined when it is not one. */
function canonicalIp(ip: string): string | undefined {
  const a = parseIp(ip);
  return a === undefined ? undefined : formatIp(a);
}

/**
 * One ClusterIP range with its owner per slot: an array beside the bitmap, so recording and
 * checking an owner costs no hashing of address text.
 */
interface OwnedRange { readonly alloc: ClusterIpAllocator; readonly owners: (string | undefined)[] }

function ownerSlots(n: number): (string | undefined)[] {
  return new Array<string | undefined>(n).fill(undefined);
}

/** The cluster's Service allocators, one ClusterIP range per family, and the owner records. */
export class ServiceAllocations {
  readonly clusterIps: ReadonlyMap<IpFamily, ClusterIpAllocator>;
  /** @internal */
  readonly ranges: readonly OwnedRange[];
  /** @internal owner per nodePort offset. */
  readonly portOwners: (string | undefined)[];

  constructor(clusterIps: readonly ClusterIpAllocator[], readonly nodePorts: NodePortAllocator) {
    this.clusterIps = new Map(clusterIps.map((a) => [a.family, a]));
    this.ranges = clusterIps.map((alloc) => ({ alloc, owners: ownerSlots(alloc.size) }));
    this.portOwners = ownerSlots(nodePorts.range.size);
  }

  /** Service CIDR families in config order (the first is the primary family). */
  get families(): IpFamily[] { return [...this.clusterIps.keys()]; }

  ipOwner(ip: string): string | undefined {
    const hit = this.locate(ip);
    return hit && hit.range.owners[hit.off];
  }

  portOwner(port: number): string | undefined { return this.portOwners[port - this.nodePorts.range.base]; }

  /** Starts a create, update or delete of the Service `owner` ("ns/name"). */
  begin(owner: string): ServiceAllocationTx {
    return new ServiceAllocationTx(this, owner);
  }

  /** @internal the range and slot holding `ip`. */
  locate(ip: string): { range: OwnedRange; off: number } | undefined {
    const a = parseIp(ip);
    if (a === undefined) return undefined;
    for (const range of this.ranges) {
      const off = range.alloc.offsetOfAddr(a);
      if (off >= 0) return { range, off };
    }
    return undefined;
  }

  /** @internal */
  rangeOf(family: IpFamily): OwnedRange {
    const r = this.ranges.find((x) => x.alloc.family === family);
    if (!r) throw new DomainError('FAMILY_NOT_ENABLED', `can't allocate IP for family ${family}: no allocator`);
    return r;
  }

  /**
   * Rebuild from stored Services (ipallocator/controller/repair.go runOnce): marks `ip` as
   * `owner`'s. Returns the Warning event for a bad, foreign-range or doubly assigned IP.
   */
  occupyIp(owner: string, ip: string): RepairProblem | undefined {
    const k = canonicalIp(ip);
    if (k === undefined) return { reason: 'ClusterIPNotValid', message: `Cluster IP ${ip} is not a valid IP; please recreate service` };
    const hit = this.locate(k);
    if (!hit) {
      const cidrs = this.ranges.map((r) => r.alloc.cidr).join(',');
      return { reason: 'ClusterIPOutOfRange', message: `Cluster IP ${k} is not within the service CIDR ${cidrs}; please recreate service` };
    }
    const holder = hit.range.owners[hit.off];
    if (holder === owner) return undefined;
    if (holder !== undefined || hit.range.alloc.has(k)) {
      return { reason: 'ClusterIPAlreadyAllocated', message: `Cluster IP ${k} was assigned to multiple services; please recreate service` };
    }
    hit.range.alloc.allocate(k);
    hit.range.owners[hit.off] = owner;
    return undefined;
  }

  /** Rebuild of one nodePort (portallocator/controller/repair.go); ports one Service shares are fine. */
  occupyPort(owner: string, port: number): RepairProblem | undefined {
    if (!this.nodePorts.contains(port)) {
      return { reason: 'PortOutOfRange', message: `Port ${port} is not within the port range ${this.nodePorts.rangeText}; please recreate service` };
    }
    const off = port - this.nodePorts.range.base;
    const holder = this.portOwners[off];
    if (holder === owner) return undefined;
    if (holder !== undefined || this.nodePorts.has(port)) {
      return { reason: 'PortAlreadyAllocated', message: `Port ${port} was assigned to multiple services; please recreate service` };
    }
    this.nodePorts.allocate(port);
    this.portOwners[off] = owner;
    return undefined;
  }
}

/**
 * One Service write. Allocations happen at once (and are visible to other writes); releases wait
 * for commit(), so an update's released IP returns to the pool only once the update is durable
 * (R1.7). rollback() gives back everything taken (R2.5). A release of an address `owner` does not
 * hold is a no-op at commit.
 */
export class ServiceAllocationTx {
  private readonly takenIps: string[] = [];
  private takenPorts: number[] | undefined;
  private deferredIps: string[] | undefined;
  private deferredPorts: number[] | undefined;
  private open = true;

  constructor(private readonly set: ServiceAllocations, readonly owner: string) {}

  /** ClusterIPs taken so far by this transaction (canonical text). */
  get ips(): readonly string[] { return this.takenIps; }
  get ports(): readonly number[] { return this.takenPorts ?? []; }

  /**
   * `ip` (static) or the next free one of `family`'s range, in canonical text. Errors:
   * IpNotInRangeError, IpAllocatedError, RangeFullError, FAMILY_NOT_ENABLED (no range of that family).
   */
  allocateIp(family: IpFamily, ip?: string): string {
    this.check();
    const range = this.set.rangeOf(family);
    const off = ip === undefined ? range.alloc.allocateNextOffset() : range.alloc.allocate(ip);
    const got = range.alloc.addressAt(off);
    range.owners[off] = this.owner;
    this.takenIps.push(got);
    return got;
  }

  /** `port` (static) or the next free nodePort. Errors: PortNotInRangeError, PortAllocatedError, RangeFullError. */
  allocatePort(port?: number): number {
    this.check();
    const np = this.set.nodePorts;
    let got: number;
    if (port === undefined) got = np.allocateNext();
    else {
      np.allocate(port);
      got = port;
    }
    this.set.portOwners[got - np.range.base] = this.owner;
    (this.takenPorts ??= []).push(got);
    return got;
  }

  /** Releases `ip` at commit (ReleaseDeferred). */
  releaseIp(ip: string): void {
    this.check();
    (this.deferredIps ??= []).push(ip);
  }

  releasePort(port: number): void {
    this.check();
    (this.deferredPorts ??= []).push(port);
  }

  /** Applies the deferred releases the owner is entitled to; returns what went back to the pools. */
  commit(): TxResult {
    this.check();
    this.open = false;
    const out: TxResult = { ips: [], ports: [] };
    for (const ip of this.deferredIps ?? []) {
      const hit = this.set.locate(ip);
      if (!hit || hit.range.owners[hit.off] !== this.owner) continue;
      hit.range.owners[hit.off] = undefined;
      hit.range.alloc.releaseOffset(hit.off);
      out.ips.push(hit.range.alloc.addressAt(hit.off));
    }
    const np = this.set.nodePorts;
    for (const p of this.deferredPorts ?? []) {
      if (!np.contains(p) || this.set.portOwners[p - np.range.base] !== this.owner) continue;
      this.set.portOwners[p - np.range.base] = undefined;
      np.release(p);
      out.ports.push(p);
    }
    return out;
  }

  /** Gives back everything this transaction took and forgets its deferred releases. */
  rollback(): TxResult {
    this.check();
    this.open = false;
    for (const ip of this.takenIps) {
      const hit = this.set.locate(ip) as { range: OwnedRange; off: number };
      hit.range.owners[hit.off] = undefined;
      hit.range.alloc.releaseOffset(hit.off);
    }
    const np = this.set.nodePorts;
    for (const p of this.takenPorts ?? []) {
      this.set.portOwners[p - np.range.base] = undefined;
      np.release(p);
    }
    return { ips: [...this.takenIps], ports: [...(this.takenPorts ?? [])] };
  }

  private check(): void {
    if (!this.open) throw new Error(`allocation transaction of ${this.owner} already ended`);
  }
}

/**
 * alloc.go allocIPs' wording of an allocator error for a Service: range exhaustion becomes
 * `failed to allocate a serviceIP: range is full` (the CLI adds `Internal error occurred: `); a
 * refused static IP becomes `spec.clusterIPs: Invalid value: []string{...}: failed to allocate IP X: ...`.
 */
export function clusterIpFailure(err: unknown, ref: ResourceRef, clusterIPs: readonly string[], ip?: string): unknown {
  if (err instanceof RangeFullError) return new RangeFullError(`failed to allocate a serviceIP: ${err.message}`, err.cidr);
  if (!(err instanceof DomainError) || ip === undefined) return err;
  if (err.code !== 'IP_ALLOCATED' && err.code !== 'IP_NOT_IN_RANGE') return err;
  const shown = canonicalIp(ip) ?? ip;
  const cause = invalid('spec.clusterIPs', goStringSlice(clusterIPs), `failed to allocate IP ${shown}: ${err.message}`, err.code);
  return new InvalidError(ref, [cause], err.code);
}

/** A Service port as initNodePorts sees it. */
export interface NodePortRequest { port: number; nodePort?: number }

/**
 * alloc.go initNodePorts: one nodePort per distinct `port` number (53/TCP and 53/UDP share one,
 * R3.3), a requested one taking precedence over allocating; with `allocateNew` false (a
 * LoadBalancer with allocateLoadBalancerNodePorts false) only requested ports are taken.
 * Returns the nodePort of each entry (0 = none). Errors: InvalidError
 * `spec.ports[i].nodePort: Invalid value: N: <allocator error>`, RangeFullError
 * `failed to allocate a nodePort: range is full`. The caller rolls the transaction back.
 */
export function initNodePorts(tx: ServiceAllocationTx, ref: ResourceRef, ports: readonly NodePortRequest[], allocateNew: boolean): number[] {
  const byPort = new Map<number, number>();
  const out: number[] = [];
  ports.forEach((sp, i) => {
    const asked = sp.nodePort ?? 0;
    if (asked === 0 && !allocateNew) { out.push(0); return; }
    const shared = byPort.get(sp.port) ?? 0;
    if (shared === 0) {
      const np = ports.find((q) => q.port === sp.port && (q.nodePort ?? 0) !== 0)?.nodePort ?? 0;
      const got = np !== 0 ? takePort(tx, ref, i, np) : nextPort(tx);
      byPort.set(sp.port, got);
      out.push(got);
    } else if (asked !== shared && asked !== 0) {
      takePort(tx, ref, i, asked);
      out.push(asked);
    } else out.push(shared);
  });
  return out;
}

function takePort(tx: ServiceAllocationTx, ref: ResourceRef, index: number, port: number): number {
  try {
    return tx.allocatePort(port);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    const code: ErrorCode = e.code;
    throw new InvalidError(ref, [invalid(`spec.ports[${index}].nodePort`, port, e.message, code)], code);
  }
}

function nextPort(tx: ServiceAllocationTx): number {
  try {
    return tx.allocatePort();
  } catch (e) {
    throw e instanceof RangeFullError ? new RangeFullError(`failed to allocate a nodePort: ${e.message}`, e.cidr) : e;
  }
}
