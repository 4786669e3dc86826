// The packet mixes of the forward bench over benchProgram(): pod→pod UDP crossing nodes (the
// forward path), echo requests to a node address (the ICMP echo path), UDP to ClusterIPs (DNAT
// through conntrack, one flow per packet). Half IPv4, half IPv6. Imports exchange/probes.ts,
// wire/ip.ts, bench/.
import { echoRequest, udpPacket } from '../exchange/probes.js';
import { parseIp, type IpAddr } from '../wire/ip.js';
import type { ForwardingProgram } from '../tables/program.js';
import type { BatchPacket } from '../worker/batch.js';
import {
  clusterIp4, clusterIp6, endpointPods, globalIface, nodeAddr4, nodeAddr6, nodeNs, podAddr4, podAddr6, podsOn, type BenchShape,
} from './bench-program.js';

/** UDP payload bytes of the forward mix (a small RPC). */
const PAYLOAD = 64;
const ip = (s: string): IpAddr => parseIp(s)!;

interface PodRef { n: number; p: number }
const podRef = (s: BenchShape, i: number): PodRef => ({ n: i % s.nodes, p: Math.floor(i / s.nodes) });
const addrOf = (r: PodRef, v6: boolean): IpAddr => ip(v6 ? podAddr6(r.n, r.p) : podAddr4(r.n, r.p));
/** Node n's veth to its p-th pod: the interface the pod's packets enter the node by. */
const vethOf = (prog: ForwardingProgram, s: BenchShape, r: PodRef): number => globalIface(prog, nodeNs(s, r.n), 2 + r.p);

/** Packet i of the forward mix: pod i → a pod on the next node, as the source node receives it from the pod's veth. */
export function forwardPackets(prog: ForwardingProgram, s: BenchShape, count: number): BatchPacket[] {
  if (s.nodes < 2) throw new RangeError('the forward mix needs two nodes');
  return Array.from({ length: count }, (_, i) => {
    const from = podRef(s, i % s.pods), v6 = (i & 1) === 1;
    const to = { n: (from.n + 1) % s.nodes, p: (i >> 1) % podsOn(s, (from.n + 1) % s.nodes) };
    const bytes = udpPacket(addrOf(from, v6), addrOf(to, v6), 10000 + (i % 50000), 8080, PAYLOAD, 64);
    return { bytes, ns: nodeNs(s, from.n), inIface: vethOf(prog, s, from) };
  });
}

/** Packet i of the echo mix: a pod of node 1 pings node 0's address; node 0 receives it on eth0 and answers in place. */
export function echoPackets(prog: ForwardingProgram, s: BenchShape, count: number): BatchPacket[] {
  return Array.from({ length: count }, (_, i) => {
    const v6 = (i & 1) === 1, from = { n: 1 % s.nodes, p: (i >> 1) % podsOn(s, 1 % s.nodes) };
    const bytes = echoRequest(addrOf(from, v6), ip(v6 ? nodeAddr6(0) : nodeAddr4(0)), 0x4000 + (i >> 1), 1, PAYLOAD - 8, 63, 0);
    return { bytes, ns: nodeNs(s, 0), inIface: globalIface(prog, nodeNs(s, 0), 1) };
  });
}

/** The first node with pods and none of Service i's endpoints (node 0 when there is none). */
function clientNode(s: BenchShape, i: number): number {
  const used = endpointPods(s, i).map((pod) => pod % s.nodes);
  for (let n = 0; n < s.nodes; n++) if (!used.includes(n) && podsOn(s, n) > 0) return n;
  return 0;
}

/** Source ports of the ClusterIP mix: 1024 + i, so packets are distinct flows up to this many. */
export const CLUSTER_IP_MAX_FLOWS = 65536 - 1024;

/**
 * Packet i of the ClusterIP mix: flow i, from a pod on a node with none of the Service's
 * endpoints (so DNAT sends it on to another node) to Service (i >> 1) % services at its
 * ClusterIP:80/UDP, source port 1024 + i, as the client's node receives it from the pod's veth.
 * Throws RangeError without Services or beyond CLUSTER_IP_MAX_FLOWS packets.
 */
export function clusterIpPackets(prog: ForwardingProgram, s: BenchShape, count: number): BatchPacket[] {
  if (s.services < 1 || s.pods < 1) throw new RangeError('the ClusterIP mix needs a Service');
  if (count > CLUSTER_IP_MAX_FLOWS) throw new RangeError(`the ClusterIP mix has at most ${CLUSTER_IP_MAX_FLOWS} flows`);
  return Array.from({ length: count }, (_, i) => {
    const v6 = (i & 1) === 1, svc = (i >> 1) % s.services, n = clientNode(s, svc);
    const from = { n, p: (i >> 1) % podsOn(s, n) };
    const bytes = udpPacket(addrOf(from, v6), ip(v6 ? clusterIp6(svc) : clusterIp4(svc)), 1024 + i, 80, PAYLOAD, 64);
    return { bytes, ns: nodeNs(s, n), inIface: vethOf(prog, s, from) };
  });
}
