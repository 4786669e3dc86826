// Goldens under test/golden/<path>.golden: outputs people read, compared byte for byte
// (UPDATE_GOLDEN=1 rewrites them; review the diff). Test-only.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as assert from 'uvu/assert';

const ROOT = new URL('../golden/', import.meta.url).pathname;

/** Compares `actual` with test/golden/<path>.golden (e.g. `dataplane/program-default`). */
export function assertGoldenFile(path: string, actual: string): void {
  const file = join(ROOT, `${path}.golden`);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  if (!existsSync(file)) throw new Error(`missing golden ${file}; run with UPDATE_GOLDEN=1 and review the diff`);
  assert.fixture(actual, readFileSync(file, 'utf8'), `golden ${path}`);
}
