// DataplaneHost with two workers against the in-thread oracle: the same actions, reasons, next
// namespaces and rewritten bytes as processAt on copies in this thread; replies after DNAT meet
// their conntrack entry in the worker that took the request.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { clusterIp4, clusterIp6, podAddr4, podAddr6, podNs } from '../../dataplane/bench/bench-program.js';
import { udpPacket } from '../../dataplane/exchange/probes.js';
import { Action, DropReason, dropReasonName } from '../../dataplane/pipeline/verdict.js';
import { packetBatch } from '../../dataplane/worker/batch.js';
import { DataplaneHost } from '../../dataplane/worker/host.js';
import { DataplaneWorkerError } from '../../dataplane/worker/messages.js';
import { formatIp, parseIp } from '../../dataplane/wire/ip.js';
import { oracle, packetMix, SHAPE, testProgram } from './fixture.js';

const t = suite('worker/host');
let host: DataplaneHost;

t.before(async () => { host = await DataplaneHost.start({ workers: 2, slots: 64 }); });
t.after(async () => { await host.close(); });

t('forwardBatch before any install is NOT_INSTALLED', async () => {
  const err = await host.forwardBatch(packetBatch(packetMix(testProgram()))).catch((e: unknown) => e);
  assert.instance(err, DataplaneWorkerError);
  assert.is((err as DataplaneWorkerError).code, 'NOT_INSTALLED');
});

t('two workers give what processAt gives in this thread, packet by packet', async () => {
  const program = testProgram(1);
  assert.equal(await host.install(program).then((r) => r.generation), 1);
  const mix = packetMix(program), want = oracle(program, mix);
  const batch = packetBatch(mix), got = await host.forwardBatch(batch);
  const seen = new Set<string>();
  mix.forEach((pk, i) => {
    const w = want[i];
    const where = `${pk.name}: got ${got.action[i]}/${dropReasonName(got.reason[i])}, want ${w.action}/${dropReasonName(w.reason)}`;
    assert.is(got.action[i], w.action, where);
    assert.is(got.reason[i], w.reason, where);
    assert.is(got.ns[i], w.ns, `${pk.name}: next namespace`);
    assert.is(got.inIface[i], w.inIface, `${pk.name}: next interface`);
    assert.is(got.generatedLen[i], w.generatedLen, `${pk.name}: generated ICMP error or RST`);
    assert.is(got.generation[i], 1, `${pk.name}: generation`);
    assert.equal(batch.data.subarray(batch.offsets[i], batch.offsets[i + 1]), w.bytes, `${pk.name}: bytes after the hop`);
    seen.add(`${got.action[i]}/${got.reason[i]}`);
  });
  for (const outcome of [Action.FORWARD, Action.DELIVER, Action.REPLY].map((a) => `${a}/0`)
    .concat([DropReason.TTL_EXCEEDED, DropReason.NO_ROUTE, DropReason.NO_INTERNET, DropReason.HOST_UNREACHABLE, DropReason.PORT_UNREACHABLE, DropReason.BAD_CHECKSUM, DropReason.MALFORMED_L3].map((r) => `${Action.DROP}/${r}`))) {
    assert.ok(seen.has(outcome), `the mix covers ${outcome}`);
  }
  assert.equal(new Set(got.worker), new Set([0, 1]), 'both workers took packets');
});

t('with maxHops, a packet walks on through the namespaces as the oracle walks it', async () => {
  const program = testProgram(2);
  await host.install(program);
  const mix = packetMix(program), want = oracle(program, mix, 8);
  const got = await host.forwardBatch(packetBatch(mix), { maxHops: 8 });
  mix.forEach((pk, i) => {
    assert.is(got.action[i], want[i].action, pk.name);
    assert.is(got.reason[i], want[i].reason, pk.name);
    assert.is(got.ns[i], want[i].ns, `${pk.name}: last namespace`);
    assert.is(got.hops[i], want[i].hops, `${pk.name}: hops`);
  });
  assert.ok(Math.max(...got.hops) >= 4, 'pod to remote pod takes four namespaces');
});

t('a batch larger than the rings runs in chunks, in order', async () => {
  const program = testProgram(3);
  await host.install(program);
  const mix = Array.from({ length: 10 }, () => packetMix(program)).flat();
  const want = oracle(program, mix);
  const got = await host.forwardBatch(packetBatch(mix));
  assert.equal(Array.from(got.action), want.map((w) => w.action));
  assert.equal(Array.from(got.reason), want.map((w) => w.reason));
});

const ip = (s: string) => parseIp(s)!;

for (const v6 of [false, true]) {
  t(`a reply after DNAT meets its conntrack entry in the request's worker (${v6 ? 'IPv6' : 'IPv4'})`, async () => {
    const program = testProgram(10 + (v6 ? 1 : 0));
    await host.install(program);
    const client = ip(v6 ? podAddr6(0, 1) : podAddr4(0, 1)), vip = v6 ? clusterIp6(0) : clusterIp4(0);
    const hl = v6 ? 40 : 20, dstAt = v6 ? 24 : 16, srcAt = v6 ? 8 : 12, alen = v6 ? 16 : 4;
    const req = packetBatch([{ bytes: udpPacket(client, ip(vip), 8080, 80, 16, 64), ns: podNs(SHAPE, 0, 1), inIface: -1 }]);
    const r1 = await host.forwardBatch(req, { maxHops: 8 });
    assert.is(r1.action[0], Action.DELIVER, 'the request reaches a backend');
    const backend = formatIp(v6 ? req.data.slice(dstAt, dstAt + alen) : new DataView(req.data.buffer).getUint32(dstAt));
    const backendNs = program.namespaces.findIndex((n) => n.kind === 'pod' && n.interfaces[1].addrs.includes(backend));
    assert.ok(backendNs >= 0, `DNAT chose a backend pod (${backend})`);
    const reply = (worker: number) => packetBatch([{ bytes: udpPacket(ip(backend), client, 8080, 8080, 16, 64), ns: backendNs, inIface: -1, worker }]);
    const home = r1.worker[0];
    const back = reply(home), r2 = await host.forwardBatch(back, { maxHops: 8 });
    assert.is(r2.action[0], Action.DELIVER, 'the reply reaches the client');
    assert.is(r2.worker[0], home);
    assert.is(formatIp(v6 ? back.data.slice(srcAt, srcAt + alen) : new DataView(back.data.buffer).getUint32(srcAt)), vip, 'reverse NAT restored the ClusterIP');
    assert.is(back.data[hl] << 8 | back.data[hl + 1], 80, 'and its port');
    const stray = reply(1 - home);
    await host.forwardBatch(stray, { maxHops: 8 });
    assert.is(formatIp(v6 ? stray.data.slice(srcAt, srcAt + alen) : new DataView(stray.data.buffer).getUint32(srcAt)), backend, 'the other worker has no entry: no reverse NAT');
  });
}

t('bad pins and oversized packets are refused before anything runs', async () => {
  const program = testProgram(20);
  await host.install(program);
  const pinned = packetBatch([{ ...packetMix(program)[0], worker: 2 }]);
  await host.forwardBatch(pinned).then(() => assert.unreachable('pinned to worker 2 of 2'), (e: unknown) => assert.instance(e, RangeError));
  const big = packetBatch([{ bytes: new Uint8Array(3000).fill(0x45, 0, 1), ns: 0, inIface: -1 }]);
  await host.forwardBatch(big).then(() => assert.unreachable('3000 bytes in a 2048-byte slot'), (e: unknown) => assert.instance(e, RangeError));
});

t.run();
