// Golden files for cli/print tests: compares output with test/golden/cli/print/NAME.golden byte
// for byte; UPDATE_GOLDEN=1 rewrites them (the diff is then reviewed). Test-only helper.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as assert from 'uvu/assert';

const ROOT = new URL('../../golden/cli/print/', import.meta.url);

export function assertGolden(name: string, got: string): void {
  const file = new URL(`${name}.golden`, ROOT).pathname;
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, got);
    return;
  }
  if (!existsSync(file)) throw new Error(`missing golden ${file}; run with UPDATE_GOLDEN=1 and review it`);
  assert.fixture(got, readFileSync(file, 'utf8'), `golden ${name}`);
}
