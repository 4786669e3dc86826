// Quick throughput figures for the lmdb store (not a test): durable commits/s with 1 writer
// and with 1,000 concurrent writers. Usage: node --import tsx test/store/commit-bench.ts
import type { Pod } from '../../daemon/domain/types.js';
import { openLmdbStore, type LmdbStore } from '../../daemon/store/lmdb.js';
import { pod, tempDir } from './fixtures.js';

async function writers(s: LmdbStore, count: number, perWriter: number, tag: string): Promise<number> {
  const start = performance.now();
  await Promise.all(Array.from({ length: count }, async (_, w) => {
    for (let i = 0; i < perWriter; i++) {
      const p: Pod = pod(tag, `w${w}-${i}`, `10.244.${w % 250}.${(i % 250) + 1}`);
      await s.commit([{ op: 'put', object: p, expectVersion: '' }, { op: 'meta', key: `cursor/${w % 16}`, value: i }]);
    }
  }));
  return (count * perWriter) / ((performance.now() - start) / 1000);
}

const { dir, cleanup } = tempDir('bench');
const s = await openLmdbStore(dir);
try {
  await writers(s, 1, 200, 'warm');
  const one = await writers(s, 1, 3000, 'one');
  const many = await writers(s, 1000, 30, 'many');
  process.stdout.write(`1 writer: ${one.toFixed(0)} commits/s\n1,000 writers: ${many.toFixed(0)} commits/s\n`);
} finally { await s.close(); cleanup(); }
