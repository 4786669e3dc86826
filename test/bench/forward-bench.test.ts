// The forward bench's parts: the synthetic program is valid and kind-shaped, each packet mix
// ends in the action it is meant to measure, the measuring functions return paired rounds, and
// `netsim bench forward` reports every section and ratio. No timing is asserted (performance.md).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { benchProgram, nodeNs, podNs, podsOn } from '../../dataplane/bench/bench-program.js';
import { clusterIpPackets, echoPackets, forwardPackets } from '../../dataplane/bench/bench-packets.js';
import { benchEchoVsForward, benchInstall, benchSide, benchWorkerScaling, inThreadSide, shardOf } from '../../dataplane/bench/forward-bench.js';
import { Action } from '../../dataplane/pipeline/verdict.js';
import { validateProgram } from '../../dataplane/tables/program.js';
import { CpuControl } from '../../dataplane/bench/cpu-control.js';
import { DataplaneHost } from '../../dataplane/worker/host.js';
import { FORWARD_SHAPE, MANY_SERVICES_SHAPE, runForwardBench } from '../../cli/commands/bench-forward.js';

const t = suite('bench/forward');

t('benchProgram: valid, nodes first, pods where podNs says, kindnet routes', () => {
  const cases = [
    { name: 'the bench cluster', shape: FORWARD_SHAPE },
    { name: 'two nodes, uneven pods', shape: { nodes: 2, pods: 5, services: 1 } },
    { name: 'one node, no pods', shape: { nodes: 1, pods: 0, services: 3 } },
  ];
  for (const c of cases) {
    const p = benchProgram(c.shape);
    assert.equal(validateProgram(p), [], c.name);
    assert.is(p.namespaces.length, c.shape.nodes + c.shape.pods, c.name);
    for (let n = 0; n < c.shape.nodes; n++) {
      assert.is(p.namespaces[nodeNs(c.shape, n)].name, `node/bench-${n}`, c.name);
      for (let k = 0; k < podsOn(c.shape, n); k++) assert.is(p.namespaces[podNs(c.shape, n, k)].name, `pod/default/bench-${n}-${k}`, c.name);
    }
    assert.is(p.services.length, c.shape.pods ? 2 * c.shape.services : 0, `${c.name}: one ProgramService per family`);
  }
  const n0 = benchProgram(FORWARD_SHAPE).namespaces[0];
  const text = n0.routes.map((r) => `${r.dst}/${r.prefixLength}${r.via ? ` via ${r.via}` : ''} ${r.kind}`);
  for (const want of ['0.0.0.0/0 via 172.18.0.1 unicast', '10.244.1.0/24 via 172.18.0.3 unicast', 'fd00:10:244:2::/64 via fc00:f853:ccd:e793::4 unicast', '10.244.0.2/32 unicast', 'fd00:10:244::/64 onlink-unresolved']) {
    assert.ok(text.includes(want), `node 0 has ${want}`);
  }
  assert.throws(() => benchProgram({ nodes: 1, pods: 300, services: 0 }), (e: unknown) => e instanceof RangeError);
  assert.throws(() => benchProgram({ nodes: 3, pods: 10, services: 60_001 }), (e: unknown) => e instanceof RangeError);
});

t('30,000 Services: distinct ClusterIPs in both families, each Service a frontend per family', () => {
  const p = benchProgram(MANY_SERVICES_SHAPE);
  assert.equal(validateProgram(p), []);
  assert.is(p.services.length, 60_000);
  assert.is(new Set(p.frontends.map((f) => f.addr)).size, 60_000, 'no two frontends share an address');
  assert.ok(p.frontends.every((f) => f.port === 80 && f.protocol === 'UDP'));
  const last = p.frontends.filter((f) => f.service >= 59_998).map((f) => f.addr);
  assert.equal(last, ['10.96.117.57', 'fd00:10:96::7539'], 'Service 29,999: the 30,009th addresses');
});

t('each mix ends in the action it measures, on one thread', () => {
  const p = benchProgram(FORWARD_SHAPE);
  const cases = [
    { name: 'forward', mix: forwardPackets(p, FORWARD_SHAPE, 512), action: Action.FORWARD },
    { name: 'echo', mix: echoPackets(p, FORWARD_SHAPE, 512), action: Action.REPLY },
    { name: 'ClusterIP', mix: clusterIpPackets(p, FORWARD_SHAPE, 512), action: Action.FORWARD },
  ];
  for (const c of cases) {
    const side = inThreadSide(p, c.mix, c.action, c.name, 512);
    for (let i = 0; i < 3; i++) { side.prepare(); assert.is(side.run(), 512, c.name); side.check(); }
    const wrong = inThreadSide(p, c.mix, Action.DELIVER, c.name, 512);
    wrong.prepare(); wrong.run();
    assert.throws(() => wrong.check(), new RegExp(`the ${c.name} mix did not end in action ${Action.DELIVER}`), `${c.name}: check can fail`);
  }
});

