// What the reliability tests read back from a running netsimd over gRPC: every pod and node
// (all pages), who holds which pod IP, and CIDR membership. Test-only; imports
// test/support/grpc-client.ts, ipaddr.js and generated proto types.
import ipaddr from 'ipaddr.js';
import type { Node__Output } from '../../proto/gen/netsim/v1/Node.js';
import type { Pod__Output } from '../../proto/gen/netsim/v1/Pod.js';
import type { NetsimTestClient } from '../support/grpc-client.js';

export type PodView = Pod__Output;
export type NodeView = Node__Output;

/** Every pod of `namespace` ('' = all), following next_page_token. */
export async function listAllPods(client: NetsimTestClient, namespace = ''): Promise<PodView[]> {
  const out: PodView[] = [];
  let page_token = '';
  do {
    const r = await client.call('Pods', 'ListPods', { namespace, page_size: 500, page_token });
    out.push(...(r.items ?? []));
    page_token = r.next_page_token ?? '';
  } while (page_token);
  return out;
}

export async function listAllNodes(client: NetsimTestClient): Promise<NodeView[]> {
  return (await client.call('Nodes', 'ListNodes', {})).items ?? [];
}

export const podKey = (p: PodView) => `${p.metadata?.namespace}/${p.metadata?.name}`;

/** status.podIPs of a pod, in order. */
export function podIps(p: PodView): string[] {
  return (p.status?.podIPs ?? []).map((x) => x.ip ?? '');
}

/**
 * Pod IP owners of the non-hostNetwork pods: ip -> pod keys. An entry with more than one key
 * is an address with two owners (reliability promise 3).
 */
export function ipOwners(pods: readonly PodView[]): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const p of pods) {
    if (p.spec?.hostNetwork) continue;
    for (const ip of podIps(p)) owners.set(ip, [...(owners.get(ip) ?? []), podKey(p)]);
  }
  return owners;
}

/** `ip (a, b)` for each address held by more than one pod. */
export function duplicateIps(pods: readonly PodView[]): string[] {
  return [...ipOwners(pods)].filter(([, who]) => who.length > 1).map(([ip, who]) => `${ip} (${who.join(', ')})`);
}

/** True when `ip` lies in `cidr` (same family). */
export function inCidr(ip: string, cidr: string): boolean {
  const a = ipaddr.parse(ip);
  const [net, bits] = ipaddr.parseCIDR(cidr);
  return a.kind() === net.kind() && a.match(net, bits);
}

/** The reasons a pod's IPs are not one per podCIDR of its node, in order (empty: fine). */
export function podIpProblems(p: PodView, nodes: ReadonlyMap<string, NodeView>): string[] {
  const ips = podIps(p);
  const node = nodes.get(p.spec?.nodeName ?? '');
  const cidrs = node?.spec?.podCIDRs ?? [];
  const who = podKey(p);
  if (!node) return [`${who}: on unknown node ${p.spec?.nodeName}`];
  if (ips.length !== cidrs.length) return [`${who}: podIPs ${ips.join(',')} but node podCIDRs ${cidrs.join(',')}`];
  const problems = ips.flatMap((ip, i) => (inCidr(ip, cidrs[i]) ? [] : [`${who}: ${ip} outside ${cidrs[i]}`]));
  if (p.status?.podIP !== ips[0]) problems.push(`${who}: podIP ${p.status?.podIP} is not podIPs[0] ${ips[0]}`);
  return problems;
}
