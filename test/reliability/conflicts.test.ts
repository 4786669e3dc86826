// Optimistic concurrency and hostile requests against a running netsimd. A5 (scaled to the
// 2-core CI): clients doing read-modify-write on one Deployment lose no update and stale versions
// get ABORTED with Kubernetes' Conflict message. G3-lite: random bytes and random
// protobuf-shaped values to every unary method never crash the daemon. Imports test/support.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as grpc from '@grpc/grpc-js';
import fc from 'fast-check';
import { decodeStatusDetails } from '../../proto/status-details.js';
import type { Deployment__Output } from '../../proto/gen/netsim/v1/Deployment.js';
import { NetsimTestClient, unaryMethods, type UnaryMethodInfo } from '../support/grpc-client.js';
import { TestDaemon } from '../support/daemon.js';
import { messageArb, rawBytesArb } from './proto-values.js';

const CLIENTS = Number(process.env.NETSIM_CONFLICT_CLIENTS ?? 10);
const UPDATES_PER_CLIENT = Number(process.env.NETSIM_CONFLICT_UPDATES ?? 20);
const CONFLICT = (name: string) => `Operation cannot be fulfilled on deployments.apps "${name}": the object has been modified; please apply your changes to the latest version and try again`;

function deployment(name: string) {
  return {
    metadata: { name, namespace: 'default', labels: { app: name, counter: '0' } },
    spec: {
      replicas: 1, selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'web', image: 'nginx:1.23.2' }] } },
    },
  };
}

const bump = (labels: Record<string, string> | undefined, key: string) => ({ ...labels, [key]: String(Number(labels?.[key] ?? 0) + 1) });

// ---------------------------------------------------------------------------------------------
const rmw = suite('Deployment read-modify-write under contention');
const d1 = new TestDaemon();
let c1: NetsimTestClient;

rmw.before(async () => {
  await d1.start(['--seed', '5']);
  c1 = NetsimTestClient.forHome(d1.home);
});

rmw.after(async () => {
  c1?.close();
  await d1.kill();
  d1.cleanup();
});

rmw('an update with a stale resourceVersion is ABORTED with the Conflict message and changes nothing', async () => {
  await c1.call('Deployments', 'CreateDeployment', { object: deployment('x') });
  const stale = await c1.call('Deployments', 'GetDeployment', { namespace: 'default', name: 'x' });
  const fresh = await c1.call('Deployments', 'UpdateDeployment', { object: { ...stale, metadata: { ...stale.metadata, labels: bump(stale.metadata?.labels, 'counter') } } });
  const r = await c1.settle('Deployments', 'UpdateDeployment', { object: { ...stale, metadata: { ...stale.metadata, labels: { ...stale.metadata?.labels, counter: 'stale' } } } });
  assert.is(r.ok, false);
  if (r.ok) return;
  assert.is(r.error.code, grpc.status.ABORTED);
  assert.is(r.error.details, CONFLICT('x'));
  assert.is(decodeStatusDetails(r.error.metadata)?.errorInfo?.reason, 'CONFLICT');
  const now = await c1.call('Deployments', 'GetDeployment', { namespace: 'default', name: 'x' });
  assert.is(now.metadata?.labels?.counter, '1');
  assert.is(now.metadata?.resourceVersion, fresh.metadata?.resourceVersion);
});

/** Get, bump, Update with the read version; retries on ABORTED. Returns the conflicts met. */
async function readModifyWrite(client: NetsimTestClient, name: string, me: string, updates: number, bad: string[]): Promise<number> {
  let conflicts = 0;
  for (let done = 0; done < updates;) {
    const got: Deployment__Output = await client.call('Deployments', 'GetDeployment', { namespace: 'default', name });
    const labels = bump(bump(got.metadata?.labels, 'counter'), me);
    const r = await client.settle('Deployments', 'UpdateDeployment', { object: { ...got, metadata: { ...got.metadata, labels } } });
    if (r.ok) done++;
    else if (r.error.code === grpc.status.ABORTED && r.error.details === CONFLICT(name)) conflicts++;
    else { bad.push(`${me}: ${grpc.status[r.error.code]} ${r.error.details}`); return conflicts; }
  }
  return conflicts;
}