t('paired measurements: at least seven rounds of ratios, every run counted', async () => {
  const p = benchProgram(FORWARD_SHAPE);
  const ef = benchEchoVsForward(p, forwardPackets(p, FORWARD_SHAPE, 1024), echoPackets(p, FORWARD_SHAPE, 1024), 50);
  assert.ok(ef.ratios.length >= 7 && ef.ratios.length <= 41, `${ef.ratios.length} rounds`);
  assert.ok(ef.ratios.every((r) => Number.isFinite(r) && r > 0));
  assert.ok(ef.a.length >= ef.ratios.length && ef.b.length === ef.a.length && ef.a.every((s) => s.ops === 4096 && s.ns > 0));
  const host = await DataplaneHost.start({ workers: 2, slots: 256 });
  try {
    await host.install(p);
    const mix = forwardPackets(p, FORWARD_SHAPE, 1024);
    assert.ok(shardOf(mix, 0, 2).length > 0 && shardOf(mix, 1, 2).length > 0, 'the mix spreads over both workers');
    assert.is(shardOf(mix, 0, 2).length + shardOf(mix, 1, 2).length, mix.length);
    const control = CpuControl.start();
    try {
      const [sc, cpu] = benchWorkerScaling(host, mix, 50, control.pair(10_000));
      assert.ok(sc.ratios.length >= 7, `${sc.ratios.length} rounds`);
      assert.ok(sc.a.every((s) => s.ops === 256) && sc.b.every((s) => s.ops === 512));
      assert.is(cpu.ratios.length, sc.ratios.length, 'the control runs in the same rounds');
      assert.ok(cpu.a.every((s) => s.ops === 10) && cpu.b.every((s) => s.ops === 20));
    } finally { await control.close(); }
    const installs = await benchInstall(host, p, 0, 5);
    assert.is(installs.length, 5);
    assert.ok(installs.every((ms) => ms > 0));
    assert.is(host.installedGeneration(), p.generation + 8, 'three warm-up installs, then five');
    const single = benchSide(inThreadSide(p, mix, Action.FORWARD, 'forward', 64), 10);
    assert.ok(single.length > 0 && single.every((s) => s.ops === 64));
  } finally { await host.close(); }
});

t('netsim bench forward reports every section and ratio', async () => {
  const r = await runForwardBench({ seconds: 1, batchSizes: [16] });
  assert.equal(r.sections.map((s) => s.name), [
    'forward, 1 worker', 'forward, 2 workers (both together)', `install to 2 workers (3 nodes, 500 pods)`,
    'forward path, one thread', 'ICMP echo path, one thread',
    'ClusterIP DNAT, established flows, 1 worker (100 Services)', 'ClusterIP DNAT, established flows, 1 worker (30k Services)',
    'ClusterIP new flows (conntrack inserts), one thread (100 Services)', 'ClusterIP new flows (conntrack inserts), one thread (30k Services)',
    'forward path, one thread (100 Services)', 'forward path, one thread (30k Services)',
    'LPM IPv4, 100 routes', 'LPM IPv4, 10k routes', 'LPM IPv6, 100 routes', 'LPM IPv6, 10k routes',
    'batch of 16: inline on this thread', 'batch of 16: worker ring', 'batch of 16: piscina task, transferred buffer',
  ]);
  assert.equal(Object.keys(r.ratios), [
    '2 workers vs 1', '2 threads vs 1, CPU-only control', 'ICMP echo vs forward path',
    'ClusterIP DNAT 30k vs 100 Services', 'ClusterIP new flows 30k vs 100 Services', 'forward path 30k vs 100 Services',
    'LPM IPv4 10k vs 100 routes', 'LPM IPv6 10k vs 100 routes',
  ]);
  assert.equal(Object.values(r.ratios).map((q) => q.target), [1.7, undefined, 0.9, 0.8, undefined, 0.8, 0.6, 0.6]);
  assert.is(r.sections[7].unit, 'new flow');
  assert.ok(r.sections.every((s) => s.count > 0 && s.rps > 0), 'every section measured something');
  assert.ok(r.sections[2].count >= 50, 'at least 50 installs');
});

t.run();
