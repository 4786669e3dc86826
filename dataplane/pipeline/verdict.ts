// The outcome of one packet at one hop: an Action and, for drops, a DropReason from the one
// enum the proto mirrors (netsim.v1.DropReason, DROP_REASON_<NAME> = the same number).
// Numbers, not objects: the hot path writes them into result arrays. Imports nothing.

/** What the pipeline did with a packet at a namespace. */
export const Action = {
  /** Sent on towards `HopOut.ns` through `HopOut.iface`. */
  FORWARD: 1,
  /** Reached a socket of this namespace (a ping's reply, an ICMP error, a listener or client socket). */
  DELIVER: 2,
  /** The kernel answered in place (echo reply, RST): the packet now travels back, originated here. */
  REPLY: 3,
  /** Dropped, with `HopOut.reason`; an ICMP error may have been generated into `HopOut.generated`. */
  DROP: 4,
} as const;
export type Action = (typeof Action)[keyof typeof Action];

/** Why a packet was dropped (Cilium drop_reasons.h style; proto: DROP_REASON_<NAME>). */
export const DropReason = {
  NONE: 0,
  MALFORMED_L3: 1,
  MALFORMED_L4: 2,
  BAD_CHECKSUM: 3,
  TTL_EXCEEDED: 4,
  NO_ROUTE: 5,
  /** Neighbour resolution failed: an unassigned address on a connected network. */
  HOST_UNREACHABLE: 6,
  /** Left the simulated networks through a node's default gateway: there is no internet. */
  NO_INTERNET: 7,
  /** UDP to a port nothing listens on (answered with ICMP port unreachable). */
  PORT_UNREACHABLE: 8,
  /** TCP to a port nothing listens on (answered with RST). */
  TCP_RESET: 9,
  /** A Service with no usable endpoints: kube-proxy's REJECT (ICMP port unreachable). */
  SERVICE_NO_ENDPOINTS: 10,
  /** internalTrafficPolicy/externalTrafficPolicy Local with no endpoint on this node: kube-proxy's DROP. */
  SERVICE_NO_LOCAL_ENDPOINTS: 11,
  UNSUPPORTED_PROTOCOL: 12,
  FRAGMENT: 13,
  /** A pod namespace does not forward packets that are not its own. */
  NOT_FORWARDING: 14,
  /** An ICMP message no socket of the namespace wants (a stray reply or error). */
  NO_SOCKET: 15,
  /** A packet from a namespace with no address of that family. */
  NO_SOURCE_ADDRESS: 16,
} as const;
export type DropReason = (typeof DropReason)[keyof typeof DropReason];

const DROP_NAMES: readonly string[] = Object.entries(DropReason).sort((a, b) => a[1] - b[1]).map(([k]) => k);

/** `NO_ROUTE` for 5: the TS name, which the proto spells DROP_REASON_NO_ROUTE. */
export function dropReasonName(r: number): string {
  return DROP_NAMES[r] ?? `UNKNOWN_${r}`;
}
