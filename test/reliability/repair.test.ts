// Start on a store with injected inconsistencies (reliability A4): written straight into
// HOME/data while no daemon runs, then netsimd must report each one in a `repair:` line before
// SERVING and never hand out an address a stored pod holds. Imports daemon/store and test/support.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import ipaddr from 'ipaddr.js';
import { join } from 'node:path';
import type { Node, Pod } from '../../daemon/domain/types.js';
import { openLmdbStore } from '../../daemon/store/lmdb.js';
import type { WriteOp } from '../../daemon/store/store.js';
import { NetsimTestClient } from '../support/grpc-client.js';
import { TestDaemon } from '../support/daemon.js';
import { ipOwners, listAllPods, podIps } from './cluster-view.js';

const t = suite('netsimd start over an inconsistent store');
const SEED = 0xa4;
const NS = 'default';
const CURSOR_KEY = (node: string) => `ipam/host-local/${node}`;   // daemon/cluster/ipam.ts cursorKey

/** What was injected, for the checks. */
interface Injected {
  /** `dup` copies `victim`'s podIPs on `victim`'s node, whose host-local cursor is deleted too. */
  victim: Pod;
  /** `stray` sits on `victim`'s node holding the next addresses of `other`'s ranges. */
  strayIps: string[];
  other: string;
  /** `netsim-worker3` claims `other`'s podCIDRs. */
  overlapping: string;
  heldBefore: Set<string>;
  /** name -> podIPs joined, of the test namespace's pods as injected (dup excepted). */
  before: Map<string, string>;
}

const d = new TestDaemon();
let client: NetsimTestClient;
let inj: Injected;

function podManifest(name: string, nodeName?: string) {
  return { metadata: { name, namespace: NS }, spec: { nodeName, containers: [{ name: 'web', image: 'nginx:1.23.2' }] } };
}

/** The address after `ip` (same family). */
function nextIp(ip: string): string {
  const bytes = ipaddr.parse(ip).toByteArray();
  for (let i = bytes.length - 1; i >= 0 && ++bytes[i] === 256; i--) bytes[i] = 0;
  return ipaddr.fromByteArray(bytes).toString();
}

function copyPod(p: Pod, name: string, patch: { nodeName: string; ips: string[] }): Pod {
  const c = structuredClone(p);
  return {
    ...c,
    metadata: { ...c.metadata, name, uid: `injected-${name}`, resourceVersion: '' },
    spec: { ...c.spec, nodeName: patch.nodeName },
    status: { ...c.status, podIP: patch.ips[0], podIPs: patch.ips.map((ip) => ({ ip })) },
  };
}

function overlappingNode(model: Node, name: string, podCIDRs: readonly string[]): Node {
  const n = structuredClone(model);
  return {
    ...n,
    metadata: { ...n.metadata, name, uid: `injected-${name}`, resourceVersion: '', labels: { ...n.metadata.labels, 'kubernetes.io/hostname': name } },
    spec: { ...n.spec, podCIDR: podCIDRs[0], podCIDRs: [...podCIDRs] },
    status: { ...n.status, addresses: [
      { type: 'InternalIP', address: '172.18.0.50' }, { type: 'InternalIP', address: 'fc00:f853:ccd:e793::50' }, { type: 'Hostname', address: name },
    ] },
  };
}

/** Writes the three inconsistencies (and drops one cursor) into the stopped daemon's store. */
async function inject(home: string): Promise<Injected> {
  const store = await openLmdbStore(join(home, 'data'));
  try {
    const pods = store.list('Pod');
    const mine = store.list('Pod', NS);
    // The pod at the lowest address of its node: once its duplicate is deleted, an allocator
    // that starts over (its cursor is gone) reaches that address first.
    const victim = mine.find((p) => p.status.podIPs?.[0]?.ip.endsWith('.2'));
    if (!victim) throw new Error(`setup: no test pod at .2 among ${mine.map((p) => p.status.podIP).join(' ')}`);
    const home0 = victim.spec.nodeName!;
    const other = home0 === 'netsim-worker' ? 'netsim-worker2' : 'netsim-worker';
    const otherNode = store.get('Node', undefined, other)!;
    const cursors = store.getMeta<string[]>(CURSOR_KEY(other));
    if (!cursors) throw new Error(`setup: no cursor stored for ${other}`);
    const strayIps = cursors.map(nextIp);
    const ops: WriteOp[] = [
      { op: 'put', object: copyPod(victim, 'dup', { nodeName: home0, ips: (victim.status.podIPs ?? []).map((x) => x.ip) }), expectVersion: '' },
      { op: 'put', object: copyPod(victim, 'stray', { nodeName: home0, ips: strayIps }), expectVersion: '' },
      { op: 'put', object: overlappingNode(otherNode, 'netsim-worker3', otherNode.spec.podCIDRs ?? []), expectVersion: '' },
      { op: 'meta', key: CURSOR_KEY(home0), value: undefined },
    ];
    await store.commit(ops);
    const heldBefore = new Set([...pods.flatMap((p) => (p.status.podIPs ?? []).map((x) => x.ip)), ...strayIps]);
    const before = new Map([...mine.map((p) => [p.metadata.name, (p.status.podIPs ?? []).map((x) => x.ip).join(',')] as const),
      ['stray', strayIps.join(',')] as const]);
    return { victim, strayIps, other, overlapping: 'netsim-worker3', heldBefore, before };
  } finally {
    await store.close();
  }
}

