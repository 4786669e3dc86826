// Reliability A1-A3 for Services over a real netsimd (Unix socket, seeded): concurrent
// dual-stack creates never share an address, racing static ClusterIPs leave one winner, and
// exhausted ranges fail with the apiserver's messages and free for reuse; each then survives
// SIGKILL with the same addresses. Imports test/support, proto/ and @grpc/grpc-js only.
import * as grpc from '@grpc/grpc-js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ServicesClient } from '../../proto/gen/netsim/v1/Services.js';
import type { Service__Output } from '../../proto/gen/netsim/v1/Service.js';
import { fromPlainObject } from '../../proto/to-plain.js';
import { NetsimTestClient, isServiceError, type Outcome, type ServiceName } from '../support/grpc-client.js';
import { TestDaemon } from '../support/daemon.js';

const t = suite('reliability: Services A1-A3');
const SEED = '4242';
// 10,000 creates with 64 in flight take about 9 s (0.9 ms a create) on the 2-core CI box;
// NETSIM_A1_COUNT changes the count.
const A1_COUNT = Number(process.env.NETSIM_A1_COUNT ?? 10_000);
const A1_IN_FLIGHT = 64;
const NS = 'default';

type View = Service__Output;
type Method = 'CreateService' | 'DeleteService' | 'ListServices';

function services(client: NetsimTestClient): ServicesClient {
  return client.service('Services' as ServiceName) as unknown as ServicesClient;
}

function svcCall<T>(client: NetsimTestClient, method: Method, request: object): Promise<Outcome<T>> {
  const c = services(client) as unknown as Record<Method, (r: object, m: grpc.Metadata, o: grpc.CallOptions, cb: (e: grpc.ServiceError | null, v?: T) => void) => void>;
  return new Promise((resolve, reject) => {
    c[method].call(c, request, new grpc.Metadata(), { deadline: Date.now() + 60_000 }, (err, res) => {
      if (!err) resolve({ ok: true, value: res as T });
      else if (isServiceError(err)) resolve({ ok: false, error: err });
      else reject(err);
    });
  });
}

function manifest(name: string, spec: Record<string, unknown> = {}): object {
  return fromPlainObject('netsim.v1.Service', { metadata: { name, namespace: NS }, spec: { ports: [{ port: 80 }], selector: { app: name }, ...spec } });
}

const create = (client: NetsimTestClient, name: string, spec?: Record<string, unknown>) =>
  svcCall<View>(client, 'CreateService', { object: manifest(name, spec) });

async function mustCreate(client: NetsimTestClient, name: string, spec?: Record<string, unknown>): Promise<View> {
  const r = await create(client, name, spec);
  if (!r.ok) assert.unreachable(`create ${name}: ${grpc.status[r.error.code]} ${r.error.details}`);
  return (r as { value: View }).value;
}

async function mustDelete(client: NetsimTestClient, name: string): Promise<void> {
  const r = await svcCall<View>(client, 'DeleteService', { namespace: NS, name });
  assert.ok(r.ok, `delete ${name}`);
}

function expectFailure(r: Outcome<View>, code: grpc.status, message: string, what: string): void {
  assert.not.ok(r.ok, `${what} succeeded`);
  const e = (r as { error: grpc.ServiceError }).error;
  assert.is(grpc.status[e.code], grpc.status[code], `${what}: ${e.details}`);
  assert.ok(e.details.includes(message), `${what}: details ${JSON.stringify(e.details)} lack ${JSON.stringify(message)}`);
}

async function listAll(client: NetsimTestClient): Promise<View[]> {
  const out: View[] = [];
  let page_token = '';
  do {
    const r = await svcCall<{ items?: View[]; next_page_token?: string }>(client, 'ListServices', { namespace: '', page_size: 500, page_token });
    if (!r.ok) throw r.error;
    out.push(...(r.value.items ?? []));
    page_token = r.value.next_page_token ?? '';
  } while (page_token);
  return out;
}

const key = (s: View) => `${s.metadata?.namespace}/${s.metadata?.name}`;
const ipsOf = (s: View) => (s.spec?.clusterIPs ?? []).filter((ip) => ip !== 'None');
const portsOf = (s: View) => (s.spec?.ports ?? []).map((p) => p.nodePort ?? 0).filter((p) => p > 0);
const familyOf = (ip: string) => (ip.includes(':') ? 'IPv6' : 'IPv4');

/** `what (a, b)` for each ClusterIP or NodePort held by more than one Service. */
function duplicates(all: readonly View[]): string[] {
  const owners = new Map<string, string[]>();
  for (const s of all) for (const v of [...ipsOf(s), ...portsOf(s).map((p) => `port ${p}`)]) owners.set(v, [...(owners.get(v) ?? []), key(s)]);
  return [...owners].filter(([, o]) => o.length > 1).map(([v, o]) => `${v} (${o.join(', ')})`);
}

/** What each acknowledged Service held: name -> clusterIPs and nodePorts. */
type Acked = Map<string, string>;
const fingerprint = (s: View) => `${ipsOf(s).join(',')} ${portsOf(s).join(',')}`;

