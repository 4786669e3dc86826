// The real tcpdump (Debian 12: 4.99.3, libpcap 1.10.3) as the oracle: it reads a pcapng this
// project writes and must print the same lines as PacketPrinter, select the same packets as
// compileFilter, and reject the same expressions with the same messages. Skipped without tcpdump.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PcapngWriter, LINKTYPE_RAW } from '../../dataplane/capture/pcapng.js';
import { compileFilter } from '../../dataplane/capture/filter.js';
import { PacketPrinter } from '../../dataplane/wire/pretty.js';
import { corpus, filterCorpus } from './corpus.js';
import { requireTool } from '../support/tools.js';

const t = suite('capture/tcpdump-oracle');
const dir = mkdtempSync(join(tmpdir(), 'netsim-tcpdump-'));

/** A one-interface RAW pcapng whose packet i is stamped i seconds after the epoch. */
function writeFile(name: string, packets: readonly Uint8Array[]): string {
  const file = join(dir, name);
  writeFileSync(file, Buffer.concat([PcapngWriter.header([{ name: 'eth0', linkType: LINKTYPE_RAW }], 'kube-netsim'),
    ...packets.map((b, i) => PcapngWriter.packet(0, BigInt(i) * 1_000_000_000n, b))]));
  return file;
}

function tcpdump(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('tcpdump', args, { encoding: 'latin1', maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Packet index → its printed text (continuation lines included), from `tcpdump -tt` output. */
function byIndex(stdout: string): Map<number, string> {
  const out = new Map<number, string>();
  const parts = stdout.split(/^(\d+)\.000000 /m).slice(1);
  for (let i = 0; i < parts.length; i += 2) out.set(Number(parts[i]), parts[i + 1].replace(/\n$/, ''));
  return out;
}

/** Expressions whose matches must agree (the supported primitives and their combinations). */
const MATCH_EXPRESSIONS = [
  'icmp', 'icmp6', 'ip', 'ip6', 'tcp', 'udp', 'sctp', 'igmp', 'ah or esp', 'pim', 'vrrp',
  'not icmp and host 10.0.0.1', '(tcp or udp) and port 80', 'ip6 and src host fd00::1', 'port 53', 'src port 53',
  'dst port 53', 'portrange 1-1024', 'tcp portrange 80-90', 'udp portrange 22-53', 'host 10.244.1.5',
  'src host 10.244.1.5', 'dst host fd00:10:244:1::5', 'net 10.244.0.0/16', 'src net 10.0.0.0/8',
  'dst net fd00:10:244::/56', 'net fd00::/8', 'src 10.0.0.1', 'dst fd00::1', 'proto 6', 'ip proto 17',
  'ip6 proto 58', 'ip6 proto 44', 'proto 132', 'proto 300', 'host 10.0.0', 'net 10', 'net 10.1',
  'net 10.0.0.0 mask 255.0.0.0', 'net 10.0.0.0 mask 255.0.255.0', 'port domain', 'port http', 'tcp port ssh',
  'portrange ssh-http', 'src or dst host 10.0.0.1', 'src and dst host 10.0.0.1', 'tcp or udp port 53',
  'host 10.0.0.1 or 10.0.0.2', 'port 53 or 80', 'not port 53', 'host 1.2.3.4 and not 5.6.7.8',
  'host (1.2.3.4 or 5.6.7.8)', 'port (53 or 80)', 'tcp port (53 or 80) and host 1.2.3.4', 'ip host 10.0.0.1',
  'ip6 host fd00::2', 'ip6 net fd00::/16', 'net loopback', 'not ip', 'not tcp and not udp',
  'not (tcp or udp)', 'not tcp or udp',
  'tcp dst port 80 or 443', 'tcp dst port 80 or src port 443', 'sctp port 80', 'udp port 80 or sctp port 22',
  'host ::1 or 127.0.0.1', 'net 0.0.0.0/0', 'net ::/0', 'port 0', 'portrange 0-65535', 'dst portrange 1-3',
  'icmp or icmp6', 'rarp or tcp', '',
];

/**
 * Expressions whose compile result must agree: libpcap's message, or success. `tcpdump -d` compiles
 * for Ethernet, the link type a pod's eth0 reports; the optimizer proves more contradictions there
 * than for the RAW files above (`tcp or udp and icmp`), so those are checked here only.
 */
const ERROR_EXPRESSIONS = [
  'icmp and', 'foo', 'host x', 'port 99999', 'port abc', '(tcp', 'tcp)', 'net 10.0.0.0/33', 'net 10.0.0.1/8',
  'portrange 80-', 'portrange 90-80', 'src', 'ip6 host 10.0.0.1', 'ip host fd00::1', 'icmp6 and host 10.0.0.1',
  'not', 'host fd00::1::2', 'net fd00::/129', 'port -1', 'and', 'udp port 53 53', 'dst src host 1.2.3.4',
  'net 10.0.0.0/8/8', 'host 256.0.0.1', 'proto tcp', 'proto \\udp', 'ip proto \\tcp', 'udp and tcp', '10.0.0.1',
  'tcp proto foo', 'tcp proto 6', 'src proto 6', 'udp port ssh', 'udp portrange ssh-http', 'portrange 80-http',
  'port 65536', 'portrange 1-70000', 'host 10.0.0.1 mask 255.0.0.0', 'host fd00::/64', 'net fd00::1/8',
  'src or 1.2.3.4', 'tcp and 80', '(tcp) and 80', 'host 1.1.1.1 and (tcp) and 2.2.2.2', 'host 0999',
  'host 1.2.3.4 and 0999', 'port 0x10000', 'port 4294967296', 'host 300.1.1.1', 'host 1.2.3.4.5', 'ip and ip6',
  'tcp and not tcp', 'src host 1.2.3.4 and src host 5.6.7.8', 'icmp and port 80', 'arp and tcp', 'arp',
  'port 80 and 1.2.3.4', 'icmp host 1.2.3.4', 'udp net 10.0.0.0/8', 'icmp port 80', 'ip6 net 10.0.0.0/8',
  'arp host fd00::1', 'gateway foo', 'gateway 1.2.3.4', 'net 10/8', 'net fd00:: mask ffff::', 'port 1-10',
  'portrange 1 - 10', 'ip6 proto \\icmp6', 'HOST 1.2.3.4', 'tcp && udp', 'tcp || udp', 'port 08',
  'tcp and (udp or icmp) and not (port 53)', 'tcp or udp and icmp', '(tcp or udp) and icmp',
];

const present = requireTool('tcpdump', 'apt-get install -y tcpdump');
/** A test that needs tcpdump: run, or registered as skipped so the runner counts it. */
const oracle = (name: string, fn: () => void): void => (present ? t(name, fn) : t.skip(name, fn));

t('the corpora are deterministic', () => {
  assert.equal(corpus(3, 50), corpus(3, 50));
  assert.equal(filterCorpus(3, 50), filterCorpus(3, 50));
  assert.is(corpus(3, 400).length, 400);
});

for (const absolute of [false, true]) {
  oracle(`PacketPrinter prints 3000 mutated packets as tcpdump -n${absolute ? ' -S' : ''} does`, () => {
    const packets = corpus(absolute ? 11 : 7, 3000);
    const theirs = byIndex(tcpdump(['-r', writeFile('printer.pcapng', packets), '-n', '-tt', ...(absolute ? ['-S'] : [])]).stdout);
    const printer = new PacketPrinter({ absoluteSeq: absolute });
    const diff = packets.map((b, i) => ({ i, ours: printer.format(b), theirs: theirs.get(i) })).filter((x) => x.ours !== x.theirs);
    assert.equal(diff.slice(0, 3), [], `${diff.length} of ${packets.length} differ`);
  });
}

oracle('compileFilter selects the packets tcpdump selects', () => {
  const packets = filterCorpus(5, 800);
  const file = writeFile('filter.pcapng', packets);
  const bad: string[] = [];
  for (const expr of MATCH_EXPRESSIONS) {
    const c = compileFilter(expr);
    if (!c.ok) { bad.push(`${expr}: ${c.error}`); continue; }
    const theirs = byIndex(tcpdump(['-r', file, '-n', '-tt', expr]).stdout);
    const differ = packets.findIndex((b, i) => c.filter(b) !== theirs.has(i));
    if (differ >= 0) bad.push(`${expr}: packet ${differ}`);
  }
  assert.equal(bad, []);
});

oracle('compileFilter fails where tcpdump does, with its message', () => {
  const bad: string[] = [];
  for (const expr of ERROR_EXPRESSIONS) {
    const r = tcpdump(['-d', expr]);
    const theirs = r.status === 0 ? 'OK' : r.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('Warning')).join('\n');
    const c = compileFilter(expr);
    const ours = c.ok ? 'OK' : c.error;
    if (ours !== theirs) bad.push(`${expr}: ours ${ours}, tcpdump ${theirs}`);
  }
  assert.equal(bad, []);
});

t.after(() => rmSync(dir, { recursive: true, force: true }));
t.run();
