// PcapngWriter: block layout read back field by field (draft-ietf-opsawg-pcapng), then the real
// tshark decoding a two-interface file with names and comments, every checksum good.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LINKTYPE_RAW, PcapngWriter } from '../../dataplane/capture/pcapng.js';
import * as p from './packets.js';
import { requireTool } from '../support/tools.js';

const t = suite('capture/pcapng');

interface Block { type: number; body: DataView; bytes: Uint8Array }

/** Splits a little-endian section into blocks, checking both length words and 32-bit alignment. */
function blocks(file: Uint8Array): Block[] {
  const dv = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const out: Block[] = [];
  for (let at = 0; at < file.length;) {
    const type = dv.getUint32(at, true), len = dv.getUint32(at + 4, true);
    assert.is(len % 4, 0, `block at ${at} is padded to 32 bits`);
    assert.is(dv.getUint32(at + len - 4, true), len, `block at ${at} repeats its length`);
    const bytes = file.subarray(at + 8, at + len - 4);
    out.push({ type, bytes, body: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    at += len;
  }
  return out;
}

/** code → value of an option list starting at `at`, which must end with opt_endofopt. */
function options(b: Block, at: number): Map<number, Uint8Array> {
  const out = new Map<number, Uint8Array>();
  for (;;) {
    const code = b.body.getUint16(at, true), len = b.body.getUint16(at + 2, true);
    if (code === 0) { assert.is(len, 0); assert.is(at + 4, b.bytes.length, 'opt_endofopt ends the block'); return out; }
    out.set(code, b.bytes.subarray(at + 4, at + 4 + len));
    at += 4 + ((len + 3) & ~3);
  }
}

const text = (v: Uint8Array | undefined): string => new TextDecoder().decode(v);
const echo = p.icmpEcho('10.244.1.5', '10.244.2.7', 'echoRequest', 187, 1);

t('header: a section header with shb_userappl, then one IDB per interface', () => {
  const [shb, idb0, idb1, ...rest] = blocks(PcapngWriter.header([
    { name: 'pod default/web-0/eth0', description: 'web-0 eth0', linkType: LINKTYPE_RAW },
    { name: 'cni0', linkType: 1, snapLen: 65535 },
  ], 'kube-netsim'));
  assert.equal(rest, []);
  assert.is(shb.type, 0x0a0d0d0a);
  assert.is(shb.body.getUint32(0, true), 0x1a2b3c4d, 'byte-order magic');
  assert.equal([shb.body.getUint16(4, true), shb.body.getUint16(6, true)], [1, 0], 'version 1.0');
  assert.is(shb.body.getBigInt64(8, true), -1n, 'section length unknown');
  assert.is(text(options(shb, 16).get(4)), 'kube-netsim');
  assert.equal([idb0.type, idb0.body.getUint16(0, true), idb0.body.getUint32(4, true)], [1, 101, 262144]);
  const o = options(idb0, 8);
  assert.equal([text(o.get(2)), text(o.get(3)), [...o.get(9)!]], ['pod default/web-0/eth0', 'web-0 eth0', [9]]);
  assert.equal([idb1.body.getUint16(0, true), idb1.body.getUint32(4, true), options(idb1, 8).has(3)], [1, 65535, false]);
});

t('packet: interface id, nanoseconds split high/low, lengths, data padded, comment and direction', () => {
  const data = echo.subarray(0, 83);                        // odd length: one byte of padding
  const ts = 1_700_000_000_123_456_789n;
  const [epb] = blocks(PcapngWriter.packet(1, ts, data, { comment: 'DNAT 10.96.0.12:80 → 10.244.2.7:8080', direction: 'out' }));
  assert.is(epb.type, 6);
  assert.is(epb.body.getUint32(0, true), 1);
  assert.is((BigInt(epb.body.getUint32(4, true)) << 32n) | BigInt(epb.body.getUint32(8, true)), ts);
  assert.equal([epb.body.getUint32(12, true), epb.body.getUint32(16, true)], [83, 83]);
  assert.equal([...epb.bytes.subarray(20, 103)], [...data]);
  assert.is(epb.bytes[103], 0, 'padding is zero');
  const o = options(epb, 104);
  assert.is(text(o.get(1)), 'DNAT 10.96.0.12:80 → 10.244.2.7:8080');
  assert.is(new DataView(o.get(2)!.buffer, o.get(2)!.byteOffset).getUint32(0, true), 2, 'epb_flags: outbound');
});

t('packet: no options at all when neither comment nor direction is given', () => {
  const [epb] = blocks(PcapngWriter.packet(0, 5n, echo));
  assert.is(epb.bytes.length, 20 + echo.length);
  const [inbound] = blocks(PcapngWriter.packet(0, 5n, echo, { direction: 'in' }));
  assert.is(options(inbound, 20 + echo.length).get(2)![0], 1, 'epb_flags: inbound');
});

t('names: IPv4 and IPv6 records with NUL-terminated names, then the end record', () => {
  const [nrb] = blocks(PcapngWriter.names([
    { address: '10.244.2.7', names: ['web-0.web.default.svc.cluster.local'] },
    { address: 'fd00:10:244:2::7', names: ['web-0', 'web-0.web'] },
  ]));
  assert.is(nrb.type, 4);
  const r = nrb.body;
  assert.equal([r.getUint16(0, true), r.getUint16(2, true)], [1, 4 + 36]);
  assert.equal([...nrb.bytes.subarray(4, 8)], [10, 244, 2, 7]);
  assert.is(text(nrb.bytes.subarray(8, 44)), 'web-0.web.default.svc.cluster.local\0');
  const second = 4 + 40;
  assert.equal([r.getUint16(second, true), r.getUint16(second + 2, true)], [2, 16 + 16]);
  assert.is(text(nrb.bytes.subarray(second + 20, second + 36)), 'web-0\0web-0.web\0');
  assert.equal([r.getUint16(second + 36, true), r.getUint16(second + 38, true)], [0, 0]);
  assert.is(nrb.bytes.length, second + 40, 'no options follow the records');
});

t('names: an address that is not IP text is a RangeError', () => {
  assert.throws(() => PcapngWriter.names([{ address: 'web-0', names: ['x'] }]), RangeError);
});

const FRAMES = [
  { pkt: echo, checks: 2 },                                                        // IPv4 header + ICMP
  { pkt: p.icmpEcho('fd00:10:244:1::5', 'fd00:10:244:2::7', 'echoReply', 12000, 1), checks: 1 },
  { pkt: p.tcp('10.244.1.5', '10.96.0.12', { srcPort: 45678, dstPort: 80, seq: 1234567890, ack: 0, flags: p.TCP_SYN, window: 64240, options: p.synOptions(1460, 1, 0, 7) }), checks: 2 },
  { pkt: p.udp('fd00:10:244:1::5', 40000, 'fd00:10:244:2::7', 9999, p.ascii('hello')), checks: 1 },
];

function tsharkFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'netsim-pcapng-'));
  const file = join(dir, 'capture.pcapng');
  writeFileSync(file, Buffer.concat([
    PcapngWriter.header([{ name: 'pod default/client/eth0', description: 'client eth0', linkType: LINKTYPE_RAW },
      { name: 'node netsim-worker/eth0', linkType: LINKTYPE_RAW }], 'kube-netsim'),
    PcapngWriter.names([{ address: '10.244.1.5', names: ['client.default.pod.cluster.local'] },
      { address: 'fd00:10:244:2::7', names: ['web-0.web.default.svc.cluster.local'] }]),
    ...FRAMES.map((f, i) => PcapngWriter.packet(i % 2, 1_700_000_000_000_000_000n + BigInt(i) * 1000n, f.pkt,
      { comment: `hop ${i}: DNAT 10.96.0.12:80 -> 10.244.2.7:8080`, direction: i % 2 ? 'in' : 'out' })),
  ]));
  return file;
}

