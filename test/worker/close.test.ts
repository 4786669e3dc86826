// A closed host leaves no handle behind: a child process that starts, uses and closes a host
// must exit by itself (no process.exit), and the host refuses work afterwards.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { packetMix, testProgram } from './fixture.js';

const t = suite('worker/close');
const CHILD = fileURLToPath(new URL('./start-close.child.ts', import.meta.url));
/** Far above the child's own run (about a second): only a leaked handle gets here. */
const HANG_MS = 60_000;

t('a child that starts and closes a host exits by itself', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '', err = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d; });
  const timer = setTimeout(() => child.kill('SIGKILL'), HANG_MS);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
  clearTimeout(timer);
  assert.is(signal, null, `the child hung and was killed; stderr: ${err}`);
  assert.is(code, 0, err);
  assert.equal(JSON.parse(out), { ran: packetMix(testProgram(1)).length, after: 'WORKER_EXITED', install: 'WORKER_EXITED' });
});

t.run();
