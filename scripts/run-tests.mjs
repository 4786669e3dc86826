#!/usr/bin/env node
// Runs every test/**/*.test.ts file in its own Node process under tsx (uvu suites), two at a
// time, and ends with the one line CI reads: `N passed, N failed, N skipped`.
// Usage: node scripts/run-tests.mjs [PATH_PREFIX...]
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { availableParallelism } from 'node:os';

const root = new URL('..', import.meta.url).pathname;
const prefixes = process.argv.slice(2).map((p) => relative(root, join(process.cwd(), p)));

function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...findTests(p));
    else if (name.endsWith('.test.ts')) out.push(relative(root, p));
  }
  return out;
}

const files = findTests(join(root, 'test')).sort()
  .filter((f) => prefixes.length === 0 || prefixes.some((p) => f.startsWith(p)));
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedFiles = [];
const FILE_TIMEOUT_MS = Number(process.env.NETSIM_TEST_FILE_TIMEOUT_MS ?? 300_000);

// Detached groups miss the terminal's Ctrl-C: pass it on to the files still running.
const running = new Set();
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { for (const kill of running) kill(); process.exit(130); });

function runFile(file) {
  return new Promise((resolve) => {
    // Each file runs in a process group of its own, so whatever it started (a netsimd) ends with it.
    const child = spawn(process.execPath, ['--import', 'tsx', file], {
      cwd: root, env: { ...process.env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
    });
    const killGroup = () => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* the group is gone */ } };
    running.add(killGroup);
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    const timer = setTimeout(() => { out += `\n${file}: timed out after ${FILE_TIMEOUT_MS} ms\n`; killGroup(); }, FILE_TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      killGroup();
      running.delete(killGroup);
      const num = (label) => Number((out.match(new RegExp(`${label}:\\s+(\\d+)`)) ?? [])[1] ?? 0);
      const total = num('Total'), passed = num('Passed'), skipped = num('Skipped');
      let failed = total - passed;                           // uvu's Total leaves skipped tests out
      if (code !== 0 && failed === 0) failed = 1;          // crashed before or after its suites
      if (total === 0 && code === 0) failed += 1;          // a test file that ran nothing is a failure
      totals.passed += passed; totals.failed += failed; totals.skipped += skipped;
      if (failed > 0) failedFiles.push(file);
      process.stdout.write(`${failed > 0 ? 'FAIL' : 'ok  '} ${file} (${passed} passed${skipped ? `, ${skipped} skipped` : ''}${failed ? `, ${failed} failed` : ''})\n`);
      if (failed > 0 || process.env.NETSIM_TEST_VERBOSE) process.stdout.write(out.replace(/^/gm, '    ') + '\n');
      resolve();
    });
  });
}

const queue = [...files];
const lanes = Math.max(1, Math.min(Number(process.env.NETSIM_TEST_JOBS ?? availableParallelism()), 4));
await Promise.all(Array.from({ length: lanes }, async () => { while (queue.length) await runFile(queue.shift()); }));
if (failedFiles.length) process.stdout.write(`\nfailed files:\n${failedFiles.map((f) => `  ${f}`).join('\n')}\n`);
if (totals.passed + totals.failed === 0) totals.failed = 1;
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(totals.failed > 0 ? 1 : 0);
