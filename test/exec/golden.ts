// Golden-file comparison for the exec tests: test/golden/exec/<name>.golden holds the exact
// bytes; UPDATE_GOLDEN=1 rewrites it. Test-only helper.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as assert from 'uvu/assert';

const ROOT = new URL('../golden/exec/', import.meta.url).pathname;

export function assertGolden(name: string, actual: string): void {
  const file = join(ROOT, `${name}.golden`);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`missing golden ${file}; run with UPDATE_GOLDEN=1`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  assert.fixture(actual, readFileSync(file, 'utf8'), `golden ${name}`);
}