/** SIGKILLs `d`, restarts it on its home, and checks the acknowledged Services came back intact. */
async function killAndCheck(d: TestDaemon, args: string[], acked: Acked): Promise<{ client: NetsimTestClient; all: View[] }> {
  await d.kill();
  await d.start(args);
  const client = NetsimTestClient.forHome(d.home);
  const all = await listAll(client);
  const live = new Map(all.filter((s) => s.metadata?.namespace === NS).map((s) => [s.metadata?.name ?? '', fingerprint(s)]));
  const problems: string[] = [];
  for (const [name, fp] of acked) {
    const got = live.get(name);
    if (got === undefined) problems.push(`acknowledged Service ${name} is lost`);
    else if (got !== fp) problems.push(`${name} had ${fp}, now ${got}`);
  }
  assert.equal(problems.slice(0, 10), [], `after restart (${problems.length} problems)`);
  assert.equal(duplicates(all), [], 'no address or port with two owners after restart');
  return { client, all };
}

/** One more Service after a restart: its addresses must be held by nobody else. */
async function probe(client: NetsimTestClient, all: readonly View[], name: string, spec?: Record<string, unknown>): Promise<View> {
  const held = new Set(all.flatMap((s) => [...ipsOf(s), ...portsOf(s).map(String)]));
  const s = await mustCreate(client, name, spec);
  assert.ok(ipsOf(s).length > 0, `${name} got a ClusterIP`);
  for (const v of [...ipsOf(s), ...portsOf(s).map(String)]) assert.not.ok(held.has(v), `${name} got ${v}, already held`);
  return s;
}

function configFile(d: TestDaemon, yaml: string): string[] {
  const file = join(d.home, '..', 'cluster.yaml');
  writeFileSync(file, yaml);
  return ['--config', file, '--seed', SEED];
}

/** Runs `count` tasks with at most `width` in flight. */
async function pool(count: number, width: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => { while (next < count) await task(next++); };
  await Promise.all(Array.from({ length: Math.min(width, count) }, worker));
}

t('A1: concurrent PreferDualStack creates share no address, hold both families or none, survive kill -9', async () => {
  const d = new TestDaemon();
  try {
    const args = configFile(d, 'kind: Cluster\napiVersion: netsim.dev/v1alpha1\nnetworking:\n  serviceSubnet: "10.96.0.0/16,fd00:10:96::/112"\n');
    await d.start(args);
    let client = NetsimTestClient.forHome(d.home);
    const acked: Acked = new Map();
    const failures: string[] = [];
    const started = process.hrtime.bigint();
    await pool(A1_COUNT, A1_IN_FLIGHT, async (i) => {
      const r = await create(client, `a1-${i}`, { ipFamilyPolicy: 'PreferDualStack' });
      if (r.ok) acked.set(`a1-${i}`, fingerprint(r.value));
      else failures.push(`a1-${i}: ${grpc.status[r.error.code]} ${r.error.details}`);
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(`A1: ${A1_COUNT} creates, ${A1_IN_FLIGHT} in flight: ${ms.toFixed(0)} ms, ${(ms / A1_COUNT).toFixed(2)} ms a create`);
    assert.equal(failures.slice(0, 5), [], `${failures.length} creates failed`);
    const all = await listAll(client);
    const mine = all.filter((s) => s.metadata?.name?.startsWith('a1-'));
    assert.is(mine.length, acked.size, 'one stored Service per success');
    for (const fam of ['IPv4', 'IPv6']) {
      const ips = mine.flatMap(ipsOf).filter((ip) => familyOf(ip) === fam);
      assert.is(new Set(ips).size, ips.length, `no duplicate ${fam} ClusterIP`);
      assert.is(ips.length, acked.size, `allocated ${fam} addresses = successes`);
    }
    const halves = mine.filter((s) => s.spec?.ipFamilies?.join() !== 'IPv4,IPv6' || ipsOf(s).map(familyOf).join() !== 'IPv4,IPv6');
    assert.equal(halves.map(key).slice(0, 5), [], 'every Service has both families');
    assert.equal(duplicates(all), [], 'no address shared with the built-in Services');
    client.close();
    const after = await killAndCheck(d, args, acked);
    client = after.client;
    const p = await probe(client, after.all, 'a1-probe', { ipFamilyPolicy: 'PreferDualStack' });
    assert.is(ipsOf(p).length, 2, 'the probe is dual-stack');
    client.close();
  } finally {
    await d.stop();
    d.cleanup();
  }
});

t('A2: 100 pairs racing for one requested ClusterIP leave exactly one winner each, across kill -9', async () => {
  const d = new TestDaemon();
  try {
    const args = ['--seed', SEED];
    await d.start(args);
    let client = NetsimTestClient.forHome(d.home);
    const ipOf = (i: number) => `10.96.${100 + (i >> 6)}.${1 + (i & 63)}`;
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => {
      const spec = { clusterIP: ipOf(i), clusterIPs: [ipOf(i)] };
      return Promise.all([create(client, `race-${i}-a`, spec), create(client, `race-${i}-b`, spec)]);
    }));
    const acked: Acked = new Map();
    let failed = 0;
    results.forEach((pair, i) => {
      const wins = pair.filter((r) => r.ok);
      assert.is(wins.length, 1, `pair ${i}: exactly one winner`);
      for (const [j, r] of pair.entries()) {
        if (r.ok) { acked.set(`race-${i}-${'ab'[j]}`, fingerprint(r.value)); assert.equal(ipsOf(r.value), [ipOf(i)], `pair ${i} winner holds the IP`); }
        else { failed++; expectFailure(r, grpc.status.INVALID_ARGUMENT, 'provided IP is already allocated', `pair ${i} loser`); }
      }
    });
    assert.is(failed, 100, 'exactly 100 failures');
    const raced = (await listAll(client)).filter((s) => s.metadata?.name?.startsWith('race-'));
    assert.is(raced.length, 100, 'exactly 100 Services');
    client.close();
    const after = await killAndCheck(d, args, acked);
    client = after.client;
    assert.is(after.all.filter((s) => s.metadata?.name?.startsWith('race-')).length, 100, '100 Services after restart');
    expectFailure(await create(client, 'race-again', { clusterIP: ipOf(7), clusterIPs: [ipOf(7)] }), grpc.status.INVALID_ARGUMENT,
      'provided IP is already allocated', 'a requested address held before the restart');
    await probe(client, after.all, 'race-probe');
    client.close();
  } finally {
    await d.stop();
    d.cleanup();
  }
});

