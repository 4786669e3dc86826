// kill -9 at a random point (reliability E2, store level): a child commits and acknowledges; the
// parent SIGKILLs it after a seeded number of acks, reopens the store, and checks nothing
// acknowledged is lost or torn. 100 rounds over 2 store dirs (NETSIM_KILL_ROUNDS for more).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Pod } from '../../daemon/domain/types.js';
import { Rng } from '../../daemon/sim/rng.js';
import { openLmdbStore } from '../../daemon/store/lmdb.js';
import { expectedPayload, pairMetaKey } from '../support/child-store.js';
import { tempDir } from './fixtures.js';

const t = suite('lmdb store kill -9');
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED = 0x5eed;
const ROUNDS = Number(process.env.NETSIM_KILL_ROUNDS ?? 100);
const LANES = 2;
const ROUND_WATCHDOG_MS = 30_000;   // a bound on a hung child, not a timing assertion

/** What the parent knows after reading the children's stdout, across rounds of one lane. */
class Expectations {
  readonly present = new Set<string>();      // acknowledged puts not being deleted
  readonly revisions = new Map<string, number>();   // the revision each acknowledgement named
  lastRound = -1;
  readonly absent = new Set<string>();       // acknowledged deletes
  readonly either = new Set<string>();       // deletes issued but not acknowledged

  line(l: string): void {
    const [verb, what, ns, i, rev] = l.split(' ');
    const k = `${ns} ${i}`;
    if (verb === 'ack') this.revisions.set(`${what} ${k}`, Number(rev));
    if (verb === 'ack' && what === 'put') this.present.add(k);
    else if (verb === 'intent') { this.present.delete(k); this.either.add(k); }
    else if (verb === 'ack' && what === 'del') { this.either.delete(k); this.absent.add(k); }
    else throw new Error(`child said ${JSON.stringify(l)}`);
  }
}

/** Runs one child until `killAfter` acks were read, then SIGKILLs it; returns the ack count. */
function runChild(dir: string, round: number, killAfter: number, inFlight: number, exp: Expectations): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/child-store.ts', dir, String(round), String(inFlight)], {
      cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buf = '', err = '', acks = 0, killed = false;
    const watchdog = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`round ${round}: child hung\n${err}`)); }, ROUND_WATCHDOG_MS);
    child.stderr.on('data', (d) => { err += d; });
    child.stdout.on('data', (d) => {
      buf += d;
      const lines = buf.split('\n');
      buf = lines.pop()!;
      for (const l of lines) {
        exp.line(l);
        if (l.startsWith('ack') && ++acks >= killAfter && !killed) { killed = child.kill('SIGKILL'); }
      }
    });
    child.on('close', (code, signal) => {
      clearTimeout(watchdog);
      if (signal !== 'SIGKILL') reject(new Error(`round ${round}: child exited ${code}\n${err}`));
      else resolve(acks);
    });
  });
}

/** Reopens the store and checks every expectation plus the integrity of every stored pair. */
async function verify(dir: string, exp: Expectations): Promise<number> {
  const s = await openLmdbStore(dir);
  try {
    const pods = s.list('Pod');
    const byName = new Map(pods.map((p) => [`${p.metadata.namespace}/${p.metadata.name}`, p]));
    for (const p of pods) checkPairMember(p, byName, s.getMeta(pairMetaKey(p.metadata.namespace!, pairIndex(p))), s.revision);
    for (const k of exp.present) {
      const [ns, i] = k.split(' ');
      assert.ok(byName.has(`${ns}/a-${i}`) && byName.has(`${ns}/b-${i}`),
        `acknowledged pair ${k} (revision ${exp.revisions.get(`put ${k}`)}) lost after round ${exp.lastRound}; store revision ${s.revision}`);
    }
    for (const k of exp.absent) {
      const [ns, i] = k.split(' ');
      assert.not.ok(byName.has(`${ns}/a-${i}`) || byName.has(`${ns}/b-${i}`) || s.getMeta(pairMetaKey(ns, Number(i))) !== undefined, `acknowledged delete ${k} undone`);
    }
    return pods.length;
  } finally { await s.close(); }
}

const pairIndex = (p: Pod) => Number(p.metadata.name.slice(2));

function checkPairMember(p: Pod, byName: Map<string, Pod>, meta: unknown, revision: number): void {
  const ns = p.metadata.namespace!, i = pairIndex(p);
  const where = `${ns}/${p.metadata.name}`;
  assert.is(p.metadata.annotations?.payload, expectedPayload(ns, i), `${where}: torn or foreign payload`);
  const mate = byName.get(`${ns}/${p.metadata.name.startsWith('a-') ? 'b' : 'a'}-${i}`);
  assert.ok(mate, `${where}: half a commit (pair mate missing)`);
  assert.is(mate!.metadata.resourceVersion, p.metadata.resourceVersion, `${where}: pair written by two commits`);
  assert.equal(meta, { i, len: expectedPayload(ns, i).length }, `${where}: meta key not in the same transaction`);
  assert.ok(Number(p.metadata.resourceVersion) <= revision, `${where}: resourceVersion beyond the stored revision`);
}

t(`${ROUNDS} rounds of (commit, ack, kill -9, reopen, verify) lose nothing acknowledged`, async () => {
  const rng = new Rng(SEED);
  const plan = Array.from({ length: ROUNDS }, (_, r) => ({ round: r, killAfter: 3 + rng.intn(40), inFlight: 1 + rng.intn(16) }));
  const dirs = Array.from({ length: LANES }, (_, i) => tempDir(`kill${i}`));
  let totalAcks = 0;
  try {
    const lanes = await Promise.allSettled(dirs.map(async ({ dir }, lane) => {
      const exp = new Expectations();
      for (const step of plan.filter((p) => p.round % LANES === lane)) {
        const acks = await runChild(dir, step.round, step.killAfter, step.inFlight, exp);
        exp.lastRound = step.round;
        totalAcks += acks;
        const stored = await verify(dir, exp);
        assert.ok(stored >= exp.present.size * 2, `round ${step.round}: fewer pods than acknowledged`);
      }
    }));
    for (const l of lanes) if (l.status === 'rejected') throw l.reason;   // after both lanes stopped
    assert.ok(totalAcks >= plan.reduce((n, p) => n + p.killAfter, 0), 'every round reached its kill point');
  } finally { for (const d of dirs) d.cleanup(); }
});

t.run();
