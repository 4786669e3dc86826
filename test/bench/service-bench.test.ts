// The Service path of the forward bench: the ClusterIP mix is one new flow per packet, DNATed to
// an endpoint on another node and then established; benchServices pairs few vs many Services,
// established flows in workers, new flows and pod-to-pod traffic on this thread. No timing is asserted.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { benchProgram, endpointPods, nodeNs, type BenchShape } from '../../dataplane/bench/bench-program.js';
import { CLUSTER_IP_MAX_FLOWS, clusterIpPackets } from '../../dataplane/bench/bench-packets.js';
import { benchServices, newFlowSide } from '../../dataplane/bench/service-bench.js';
import { HopOut } from '../../dataplane/pipeline/hop.js';
import { processAt } from '../../dataplane/pipeline/receive.js';
import { PacketState } from '../../dataplane/pipeline/state.js';
import { Action } from '../../dataplane/pipeline/verdict.js';
import { buildFib } from '../../dataplane/tables/fib.js';

const t = suite('bench/services');
const FEW: BenchShape = { nodes: 3, pods: 30, services: 4 };
const MANY: BenchShape = { nodes: 3, pods: 30, services: 300 };

t('ClusterIP mix: every packet a new flow to an endpoint on another node, established on its second pass', () => {
  for (const shape of [FEW, MANY]) {
    const p = benchProgram(shape), fib = buildFib(p), st = new PacketState(() => 1), out = new HopOut();
    st.resize(p.services.length);
    const mix = clusterIpPackets(p, shape, 64);
    for (const pass of ['new', 'established'] as const) {
      mix.forEach((pk, i) => {
        const bytes = pk.bytes.slice(), name = `${shape.services} Services, packet ${i}, ${pass}`;
        assert.is(processAt(fib, st, pk.ns, pk.inIface, bytes, out), Action.FORWARD, name);
        assert.ok(out.natEntry >= 0, `${name}: conntrack rewrote it`);
        assert.is(out.natNew, pass === 'new', name);
        const backendNodes = endpointPods(shape, (i >> 1) % shape.services).map((pod) => nodeNs(shape, pod % shape.nodes));
        assert.ok(backendNodes.includes(out.ns) && out.ns !== pk.ns, `${name}: on to the endpoint's node ${out.ns}, not back to ${pk.ns}`);
      });
      assert.is(st.ct.size, 2 * mix.length, `${shape.services} Services: one flow per packet, both directions`);
    }
  }
  assert.throws(() => clusterIpPackets(benchProgram(FEW), FEW, CLUSTER_IP_MAX_FLOWS + 1), (e: unknown) => e instanceof RangeError);
});

t('new-flow side: each run inserts one flow per packet into an emptied conntrack', () => {
  const side = newFlowSide(FEW, 256, 256, 128);
  for (let i = 0; i < 4; i++) { side.prepare(); assert.is(side.run(), 128); }
  side.check();
});

t('benchServices: paired rounds of established and new flows, few vs many Services', async () => {
  const r = await benchServices({ few: FEW, many: MANY, flows: 256, slots: 256, perRun: 128 }, 60);
  assert.is(r.flows, 256);
  for (const [name, p] of [['established', r.established], ['new flows', r.newFlows], ['forward', r.forward]] as const) {
    assert.ok(p.ratios.length >= 7, `${name}: ${p.ratios.length} rounds`);
    assert.ok(p.ratios.every((x) => Number.isFinite(x) && x > 0), name);
    assert.ok(p.a.length === p.b.length && p.a.every((s) => s.ops === 128 && s.ns > 0), name);
  }
});

t.run();
