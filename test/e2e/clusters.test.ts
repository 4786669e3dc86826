// Single-stack and IPv6-primary clusters from examples/cluster-*.yaml, the stored-config guard
// (--config differs → refuse, --reset → start afresh), and the start-time refusals of product.md.
// Drives only the built dist/; must not import product sources.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, TestDaemon } from '../support/daemon.js';
import { cidrFamily, daemonOnce, familyOf, ok, podIPs, type Family } from './cli.js';
import { assertGolden, maskAge } from './golden.js';

const t = suite('e2e clusters');
const config = (f: string) => join(ROOT, 'examples', f);
const scratch = mkdtempSync(join(tmpdir(), 'nse2e-clusters-'));
const kept: TestDaemon[] = [];

t.after(async () => {
  for (const d of kept) { await d.stop(); d.cleanup(); }
  rmSync(scratch, { recursive: true, force: true });
});

const flavours: { name: string; file: string; families: Family[] }[] = [
  { name: 'ipv4', file: 'cluster-ipv4.yaml', families: ['IPv4'] },
  { name: 'ipv6', file: 'cluster-ipv6.yaml', families: ['IPv6'] },
  { name: 'ipv6-primary', file: 'cluster-ipv6-primary.yaml', families: ['IPv6', 'IPv4'] },
];

function nodeFamilies(d: TestDaemon, node: string): { cidrs: Family[]; internal: Family[] } {
  const cidrs = ok(d, ['get', 'nodes', node, '-o', 'jsonpath={.spec.podCIDRs[*]}']).split(' ').filter(Boolean);
  const addrs = ok(d, ['get', 'nodes', node, '-o', 'go-template', '--template={{range .status.addresses}}{{if eq .type "InternalIP"}}{{printf "%s\\n" .address}}{{end}}{{end}}']);
  assert.is(ok(d, ['get', 'nodes', node, '-o', 'jsonpath={.spec.podCIDR}']), cidrs[0], 'spec.podCIDR = podCIDRs[0]');
  return { cidrs: cidrs.map(cidrFamily), internal: addrs.split('\n').filter(Boolean).map(familyOf) };
}

for (const f of flavours) {
  t(`${f.name}: nodes and a new pod follow the primary family`, async () => {
    const d = new TestDaemon();
    kept.push(d);
    await d.start(['--seed', '42', '--config', config(f.file)]);
    for (const node of ['netsim-control-plane', 'netsim-worker']) {
      assert.equal(nodeFamilies(d, node), { cidrs: f.families, internal: f.families }, node);
    }
    assertGolden(`nodes-wide-${f.name}`, maskAge(ok(d, ['get', 'nodes', '-o', 'wide'])));
    assert.is(ok(d, ['run', 'p1', '--image=nginx:1.23.2']), 'pod/p1 created\n');
    const ips = podIPs(d, 'p1');
    assert.equal(ips.map(familyOf), f.families);
    assert.is(ok(d, ['get', 'pod', 'p1', '-o', 'jsonpath={.status.podIP}']), ips[0]);
    assert.is(await d.stop(), 0, 'SIGTERM ends netsimd with 0');
  });
}

t('restart with a different --config is refused, naming the field and --reset', () => {
  const home = kept[0]!.home; // the ipv4 cluster, stopped
  const r = daemonOnce(home, ['--config', config('cluster-ipv6.yaml')]);
  assert.is(r.code, 1, r.stderr);
  assert.ok(r.stderr.includes('networking.ipFamily'), r.stderr);
  assert.ok(r.stderr.includes('--reset'), r.stderr);
});

t('restart with the same --config keeps the cluster and its pods', async () => {
  const d = kept[0]!;
  await d.start(['--seed', '42', '--config', config('cluster-ipv4.yaml')]);
  assert.equal(podIPs(d, 'p1').map(familyOf), ['IPv4']);
  assert.is(await d.stop(), 0);
});

t('--reset starts the new cluster afresh', async () => {
  const d = kept[0]!;
  await d.start(['--seed', '42', '--reset', '--config', config('cluster-ipv6.yaml')]);
  assert.equal(nodeFamilies(d, 'netsim-worker'), { cidrs: ['IPv6'], internal: ['IPv6'] });
  assert.equal(d.netsim(['get', 'pod', 'p1']), { stdout: '', stderr: 'Error from server (NotFound): pods "p1" not found\n', code: 1 });
  assert.is(await d.stop(), 0);
});

t('a bad config file fails at start naming the field', () => {
  const file = join(scratch, 'bad-mask.yaml');
  writeFileSync(file, 'kind: Cluster\napiVersion: netsim.dev/v1alpha1\nnetworking:\n  ipFamily: ipv4\n  podSubnet: "10.244.0.0/16"\n  nodeCIDRMaskSizeIPv4: 8\n');
  const r = daemonOnce(join(scratch, 'bad-config-home'), ['--config', file]);
  assert.is(r.code, 1, r.stderr);
  assert.ok(r.stderr.includes('nodeCIDRMaskSizeIPv4'), r.stderr);
});

t('--listen on a non-loopback address is refused naming loopback', () => {
  for (const addr of ['0.0.0.0:0', '[::]:0']) {
    const r = daemonOnce(join(scratch, 'listen-home'), ['--listen', addr]);
    assert.is(r.code, 1, `${addr}: ${r.stderr}`);
    assert.ok(r.stderr.includes(addr), r.stderr);
    assert.match(r.stderr, /loopback/);
  }
});

t('a home readable by group and others (0755) is refused', () => {
  const home = join(scratch, 'open-home');
  mkdirSync(home);
  chmodSync(home, 0o755);
  const r = daemonOnce(home, []);
  assert.is(r.code, 1, r.stderr);
  assert.ok(r.stderr.includes(home), r.stderr);
  assert.match(r.stderr, /0?755/);
  assert.not.ok(existsSync(join(home, 'netsimd.sock')), 'no socket created');
});

t.run();
