// Subnet index arithmetic: the i-th node subnet of a cluster CIDR and back, as k8s cidrset's
// indexToCIDRBlock and getIndexForIP compute them. Imports only dataplane/wire/ip.ts.
import { cidrOf, type Cidr, type IpAddr } from '../../dataplane/wire/ip.js';

/**
 * The `len` bits (len <= 32) of an address starting at bit `start` counted from the most
 * significant bit: the index of an address's subnet (k8s cidrset getIndexForIP).
 */
export function addrBits(a: IpAddr, start: number, len: number): number {
  if (typeof a === 'number') return len === 0 ? 0 : Math.floor(a / 2 ** (32 - start - len)) % 2 ** len;
  let v = 0;
  for (let k = start; k < start + len; k++) v = v * 2 + ((a[k >> 3] >> (7 - (k & 7))) & 1);
  return v;
}

/** `a` with the `len` bits at `start` replaced by `value` (k8s cidrset indexToCIDRBlock). */
export function withAddrBits(a: IpAddr, start: number, len: number, value: number): IpAddr {
  if (typeof a === 'number') {
    const unit = 2 ** (32 - start - len), span = 2 ** len;
    const cleared = a - (Math.floor(a / unit) % span) * unit;
    return (cleared + (value % span) * unit) >>> 0;
  }
  const out = a.slice();
  for (let k = start + len - 1, v = value; k >= start; k--, v = Math.floor(v / 2)) {
    const bit = 0x80 >> (k & 7);
    out[k >> 3] = v % 2 ? out[k >> 3] | bit : out[k >> 3] & ~bit;
  }
  return out;
}

/** The `index`-th subnet of length `prefix` inside `parent` (prefix - parent.prefix <= 32). */
export function subnetAt(parent: Cidr, prefix: number, index: number): Cidr {
  return cidrOf(withAddrBits(parent.network, parent.prefix, prefix - parent.prefix, index), prefix);
}

/** Which subnet of length `prefix` inside `parent` holds `a` (a must be inside parent). */
export function subnetIndexOf(parent: Cidr, prefix: number, a: IpAddr): number {
  return addrBits(a, parent.prefix, prefix - parent.prefix);
}
