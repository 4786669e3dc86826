// Golden files for the app tests: test/golden/apps/<name>.golden holds the exact bytes (Latin-1,
// CRLFs kept); UPDATE_GOLDEN=1 rewrites them. Test-only helper.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as assert from 'uvu/assert';

const ROOT = new URL('../golden/apps/', import.meta.url).pathname;

export function assertAppGolden(name: string, actual: Uint8Array): void {
  const file = join(ROOT, `${name}.golden`);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  if (!existsSync(file)) throw new Error(`missing golden ${file}; run with UPDATE_GOLDEN=1`);
  assert.fixture(Buffer.from(actual).toString('latin1'), readFileSync(file).toString('latin1'), `golden ${name}`);
}
