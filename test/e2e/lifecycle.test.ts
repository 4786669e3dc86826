// The daemon's lifecycle as scripts see it: netsim status/up/down/version and SIGTERM.
// `netsim up` starts a detached netsimd; after() ends it by the pid `up` printed if a test failed midway.
// Drives only the built dist/; must not import product sources.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TestDaemon } from '../support/daemon.js';
import { netsimIn } from './cli.js';

const t = suite('e2e lifecycle');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const detached = new TestDaemon(); // only its temporary home and CLI are used; `up` owns the process
let upPid = 0;

t.after(() => {
  if (upPid > 0) {
    try { process.kill(upPid, 'SIGKILL'); } catch { /* already gone */ }
  }
  detached.cleanup();
});

function oneLine(r: { stdout: string; stderr: string }): string[] {
  return (r.stdout + r.stderr).split('\n').filter((l) => l !== '');
}

t('status with no daemon: exit 1 and one line naming the address', () => {
  const r = netsimIn(detached.home, ['status']);
  assert.is(r.code, 1);
  const lines = oneLine(r);
  assert.is(lines.length, 1, JSON.stringify(lines));
  assert.ok(lines[0]!.includes(join(detached.home, 'netsimd.sock')), lines[0]);
});

t('up starts a detached daemon and returns once it serves', () => {
  const r = netsimIn(detached.home, ['up', '--seed', '7', '--dns-listen', 'off']);
  assert.is(r.code, 0, r.stderr);
  upPid = Number(/\(pid (\d+)\)/.exec(r.stdout)?.[1] ?? 0);
  assert.ok(upPid > 0, r.stdout);
  process.kill(upPid, 0); // throws if no such process
});

t('status while serving: exit 0 with the version and the seed', () => {
  const r = netsimIn(detached.home, ['status']);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /SERVING/);
  assert.match(r.stdout, new RegExp(`^Version: +${VERSION.replace(/\./g, '\\.')}\\b`, 'm'));
  assert.match(r.stdout, /^Seed: +7$/m);
});

t('up again is a no-op that succeeds', () => {
  const r = netsimIn(detached.home, ['up', '--dns-listen', 'off']);
  assert.is(r.code, 0, r.stderr);
  assert.not.match(r.stdout, /\(pid /);
});

t('version prints the client and server versions', () => {
  const r = netsimIn(detached.home, ['version']);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`^Client Version: ${VERSION.replace(/\./g, '\\.')}$`, 'm'));
  assert.match(r.stdout, new RegExp(`^Server Version: ${VERSION.replace(/\./g, '\\.')}$`, 'm'));
});

t('down stops it; status then exits 1', () => {
  const r = netsimIn(detached.home, ['down']);
  assert.is(r.code, 0, r.stderr);
  try { process.kill(upPid, 0); } catch { upPid = 0; } // gone: nothing left for after() to end
  const s = netsimIn(detached.home, ['status']);
  assert.is(s.code, 1, s.stdout);
  assert.is(oneLine(s).length, 1);
});

t('SIGTERM ends a foreground netsimd with exit code 0', async () => {
  const d = new TestDaemon();
  try {
    await d.start(['--seed', '42']);
    assert.is(netsimIn(d.home, ['status']).code, 0);
    assert.is(await d.stop(), 0);
    assert.is(netsimIn(d.home, ['status']).code, 1);
  } finally {
    await d.kill();
    d.cleanup();
  }
});

t.run();
