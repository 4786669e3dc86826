// Shared by the worker tests: a small synthetic cluster (node 2 without default routes, so
// NO_ROUTE happens), a packet mix covering the pipeline's outcomes, and the in-thread oracle
// (processAt on copies, in this thread). Test-only.
import { benchProgram, globalIface, nodeAddr4, nodeAddr6, nodeNs, podAddr4, podAddr6, podNs, type BenchShape } from '../../dataplane/bench/bench-program.js';
import { echoPackets, forwardPackets } from '../../dataplane/bench/bench-packets.js';
import { echoRequest, udpPacket } from '../../dataplane/exchange/probes.js';
import { HopOut } from '../../dataplane/pipeline/hop.js';
import { processAt } from '../../dataplane/pipeline/receive.js';
import { PacketState } from '../../dataplane/pipeline/state.js';
import { Action } from '../../dataplane/pipeline/verdict.js';
import { buildFib } from '../../dataplane/tables/fib.js';
import type { ForwardingProgram } from '../../dataplane/tables/program.js';
import type { BatchPacket } from '../../dataplane/worker/batch.js';
import { parseIp, type IpAddr } from '../../dataplane/wire/ip.js';

export const SHAPE: BenchShape = { nodes: 3, pods: 12, services: 2 };
const ip = (s: string): IpAddr => parseIp(s)!;

/** benchProgram(SHAPE) with node 2's default routes removed. */
export function testProgram(generation = 1, shape = SHAPE): ForwardingProgram {
  const p = benchProgram({ ...shape, generation });
  const n2 = p.namespaces[nodeNs(shape, 2)];
  n2.routes = n2.routes.filter((r) => r.prefixLength !== 0);
  return p;
}

export interface Labelled extends BatchPacket { name: string }

/** One packet per outcome the workers must reproduce, both families where it applies. */
export function packetMix(p: ForwardingProgram, s = SHAPE): Labelled[] {
  const out: Labelled[] = [];
  const add = (name: string, pk: BatchPacket) => out.push({ name, ...pk });
  forwardPackets(p, s, 8).forEach((pk, i) => add(`pod→pod via node, ${i & 1 ? 'v6' : 'v4'} #${i}`, pk));
  echoPackets(p, s, 4).forEach((pk, i) => add(`echo to node 0, ${i & 1 ? 'v6' : 'v4'} #${i}`, pk));
  for (const v6 of [false, true]) {
    const fam = v6 ? 'v6' : 'v4';
    const a = ip(v6 ? podAddr6(0, 0) : podAddr4(0, 0)), b = ip(v6 ? podAddr6(1, 0) : podAddr4(1, 0));
    const podEth0 = globalIface(p, podNs(s, 1, 0), 1), veth00 = globalIface(p, nodeNs(s, 0), 2);
    add(`pod originates to a remote pod, ${fam}`, { bytes: udpPacket(a, b, 5000, 8080, 16, 64), ns: podNs(s, 0, 0), inIface: -1 });
    add(`echo to a pod from its veth, ${fam}`, { bytes: echoRequest(a, b, 77, 1, 24, 62, 0), ns: podNs(s, 1, 0), inIface: podEth0 });
    add(`UDP to a pod's listener, ${fam}`, { bytes: udpPacket(a, b, 5001, 8080, 16, 62), ns: podNs(s, 1, 0), inIface: podEth0 });
    add(`UDP to a closed port, ${fam}`, { bytes: udpPacket(a, b, 5002, 9999, 16, 62), ns: podNs(s, 1, 0), inIface: podEth0 });
    add(`TTL 1 at a node, ${fam}`, { bytes: udpPacket(a, b, 5003, 8080, 16, 1), ns: nodeNs(s, 0), inIface: veth00 });
    const outside = ip(v6 ? '2001:db8::1' : '192.0.2.1');
    add(`no route at node 2, ${fam}`, { bytes: udpPacket(ip(v6 ? podAddr6(2, 0) : podAddr4(2, 0)), outside, 5004, 53, 16, 64), ns: nodeNs(s, 2), inIface: globalIface(p, nodeNs(s, 2), 2) });
    add(`to the internet at node 0, ${fam}`, { bytes: udpPacket(a, outside, 5005, 53, 16, 64), ns: nodeNs(s, 0), inIface: veth00 });
    add(`unassigned address in the node's podCIDR, ${fam}`, { bytes: udpPacket(a, ip(v6 ? 'fd00:10:244::fe' : '10.244.0.254'), 5006, 53, 16, 64), ns: nodeNs(s, 0), inIface: veth00 });
    add(`echo to node 1 from the segment, ${fam}`, { bytes: echoRequest(a, ip(v6 ? nodeAddr6(1) : nodeAddr4(1)), 78, 2, 24, 63, 0), ns: nodeNs(s, 1), inIface: globalIface(p, nodeNs(s, 1), 1) });
  }
  const bad = udpPacket(ip(podAddr4(0, 0)), ip(podAddr4(1, 0)), 5007, 8080, 16, 64);
  bad[10] ^= 0xff;
  add('bad IPv4 header checksum', { bytes: bad, ns: nodeNs(s, 0), inIface: globalIface(p, nodeNs(s, 0), 2) });
  add('not IP', { bytes: new Uint8Array(40), ns: nodeNs(s, 0), inIface: 1 });
  return out;
}

export interface OracleResult { action: number; reason: number; ns: number; inIface: number; hops: number; generatedLen: number; bytes: Uint8Array }

/** processAt in this thread, on a copy, along FORWARD for up to maxHops namespaces. */
export function oracle(p: ForwardingProgram, packets: readonly BatchPacket[], maxHops = 1): OracleResult[] {
  const fib = buildFib(p), st = new PacketState(() => 0), out = new HopOut();
  return packets.map((pk) => {
    const bytes = pk.bytes.slice();
    let ns = pk.ns, inIface = pk.inIface, hops = 0, action: number;
    do {
      action = processAt(fib, st, ns, inIface, bytes, out);
      hops++; ns = out.ns; inIface = out.inIface;
    } while (action === Action.FORWARD && hops < maxHops);
    return { action, reason: out.reason, ns, inIface, hops, generatedLen: out.generated?.length ?? 0, bytes };
  });
}
