// Node podCIDRs for every configured family, in cluster order, as kube-controller-manager's
// range_allocator.go does (AllocateOrOccupyCIDR, occupyCIDRs, ReleaseCIDR, filterOutServiceRange).
// Imports wire/ip.ts, ipam and domain errors.
import { cidrOverlaps, formatCidr, parseCidr, type Cidr } from '../../dataplane/wire/ip.js';
import { DomainError, RangeFullError } from '../domain/errors.js';
import { CidrSet, ERR_NO_CIDRS_REMAINING } from './cidr-set.js';

export interface NodeCidrConfig {
  /** The cluster CIDRs (`podSubnet`), primary family first. */
  clusterCidrs: readonly string[];
  /** Node mask size per family (`nodeCIDRMaskSizeIPv4/IPv6`, defaults 24 and 64). */
  maskSizes?: { IPv4?: number; IPv6?: number };
  /** CIDRs whose overlapping node subnets are never handed out (the Service CIDRs). */
  reserved?: readonly string[];
}

/** A Node event to record when allocation fails (controller/util/node RecordNodeStatusChange). */
export interface NodeStatusEvent { type: 'Normal'; reason: string; message: string }

/**
 * No node CIDR left in cluster CIDR `idx`. The message is range_allocator's; kube-controller-manager
 * records `event(nodeName)` on the Node and the node keeps no podCIDR.
 */
export class CidrNotAvailableError extends RangeFullError {
  constructor(readonly idx: number, cidr: string) {
    super(`failed to allocate cidr from cluster cidr at idx:${idx}: ${ERR_NO_CIDRS_REMAINING}`, cidr);
  }

  /** RecordNodeStatusChange uses EventTypeNormal (pkg/controller/util/node/controller_utils.go). */
  event(nodeName: string): NodeStatusEvent {
    return { type: 'Normal', reason: 'CIDRNotAvailable', message: `Node ${nodeName} status is now: CIDRNotAvailable` };
  }
}

function mustParse(text: string): Cidr {
  const c = parseCidr(text);
  if (!c) throw new DomainError('INVALID_SPEC', `invalid CIDR address: ${text}`);
  return c;
}

export class NodeCidrAllocator {
  /** One set per cluster CIDR, in cluster order (podCIDRs[i] comes from sets[i]). */
  readonly sets: readonly CidrSet[];

  /** Errors: INVALID_SPEC (bad CIDR, cidr-set mask errors). */
  constructor(cfg: NodeCidrConfig) {
    const masks = { IPv4: cfg.maskSizes?.IPv4 ?? 24, IPv6: cfg.maskSizes?.IPv6 ?? 64 };
    this.sets = cfg.clusterCidrs.map((t) => {
      const c = mustParse(t);
      return new CidrSet(c, masks[c.family]);
    });
    for (const r of (cfg.reserved ?? []).map(mustParse)) {
      for (const set of this.sets) if (cidrOverlaps(set.cluster, r)) set.occupy(r);
    }
  }

  /**
   * One podCIDR per cluster CIDR, in cluster order. Errors: CidrNotAvailableError (RANGE_FULL);
   * the CIDRs already taken for this node are released first (kube-controller-manager keeps them
   * until it restarts; nothing here leaks).
   */
  allocate(): string[] {
    const taken: Cidr[] = [];
    for (let idx = 0; idx < this.sets.length; idx++) {
      try {
        taken.push(this.sets[idx].allocateNext());
      } catch (e) {
        taken.forEach((c, i) => this.sets[i].release(c));
        if (e instanceof RangeFullError) throw new CidrNotAvailableError(idx, formatCidr(this.sets[idx].cluster));
        throw e;
      }
    }
    return taken.map(formatCidr);
  }

  /** Marks an existing node's podCIDRs as used, by index (occupyCIDRs). Errors: INVALID_SPEC, IP_NOT_IN_RANGE. */
  occupy(nodeName: string, podCIDRs: readonly string[]): void {
    podCIDRs.forEach((text, idx) => {
      const c = parseCidr(text);
      if (!c) throw new DomainError('INVALID_SPEC', `failed to parse node ${nodeName}, CIDR ${podCIDRs[0]}`);
      if (idx >= this.sets.length) {
        throw new DomainError('INVALID_SPEC', `node:${nodeName} has an allocated cidr: ${text} at index:${idx} that does not exist in cluster cidrs configuration`);
      }
      try {
        this.sets[idx].occupy(c);
      } catch (e) {
        throw new DomainError('IP_NOT_IN_RANGE', `failed to mark cidr[${formatCidr(c)}] at idx [${idx}] as occupied for node: ${nodeName}: ${(e as Error).message}`);
      }
    });
  }

  /** Frees a deleted node's podCIDRs, by index (ReleaseCIDR); releasing a free CIDR is a no-op. */
  release(nodeName: string, podCIDRs: readonly string[]): void {
    podCIDRs.forEach((text, idx) => {
      const c = parseCidr(text);
      if (!c) throw new DomainError('INVALID_SPEC', `failed to parse CIDR ${text} on Node ${nodeName}: invalid CIDR address: ${text}`);
      if (idx >= this.sets.length) {
        throw new DomainError('INVALID_SPEC', `node:${nodeName} has an allocated cidr: ${text} at index:${idx} that does not exist in cluster cidrs configuration`);
      }
      try {
        this.sets[idx].release(c);
      } catch (e) {
        throw new DomainError('IP_NOT_IN_RANGE', `Error when releasing CIDR ${text}: ${(e as Error).message}`);
      }
    });
  }
}
