// One cluster CIDR cut into node podCIDRs, as kube-controller-manager's range allocator cuts it
// (pkg/controller/nodeipam/ipam/cidrset/cidr_set.go). Imports wire/ip.ts, ipam and domain errors.
import { cidrLast, cidrOverlaps, formatCidr, type Cidr } from '../../dataplane/wire/ip.js';
import { DomainError, RangeFullError } from '../domain/errors.js';
import { Bitmap } from './bitmap.js';
import { subnetAt, subnetIndexOf } from './subnet-index.js';

/** cidr_set.go ErrCIDRRangeNoCIDRsRemaining. */
export const ERR_NO_CIDRS_REMAINING =
  'CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range';
/** cidr_set.go ErrCIDRSetSubNetTooBig. */
export const ERR_SUBNET_TOO_BIG = 'New CIDR set failed; the node CIDR size is too big';
/** node_ipam_controller.go: the fatal start error when the node mask is shorter than the cluster's. */
export const ERR_NODE_MASK_SHORTER =
  'Controller: Invalid --cluster-cidr, mask size of cluster CIDR must be less than or equal to --node-cidr-mask-size configured for CIDR family';

/** cidr_set.go clusterSubnetMaxDiff: IPv6 node masks at most 16 bits longer than the cluster's. */
const CLUSTER_SUBNET_MAX_DIFF = 16;

/**
 * Node podCIDRs of one family: index i is the i-th /nodeMaskSize subnet of the cluster CIDR.
 * Allocation is sequential from a rolling next-candidate cursor that wraps (AllocateNext).
 */
export class CidrSet {
  readonly maxCidrs: number;
  private readonly used: Bitmap;
  private nextCandidate = 0;

  /** Errors: INVALID_SPEC with ERR_SUBNET_TOO_BIG or ERR_NODE_MASK_SHORTER (NewCIDRSet). */
  constructor(readonly cluster: Cidr, readonly nodeMaskSize: number) {
    const bits = cluster.family === 'IPv4' ? 32 : 128;
    if (nodeMaskSize < cluster.prefix || nodeMaskSize > bits) throw new DomainError('INVALID_SPEC', ERR_NODE_MASK_SHORTER);
    if (cluster.family === 'IPv6' && nodeMaskSize - cluster.prefix > CLUSTER_SUBNET_MAX_DIFF) {
      throw new DomainError('INVALID_SPEC', ERR_SUBNET_TOO_BIG);
    }
    this.maxCidrs = 2 ** (nodeMaskSize - cluster.prefix);
    this.used = new Bitmap(this.maxCidrs);
  }

  /** Number of node CIDRs taken (allocated or occupied). */
  get allocated(): number { return this.used.count; }

  /** The next free node CIDR. Errors: RANGE_FULL with ERR_NO_CIDRS_REMAINING. */
  allocateNext(): Cidr {
    const candidate = this.used.nextFree(this.nextCandidate);
    if (candidate < 0) throw new RangeFullError(ERR_NO_CIDRS_REMAINING, formatCidr(this.cluster));
    this.nextCandidate = (candidate + 1) % this.maxCidrs;
    this.used.set(candidate);
    return this.indexToCidr(candidate);
  }

  /** Marks every node CIDR that `cidr` overlaps as used; idempotent. Errors: IP_NOT_IN_RANGE. */
  occupy(cidr: Cidr): void {
    const [begin, end] = this.indices(cidr);
    for (let i = begin; i <= end; i++) this.used.set(i);
  }

  /** Frees every node CIDR that `cidr` overlaps; idempotent. Errors: IP_NOT_IN_RANGE. */
  release(cidr: Cidr): void {
    const [begin, end] = this.indices(cidr);
    for (let i = begin; i <= end; i++) this.used.clear(i);
  }

  /** True when the node CIDR holding `cidr`'s network address is taken. */
  isUsed(cidr: Cidr): boolean {
    const [begin] = this.indices(cidr);
    return this.used.has(begin);
  }

  indexToCidr(index: number): Cidr {
    return subnetAt(this.cluster, this.nodeMaskSize, index);
  }

  /** getBeginningAndEndIndices: the node-CIDR indexes `cidr` covers. */
  private indices(cidr: Cidr): [number, number] {
    if (!cidrOverlaps(this.cluster, cidr)) {
      throw new DomainError('IP_NOT_IN_RANGE', `cidr ${formatCidr(cidr)} is out the range of cluster cidr ${formatCidr(this.cluster)}`);
    }
    if (cidr.prefix <= this.cluster.prefix) return [0, this.maxCidrs - 1];
    const index = (a: Cidr['network']) => subnetIndexOf(this.cluster, this.nodeMaskSize, a);
    return [index(cidr.network), index(cidrLast(cidr))];
  }
}