/** Creates pods on `node` one by one; returns each address handed out that someone already held. */
async function collisionsOn(node: string, prefix: string, count: number): Promise<string[]> {
  const found: string[] = [];
  for (let i = 0; i < count; i++) {
    const owners = ipOwners(await listAllPods(client));
    const pod = await client.call('Pods', 'CreatePod', { object: podManifest(`${prefix}-${i}`, node) });
    for (const ip of podIps(pod)) {
      if (owners.has(ip)) found.push(`${prefix}-${i} on ${node} got ${ip}, held by ${owners.get(ip)!.join(', ')}`);
      else if (inj.heldBefore.has(ip)) found.push(`${prefix}-${i} on ${node} got ${ip}, held in the store before the start`);
    }
  }
  return found;
}

t.before(async () => {
  await d.start(['--seed', String(SEED)]);
  const c = NetsimTestClient.forHome(d.home);
  try {
    for (let i = 0; i < 4; i++) await c.call('Pods', 'CreatePod', { object: podManifest(`p${i}`) });
  } finally {
    c.close();
  }
  assert.is(await d.stop(), 0);
  inj = await inject(d.home);
  await d.start(['--seed', String(SEED)]);
  client = NetsimTestClient.forHome(d.home);
});

t.after(async () => {
  client?.close();
  await d.kill();
  d.cleanup();
});

/** The repair lines printed before the serving line (health turns SERVING just before it). */
function repairLinesBeforeServing(): string[] {
  const lines = d.output.split('\n');
  const serving = lines.findIndex((l) => l.includes('serving on unix://'));
  return lines.slice(0, serving < 0 ? lines.length : serving).filter((l) => l.includes('repair:'));
}

const REPORTS = [
  { name: 'two pods with one podIP', match: (l: string) => l.includes(`${NS}/dup`) && l.includes(`${NS}/${inj.victim.metadata.name}`) && l.includes(inj.victim.status.podIPs![0].ip) },
  { name: 'a pod IP outside its node\'s podCIDR', match: (l: string) => l.includes(`${NS}/stray`) && l.includes(inj.strayIps[0]) },
  { name: 'a node podCIDR overlapping another node\'s', match: (l: string) => l.includes(inj.overlapping) },
];

for (const c of REPORTS) {
  t(`reports ${c.name} in a repair: line before serving`, () => {
    assert.ok(repairLinesBeforeServing().some(c.match), `no such repair line in\n${d.output}`);
  });
}

t('health is SERVING after the repair, and no repair line comes after the serving line', async () => {
  const after = d.output.slice(d.output.indexOf('serving on unix://'));
  assert.not.match(after, /repair:/);
  assert.is(await client.health(), 'SERVING');
  assert.is(await client.health('netsim.v1.Pods'), 'SERVING');
});

t('deleting one of two pods that share an IP leaves the address held by the other', async () => {
  await client.call('Pods', 'DeletePod', { namespace: NS, name: 'dup' });
  const node = inj.victim.spec.nodeName!;
  assert.equal(await collisionsOn(node, 'after-dup', 3), [], `seed ${SEED}`);
});

t('the addresses a pod holds outside its node\'s podCIDR are not handed out by their own node', async () => {
  assert.equal(await collisionsOn(inj.other, 'after-stray', 3), [], `seed ${SEED}`);
});

t('a node whose podCIDRs overlap another node\'s never hands out that node\'s pod IPs', async () => {
  assert.equal(await collisionsOn(inj.overlapping, 'on-overlap', 3), [], `seed ${SEED}`);
});

t('the pods stored before the start keep their IPs, and the daemon still serves', async () => {
  const now = new Map((await listAllPods(client, NS)).map((p) => [p.metadata?.name ?? '', podIps(p).join(',')]));
  for (const [name, ips] of inj.before) assert.is(now.get(name), ips, `pod ${name}`);
  assert.is(await client.health(), 'SERVING');
});

t.run();
