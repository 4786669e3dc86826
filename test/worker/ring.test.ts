// PacketRing and BatchRunner in this thread: shape checks, counters that wrap past 2^31,
// results equal to the oracle, no program → not run, a pipeline exception → reported once
// with the rest of the run marked not run and tail moved on.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { clusterIpPackets } from '../../dataplane/bench/bench-packets.js';
import { CT_TIMEOUT_UDP_S } from '../../dataplane/tables/conntrack.js';
import { BatchRunner, CT_GC_INTERVAL_S } from '../../dataplane/worker/batch-runner.js';
import { DataplaneWorkerError } from '../../dataplane/worker/messages.js';
import { Ctl, Res, RES_WIDTH, PacketRing } from '../../dataplane/worker/ring.js';
import { oracle, packetMix, SHAPE, testProgram } from './fixture.js';

const t = suite('worker/ring');
const result = (r: PacketRing, c: number, f: number) => r.res[(c & r.mask) * RES_WIDTH + f];

t('ring shapes: slots a power of two, slotBytes a multiple of 8 of at least 64', () => {
  const cases = [
    { name: 'fine', shape: { slots: 8, slotBytes: 64 }, ok: true },
    { name: 'one slot', shape: { slots: 1, slotBytes: 2048 }, ok: true },
    { name: 'slots not a power of two', shape: { slots: 12, slotBytes: 2048 }, ok: false },
    { name: 'zero slots', shape: { slots: 0, slotBytes: 2048 }, ok: false },
    { name: 'slot too small', shape: { slots: 8, slotBytes: 32 }, ok: false },
    { name: 'slot not a multiple of 8', shape: { slots: 8, slotBytes: 100 }, ok: false },
  ];
  for (const c of cases) {
    if (c.ok) assert.is(PacketRing.create(c.shape).slot.length, c.shape.slots, c.name);
    else assert.throws(() => PacketRing.create(c.shape), (e: unknown) => e instanceof RangeError, c.name);
  }
  assert.throws(() => PacketRing.create({ slots: 2, slotBytes: 64 }).write(0, new Uint8Array(65), 0, -1), (e: unknown) => e instanceof RangeError, 'a packet longer than its slot');
});

t('head and tail wrap past 2^31 and every packet still gets the oracle\'s result', () => {
  const program = testProgram(7), mix = packetMix(program), want = oracle(program, mix);
  const ring = PacketRing.create({ slots: 64, slotBytes: 2048 }), runner = new BatchRunner(ring, 1);
  runner.install(program);
  assert.is(Atomics.load(ring.ctl, Ctl.GENERATION), 7);
  const start = 0x7fff_fff0;
  ring.ctl[Ctl.HEAD] = start; ring.ctl[Ctl.TAIL] = start;
  mix.forEach((pk, i) => ring.write(start + i, pk.bytes, pk.ns, pk.inIface));
  ring.publish(mix.length);
  assert.ok(ring.head < 0, 'head wrapped');
  assert.is(ring.pending, mix.length);
  assert.is(runner.run(() => assert.unreachable('no exception')), mix.length);
  assert.is(ring.pending, 0);
  mix.forEach((pk, i) => {
    assert.is(result(ring, start + i, Res.ACTION), want[i].action, pk.name);
    assert.is(result(ring, start + i, Res.REASON), want[i].reason, pk.name);
    assert.is(result(ring, start + i, Res.NS), want[i].ns, pk.name);
    assert.is(result(ring, start + i, Res.GENERATION), 7, pk.name);
  });
});

t('without a program the slots are consumed and marked not run (action 0)', () => {
  const ring = PacketRing.create({ slots: 8, slotBytes: 256 }), runner = new BatchRunner(ring, 1);
  const pk = packetMix(testProgram())[0];
  ring.res.fill(9);
  for (let i = 0; i < 3; i++) ring.write(i, pk.bytes, pk.ns, pk.inIface);
  ring.publish(3);
  assert.is(runner.run(() => assert.unreachable('no exception')), 3);
  assert.equal([0, 1, 2].map((c) => result(ring, c, Res.ACTION)), [0, 0, 0]);
  assert.is(runner.run(() => {}), 0, 'nothing left');
});

t('a pipeline exception is reported once; the rest of the run is marked not run', () => {
  const program = testProgram(3), mix = packetMix(program);
  const ring = PacketRing.create({ slots: 8, slotBytes: 2048 }), runner = new BatchRunner(ring, 1);
  runner.install(program);
  ring.write(0, mix[0].bytes, mix[0].ns, mix[0].inIface);
  ring.write(1, mix[0].bytes, 10_000, -1);  // no such namespace: a caller's bug, not a drop
  ring.write(2, mix[0].bytes, mix[0].ns, mix[0].inIface);
  ring.publish(3);
  const errors: unknown[] = [];
  assert.is(runner.run((e) => errors.push(e)), 3);
  assert.is(errors.length, 1);
  assert.equal([0, 1, 2].map((c) => result(ring, c, Res.ACTION)), [oracle(program, [mix[0]])[0].action, 0, 0]);
  assert.is(ring.pending, 0);
});

t('an invalid program throws INVALID_PROGRAM and leaves the installed one', () => {
  const ring = PacketRing.create({ slots: 8, slotBytes: 256 }), runner = new BatchRunner(ring, 1);
  runner.install(testProgram(4));
  const bad = testProgram(5);
  bad.namespaces[3].node = 99;
  assert.throws(() => runner.install(bad), (e: unknown) => e instanceof DataplaneWorkerError && e.code === 'INVALID_PROGRAM');
  assert.is(runner.generation, 4);
  assert.is(Atomics.load(ring.ctl, Ctl.GENERATION), 4);
});

t('conntrack GC follows the producer\'s clock: expired flows go, at most once per interval', () => {
  const program = testProgram(8);
  const ring = PacketRing.create({ slots: 16, slotBytes: 2048 }), runner = new BatchRunner(ring, 1);
  runner.install(program);
  const flows = clusterIpPackets(program, SHAPE, 4);
  flows.forEach((pk, i) => ring.write(i, pk.bytes, pk.ns, pk.inIface));
  ring.now[0] = 1e9;
  ring.publish(flows.length);
  runner.run(() => assert.unreachable('no exception'));
  assert.is(runner.state.ct.size, 2 * flows.length, 'each DNAT flow has two directions');
  ring.now[0] = 2e9;
  assert.is(runner.collectGarbage(), 0, 'within the interval');
  ring.now[0] = (1 + CT_TIMEOUT_UDP_S - 1) * 1e9;
  assert.is(runner.collectGarbage(), 0, 'not expired yet');
  assert.is(runner.state.ct.size, 2 * flows.length);
  ring.now[0] = (1 + CT_TIMEOUT_UDP_S + CT_GC_INTERVAL_S + 1) * 1e9;
  assert.is(runner.collectGarbage(), flows.length);
  assert.is(runner.state.ct.size, 0);
});

t.run();
