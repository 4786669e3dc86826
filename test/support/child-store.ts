// Child process for the kill -9 tests (reliability E2, store level): commits pairs of pods plus
// a meta key to the lmdb store in DIR and prints each write on stdout only after its commit
// resolved, until killed. Test-only; imports daemon/store.
import { createHash } from 'node:crypto';
import type { Pod } from '../../daemon/domain/types.js';
import { openLmdbStore } from '../../daemon/store/lmdb.js';
import type { WriteOp } from '../../daemon/store/store.js';

/** The content a pair member must have: derived from its name alone, so any torn or mixed
 *  value is detectable. Sizes span several lmdb pages. */
export function expectedPayload(ns: string, i: number): string {
  const unit = createHash('sha256').update(`${ns}/${i}`).digest('hex');
  return unit.repeat(Math.ceil((100 + ((i * 997) % 9000)) / unit.length));
}

export function pairPod(ns: string, i: number, side: 'a' | 'b'): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name: `${side}-${i}`, namespace: ns, uid: `${ns}-${side}-${i}`, resourceVersion: '', creationTimestamp: '2024-01-01T00:00:00Z',
      annotations: { payload: expectedPayload(ns, i) } },
    spec: { containers: [{ name: 'c', image: 'busybox' }] },
    status: { phase: 'Running', podIP: `10.${(i >> 8) & 255}.${i & 255}.${side === 'a' ? 1 : 2}` },
  };
}

export const pairMetaKey = (ns: string, i: number) => `pair/${ns}/${i}`;

function putPair(ns: string, i: number): WriteOp[] {
  return [
    { op: 'put', object: pairPod(ns, i, 'a'), expectVersion: '' },
    { op: 'meta', key: pairMetaKey(ns, i), value: { i, len: expectedPayload(ns, i).length } },
    { op: 'put', object: pairPod(ns, i, 'b'), expectVersion: '' },
  ];
}

function deletePair(ns: string, i: number): WriteOp[] {
  return [
    { op: 'delete', key: { kind: 'Pod', namespace: ns, name: `a-${i}` } },
    { op: 'meta', key: pairMetaKey(ns, i), value: undefined },
    { op: 'delete', key: { kind: 'Pod', namespace: ns, name: `b-${i}` } },
  ];
}

/**
 * Usage: node --import tsx test/support/child-store.ts DIR ROUND [IN_FLIGHT]
 * stdout: `ack put <ns> <i> <revision>` | `intent del <ns> <i>` | `ack del <ns> <i> <revision>`
 */
async function main(): Promise<void> {
  const [dir, round, inFlightArg] = process.argv.slice(2);
  const ns = `r${round}`;
  const inFlight = Number(inFlightArg ?? 8);
  const store = await openLmdbStore(dir, { onFatal: (e) => { process.stderr.write(`fatal: ${String(e)}\n`); process.exit(3); } });
  let next = 0;
  const acked: number[] = [];
  // stdout is a non-blocking pipe on Linux: a write may sit in Node's queue and die with the
  // process. A lost ack only weakens the check; a lost delete intent would fake a loss, so the
  // delete waits until its intent line reached the kernel.
  const say = (line: string) => new Promise<void>((resolve) => process.stdout.write(`${line}\n`, () => resolve()));
  process.stdout.on('error', () => process.exit(0));   // the parent stopped reading
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i % 5 === 4 && acked.length > 0) {
        const victim = acked.splice(i % acked.length, 1)[0];
        await say(`intent del ${ns} ${victim}`);
        const { revision } = await store.commit(deletePair(ns, victim));
        void say(`ack del ${ns} ${victim} ${revision}`);
      } else {
        const { revision } = await store.commit(putPair(ns, i));
        acked.push(i);
        void say(`ack put ${ns} ${i} ${revision}`);
      }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  main().catch((e) => { process.stderr.write(`child-store: ${(e as Error).stack}\n`); process.exit(2); });
}