const IP_FULL = 'failed to allocate a serviceIP: range is full';
const PORT_FULL = 'failed to allocate a nodePort: range is full';
const NODE_PORT = { type: 'NodePort' };

t('A3: a /28 Service range and a 10-port NodePort range fill, fail with range is full, and free for reuse', async () => {
  const d = new TestDaemon();
  try {
    const args = configFile(d, 'kind: Cluster\napiVersion: netsim.dev/v1alpha1\nnetworking:\n  ipFamily: ipv4\n  serviceSubnet: "10.96.0.0/28"\n  nodePortRange: "30000-30009"\n');
    await d.start(args);
    let client = NetsimTestClient.forHome(d.home);
    const acked: Acked = new Map();
    const ok = async (name: string, spec?: Record<string, unknown>) => { const s = await mustCreate(client, name, spec); acked.set(name, fingerprint(s)); return s; };
    const del = async (name: string) => { await mustDelete(client, name); acked.delete(name); };
    // 14 usable addresses (10.96.0.1-14) minus kubernetes (.1) and kube-dns (.10).
    const ips = new Set<string>();
    for (let i = 0; i < 12; i++) ipsOf(await ok(`ip-${i}`)).forEach((ip) => ips.add(ip));
    assert.is(ips.size, 12, '12 distinct addresses');
    assert.not.ok(ips.has('10.96.0.1') || ips.has('10.96.0.10'), 'built-in addresses not reused');
    const full = await create(client, 'ip-12');
    expectFailure(full, grpc.status.RESOURCE_EXHAUSTED, IP_FULL, 'the 13th ClusterIP Service');
    const freed = ipsOf((await listAll(client)).find((s) => s.metadata?.name === 'ip-5')!)[0];
    await del('ip-5');
    assert.equal(ipsOf(await ok('ip-reuse')), [freed], 'a freed address is reused');

    // 11 addresses free, so the NodePort range fills first.
    for (let i = 0; i < 11; i++) await del(i === 5 ? 'ip-reuse' : `ip-${i}`);
    const ports = new Set<number>();
    for (let i = 0; i < 10; i++) portsOf(await ok(`np-${i}`, NODE_PORT)).forEach((p) => ports.add(p));
    assert.is(ports.size, 10, '10 distinct NodePorts');
    expectFailure(await create(client, 'np-10', NODE_PORT), grpc.status.RESOURCE_EXHAUSTED, PORT_FULL, 'the 11th NodePort Service');
    await ok('ip-after-np', {});
    expectFailure(await create(client, 'ip-over'), grpc.status.RESOURCE_EXHAUSTED, IP_FULL, 'the address of the failed NodePort create was released, no more');
    const np3 = (await listAll(client)).find((s) => s.metadata?.name === 'np-3')!;
    await del('np-3');
    const again = await ok('np-reuse', NODE_PORT);
    assert.equal(portsOf(again), portsOf(np3), 'the freed NodePort is reused');
    assert.equal(ipsOf(again), ipsOf(np3), 'the freed address is reused');
    client.close();

    const after = await killAndCheck(d, args, acked);
    client = after.client;
    expectFailure(await create(client, 'ip-post'), grpc.status.RESOURCE_EXHAUSTED, IP_FULL, 'the Service range is still full after restart');
    await mustDelete(client, 'np-0');
    const rest = after.all.filter((s) => s.metadata?.name !== 'np-0');
    const p = await probe(client, rest, 'np-post', NODE_PORT);
    assert.is(portsOf(p).length, 1, 'the probe got a NodePort');
    expectFailure(await create(client, 'np-post2', NODE_PORT), grpc.status.RESOURCE_EXHAUSTED, IP_FULL, 'full again');
    client.close();
  } finally {
    await d.stop();
    d.cleanup();
  }
});

t.run();