rmw(`${CLIENTS} clients x ${UPDATES_PER_CLIENT} read-modify-write updates lose nothing`, async () => {
  await c1.call('Deployments', 'CreateDeployment', { object: deployment('y') });
  const clients = Array.from({ length: CLIENTS }, () => NetsimTestClient.forHome(d1.home));
  const bad: string[] = [];
  try {
    const conflicts = await Promise.all(clients.map((c, i) => readModifyWrite(c, 'y', `client-${i}`, UPDATES_PER_CLIENT, bad)));
    assert.equal(bad, [], 'only ABORTED with the Conflict message may fail an update');
    const final = await c1.call('Deployments', 'GetDeployment', { namespace: 'default', name: 'y' });
    assert.is(final.metadata?.labels?.counter, String(CLIENTS * UPDATES_PER_CLIENT), 'counter = successful updates');
    for (let i = 0; i < CLIENTS; i++) assert.is(final.metadata?.labels?.[`client-${i}`], String(UPDATES_PER_CLIENT), `client-${i}`);
    console.log(`conflicts: ${CLIENTS * UPDATES_PER_CLIENT} updates, ${conflicts.reduce((a, b) => a + b, 0)} ABORTED and retried`);
  } finally {
    for (const c of clients) c.close();
  }
});

rmw.run();

// ---------------------------------------------------------------------------------------------
const g3 = suite('malformed requests to every unary method');
const SEED = Number(process.env.NETSIM_FUZZ_SEED ?? 0x63);
const RUNS = Number(process.env.NETSIM_FUZZ_RUNS ?? 20);
// Shutdown is left out: an empty message is a valid ShutdownRequest, and stopping is its job.
const METHODS = unaryMethods().filter((m) => m.path !== '/netsim.v1.Cluster/Shutdown');
const d2 = new TestDaemon();
let c2: NetsimTestClient;

g3.before(async () => {
  await d2.start(['--seed', '6']);
  c2 = NetsimTestClient.forHome(d2.home);
});

g3.after(async () => {
  c2?.close();
  await d2.kill();
  d2.cleanup();
});

function decodes(m: UnaryMethodInfo, body: Buffer): boolean {
  try { m.deserialize(body); return true; } catch { return false; }
}

/** What is wrong with how the daemon answered `body` (undefined: fine). */
async function judge(m: UnaryMethodInfo, body: Buffer, kind: string, seen: Map<string, number>): Promise<string | undefined> {
  const r = await c2.raw(m.path, body, 10_000);
  const ok = decodes(m, body);
  const tally = `${ok ? 'decodable' : 'undecodable'} ${grpc.status[r.code]}`;
  seen.set(tally, (seen.get(tally) ?? 0) + 1);
  const status = `${grpc.status[r.code]} ${JSON.stringify(r.details)}`;
  const where = `${m.path} ${kind} ${body.toString('hex').slice(0, 160)}`;
  if (r.code === grpc.status.UNAVAILABLE || r.code === grpc.status.DEADLINE_EXCEEDED) return `${where}: ${status} (daemon down or hung)`;
  // grpc-js answers a request it cannot decode itself, before any handler, with this status.
  if (!ok) return r.code === grpc.status.INVALID_ARGUMENT || (r.code === grpc.status.INTERNAL && r.details === 'Error deserializing request') ? undefined : `${where}: undecodable, got ${status}`;
  if (r.code === grpc.status.INTERNAL || r.code === grpc.status.UNKNOWN) return `${where}: decodable, got ${status}`;
  return undefined;
}

/** Requests for `m`: noise, its own message type with wild values, another method's message. */
function requestsFor(m: UnaryMethodInfo, i: number): { kind: string; body: Buffer }[] {
  const seed = SEED + i;
  const other = METHODS[(i * 7 + 3) % METHODS.length];
  return [
    ...fc.sample(rawBytesArb, { seed, numRuns: RUNS }).map((body) => ({ kind: 'bytes', body })),
    ...fc.sample(messageArb(m.requestType), { seed, numRuns: RUNS }).map((v) => ({ kind: 'shaped', body: m.serialize(v) })),
    ...fc.sample(messageArb(other.requestType), { seed, numRuns: Math.ceil(RUNS / 2) }).map((v) => ({ kind: `as ${other.requestType}`, body: other.serialize(v) })),
  ];
}

g3(`${METHODS.length} unary methods x ${Math.floor(RUNS * 2.5)} hostile requests: no crash, no INTERNAL for a decodable message`, async () => {
  assert.ok(METHODS.length >= 25, `found only ${METHODS.length} unary methods`);
  const problems: string[] = [];
  const seen = new Map<string, number>();
  let sent = 0;
  for (const [i, m] of METHODS.entries()) {
    for (const { kind, body } of requestsFor(m, i)) {
      sent++;
      const p = await judge(m, body, kind, seen);
      if (p) problems.push(p);
    }
  }
  console.log(`g3: ${sent} requests: ${[...seen].sort().map(([k, n]) => `${k} ${n}`).join(', ')}`);
  assert.equal(problems.slice(0, 20), [], `seed ${SEED} (NETSIM_FUZZ_SEED): ${problems.length} of ${sent} requests answered wrongly`);
  assert.is(await c2.health(), 'SERVING');
  assert.not.match(d2.output, /fatal|store failure/);
});

g3.run();
