// Goldens for the e2e suites under test/golden/e2e/<name>.golden (UPDATE_GOLDEN=1 rewrites), and
// the one normalisation they need: the AGE column, which follows the wall clock. Test-only; no product imports.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as assert from 'uvu/assert';

const ROOT = new URL('../golden/e2e/', import.meta.url).pathname;

export function assertGolden(name: string, actual: string): void {
  const file = join(ROOT, `${name}.golden`);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  if (!existsSync(file)) throw new Error(`missing golden ${file}; run with UPDATE_GOLDEN=1 and review the diff`);
  assert.fixture(actual, readFileSync(file, 'utf8'), `golden ${name}`);
}

/**
 * Replaces every cell of the AGE column of a kubectl table with `<age>` padded to the column's
 * width, so a table whose ages stay under 100s (three characters, the header's width) compares
 * byte for byte. Throws when a row's age is wider, since the layout would then differ anyway.
 */
export function maskAge(table: string): string {
  const lines = table.split('\n');
  const header = lines[0]!;
  const start = header.indexOf('AGE');
  const next = header.slice(start).search(/ [A-Z]/);
  const end = next < 0 ? header.length : start + next + header.slice(start + next).search(/[A-Z]/);
  return lines.map((line, i) => {
    if (i === 0 || line === '') return line;
    const cell = line.slice(start, end);
    if (!/^\d{1,2}s +$|^\d{1,2}s$/.test(cell)) throw new Error(`AGE cell ${JSON.stringify(cell)} in ${JSON.stringify(line)}`);
    return line.slice(0, start) + '<age>'.padEnd(cell.length) + line.slice(end);
  }).join('\n');
}
