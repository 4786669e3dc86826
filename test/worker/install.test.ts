// Installs are atomic and generations monotonic: every packet's outcome is the one its
// program generation gives (never a mix of two programs), stale and invalid programs are
// refused, and installedGeneration() is the minimum over the workers.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { nodeNs } from '../../dataplane/bench/bench-program.js';
import type { ForwardingProgram } from '../../dataplane/tables/program.js';
import { packetBatch } from '../../dataplane/worker/batch.js';
import { DataplaneHost } from '../../dataplane/worker/host.js';
import { DataplaneWorkerError } from '../../dataplane/worker/messages.js';
import { oracle, packetMix, SHAPE, testProgram, type OracleResult } from './fixture.js';

const t = suite('worker/install');
let host: DataplaneHost;

t.before(async () => { host = await DataplaneHost.start({ workers: 2, slots: 64 }); });
t.after(async () => { await host.close(); });

/** Program B: node 0 forgets node 1's podCIDRs, so its packets to node 1's pods leave by the default route. */
function programB(generation: number): ForwardingProgram {
  const p = testProgram(generation);
  const n0 = p.namespaces[nodeNs(SHAPE, 0)];
  n0.routes = n0.routes.filter((r) => !(r.kind === 'unicast' && (r.dst === '10.244.1.0' || r.dst === 'fd00:10:244:1::')));
  return p;
}
const programFor = (g: number) => (g % 2 ? testProgram(g) : programB(g));

const rejection = async (p: Promise<unknown>): Promise<DataplaneWorkerError> => {
  const e = await p.then(() => undefined, (x: unknown) => x);
  assert.instance(e, DataplaneWorkerError);
  return e as DataplaneWorkerError;
};

t('every packet runs whole under one generation, while installs race with batches', async () => {
  const mix = packetMix(testProgram(1));
  const want: Record<number, OracleResult[]> = { 1: oracle(testProgram(1), mix), 0: oracle(programB(2), mix) };
  assert.not.equal(want[1].map((w) => w.reason), want[0].map((w) => w.reason), 'the two programs differ on this mix');
  await host.install(programFor(1));
  const lastSeen = [0, 0];
  const installs: Promise<unknown>[] = [];
  for (let g = 2; g <= 30; g++) {
    installs.push(host.install(programFor(g)));
    const got = await host.forwardBatch(packetBatch(mix));
    for (let i = 0; i < mix.length; i++) {
      const gen = got.generation[i], w = want[gen % 2][i];
      assert.ok(gen >= g - 1 && gen <= g, `${mix[i].name}: generation ${gen} while installing ${g}`);
      assert.is(got.action[i], w.action, `${mix[i].name} under generation ${gen}`);
      assert.is(got.reason[i], w.reason, `${mix[i].name} under generation ${gen}`);
      assert.is(got.ns[i], w.ns, `${mix[i].name} under generation ${gen}`);
      const worker = got.worker[i];
      assert.ok(gen >= lastSeen[worker], `worker ${worker} went back from ${lastSeen[worker]} to ${gen}`);
      lastSeen[worker] = gen;
    }
  }
  await Promise.all(installs);
  assert.is(host.installedGeneration(), 30);
  const after = await host.forwardBatch(packetBatch(mix));
  assert.equal(new Set(after.generation), new Set([30]));
});

t('a generation not above the last posted is STALE_GENERATION, and nothing changes', async () => {
  const g = host.installedGeneration();
  for (const c of [{ name: 'same', gen: g }, { name: 'older', gen: g - 1 }]) {
    const e = await rejection(host.install(testProgram(c.gen)));
    assert.is(e.code, 'STALE_GENERATION', c.name);
    assert.is(e.message, `generation ${c.gen} is not above ${g}`);
  }
  assert.is(host.installedGeneration(), g);
});

t('an invalid program is refused by every worker with INVALID_PROGRAM; the old one keeps running', async () => {
  const g = host.installedGeneration();
  const bad = testProgram(g + 1);
  bad.namespaces[0].interfaces[2].peer = { ns: 9999, iface: 0 };
  const e = await rejection(host.install(bad));
  assert.is(e.code, 'INVALID_PROGRAM');
  assert.match(e.message, `invalid program generation ${g + 1}: node/bench-0 veth1000: dangling peer`);
  assert.is(host.installedGeneration(), g);
  const got = await host.forwardBatch(packetBatch(packetMix(testProgram(1))));
  assert.equal(new Set(got.generation), new Set([g]));
  assert.is((await host.install(testProgram(g + 2))).generation, g + 2, 'the next generation installs');
});

t('install reports its time and the slowest build', async () => {
  const r = await host.install(testProgram(host.installedGeneration() + 1));
  assert.ok(r.ms >= r.buildMs && r.buildMs > 0, JSON.stringify(r));
});

t.run();