const tsharkTest = (name: string, fn: () => void): void => (requireTool('tshark', 'apt-get install -y tshark') ? t(name, fn) : t.skip(name, fn));

tsharkTest('tshark decodes the file: checksums good, interfaces, directions, comments, names from the NRB', () => {
  const file = tsharkFile();
  const r = spawnSync('tshark', ['-r', file, '-V', '-N', 'n', '-o', 'nameres.use_external_name_resolver:FALSE',
    '-o', 'ip.check_checksum:TRUE', '-o', 'tcp.check_checksum:TRUE', '-o', 'udp.check_checksum:TRUE'], { encoding: 'utf8' });
  rmSync(join(file, '..'), { recursive: true, force: true });
  assert.is(r.status, 0, r.stderr);
  // Every frame has a comment, and tshark -V prints a frame's comments before its `Frame N:` line.
  const frames = r.stdout.split(/^(?=Packet comments$)/m).filter((f) => f.startsWith('Packet comments'));
  assert.is(frames.length, FRAMES.length);
  frames.forEach((f, i) => {
    const good = f.match(/\[(Header checksum status|Checksum Status): Good\]/g) ?? [];
    assert.is(good.length, FRAMES[i].checks, `frame ${i + 1}: ${FRAMES[i].checks} checksums good`);
    assert.not.match(f, /incorrect|Bad\]|Malformed/, `frame ${i + 1}: nothing flagged`);
    assert.match(f, `on interface ${i % 2 ? 'node netsim-worker/eth0, id 1 (inbound)' : 'pod default/client/eth0, id 0 (outbound)'}`);
    assert.match(f, `hop ${i}: DNAT 10.96.0.12:80 -> 10.244.2.7:8080`);
  });
  assert.match(frames[0], 'Interface description: client eth0');
  assert.match(frames[0], 'Source Address: client.default.pod.cluster.local (10.244.1.5)');
  assert.match(frames[1], 'Destination Address: web-0.web.default.svc.cluster.local (fd00:10:244:2::7)');
});

t.run();
