// ICMP error type/code → the kind the tools print (iputils pr_icmph, traceroute's !H !N !X).
export type IcmpErrorKind = 'net-unreachable' | 'host-unreachable' | 'port-unreachable' | 'admin-prohibited' | 'ttl-exceeded';

export function icmpErrorKind(v6: boolean, type: number, code: number): IcmpErrorKind | undefined {
  if (v6) {
    if (type === 3) return 'ttl-exceeded';
    if (type !== 1) return undefined;
    return (['net-unreachable', 'admin-prohibited', undefined, 'host-unreachable', 'port-unreachable'] as const)[code];
  }
  if (type === 11) return 'ttl-exceeded';
  if (type !== 3) return undefined;
  if (code === 0) return 'net-unreachable';
  if (code === 1) return 'host-unreachable';
  if (code === 3) return 'port-unreachable';
  if (code === 13 || code === 9 || code === 10) return 'admin-prohibited';
  return undefined;
}
