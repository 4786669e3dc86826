// Tests that drive a real Debian tool (tshark, tcpdump, dig) ask for it here: present, it runs;
// absent, the caller skips, unless NETSIM_REQUIRE_TOOLS=1 (CI) makes that a failure. Test-only.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

function onPath(name: string): boolean {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch { /* not in this directory */ }
  }
  return false;
}

/**
 * True when `name` is an executable on PATH. False when it is missing and the caller should skip
 * (register the test with `t.skip` so the runner counts it); throws when NETSIM_REQUIRE_TOOLS=1.
 * `installHint` is the command that installs it, e.g. `apt-get install -y tshark`.
 */
export function requireTool(name: string, installHint: string): boolean {
  if (onPath(name)) return true;
  if (process.env.NETSIM_REQUIRE_TOOLS === '1') {
    throw new Error(`${name} is required (NETSIM_REQUIRE_TOOLS=1) but not on PATH; install it: ${installHint}`);
  }
  process.stderr.write(`skipping tests that need ${name}; install it: ${installHint}\n`);
  return false;
}
