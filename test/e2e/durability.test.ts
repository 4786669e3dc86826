// The foundation's durability promise (product.md "Processes and defaults"): a write netsimd
// acknowledged survives kill -9, pods keep their podIPs across restarts, and no address is reused.
// Drives only the built dist/; must not import product sources.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { TestDaemon } from '../support/daemon.js';
import { ok, until } from './cli.js';

const t = suite('e2e durability');
const d = new TestDaemon();
const COUNT = 200;
const names = Array.from({ length: COUNT }, (_, i) => `load-${String(i).padStart(3, '0')}`);

t.after(async () => { await d.kill(); d.cleanup(); });

function manifests(): string {
  return names.map((n) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${n}\n  labels:\n    app: load\n`
    + 'spec:\n  containers:\n  - name: c\n    image: nginx:1.23.2\n').join('---\n');
}

/** `namespace/name<TAB>ip,ip` for every pod in the cluster, sorted. */
function allPods(): string[] {
  const out = ok(d, ['get', 'pods', '-A', '-o', 'jsonpath={range .items[*]}{.metadata.namespace}/{.metadata.name}{"\\t"}{.status.podIPs[*].ip}{"\\n"}{end}']);
  return out.split('\n').filter(Boolean).map((l) => l.replace(/ /g, ',')).sort();
}

const loadPods = (rows: string[]) => rows.filter((r) => r.startsWith('default/load-'));
const ipsOf = (rows: string[]) => rows.flatMap((r) => (r.split('\t')[1] ?? '').split(',').filter(Boolean));
const withBothIps = (rows: string[]) => rows.every((r) => ipsOf([r]).length === 2);

let before: string[] = [];

t('200 pods from one multi-document apply, then kill -9 straight after the acknowledgement', async () => {
  await d.start(['--seed', '42']);
  const out = ok(d, ['apply', '-f', '-'], manifests());
  assert.equal(out.trimEnd().split('\n'), names.map((n) => `pod/${n} created`));
  await d.kill();
  await d.start(['--seed', '7']);
  const rows = loadPods(allPods());
  assert.equal(rows.map((r) => r.split('\t')[0]), names.map((n) => `default/${n}`), 'every acknowledged pod survived');
});

t('after a second kill -9 the same 200 pods have the same podIPs', async () => {
  before = loadPods(until(allPods, (rows) => loadPods(rows).length === COUNT && withBothIps(rows)));
  assert.is(before.length, COUNT);
  assert.ok(withBothIps(before), 'every pod has an IPv4 and an IPv6 address');
  await d.kill();
  await d.start(['--seed', '99']);
  assert.equal(loadPods(allPods()), before);
});

t('a pod created afterwards gets addresses none of the 200 had, and no two pods share an IP', () => {
  assert.is(ok(d, ['run', 'after-restart', '--image=nginx:1.23.2']), 'pod/after-restart created\n');
  const rows = until(allPods, (r) => r.some((x) => x.startsWith('default/after-restart\t') && ipsOf([x]).length === 2));
  const mine = ipsOf(rows.filter((r) => r.startsWith('default/after-restart\t')));
  assert.is(mine.length, 2);
  const old = new Set(ipsOf(before));
  for (const ip of mine) assert.not.ok(old.has(ip), `${ip} was already used by one of the 200`);
  const all = ipsOf(rows);
  assert.is(new Set(all).size, all.length, 'no IP shared by two pods');
});

t.run();
