#!/usr/bin/env node
// Lockfile scan (reliability S1): no denylisted package, @grpc/grpc-js >= 1.14.4, every
// installed entry carries an integrity hash, and no entry names an optional dependency the
// lockfile lacks (npm ci would refuse it; see scripts/prune-lock-optionals.mjs).
import { readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const DENY = new Set(['node-ipc', 'peacenotwar']);
const problems = [];
const atLeast = (v, min) => {
  const a = v.split('.').map(Number), b = min.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
};
const present = new Set(Object.keys(lock.packages ?? {}).map((k) => k.slice(k.lastIndexOf('node_modules/') + 'node_modules/'.length)));
for (const [path, entry] of Object.entries(lock.packages ?? {})) {
  for (const opt of Object.keys(entry.optionalDependencies ?? {})) {
    if (!present.has(opt)) problems.push(`${path || 'root'}: optional dependency ${opt} has no lockfile entry (run node scripts/prune-lock-optionals.mjs)`);
  }
  if (path === '') continue;
  const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
  if (DENY.has(name)) problems.push(`${path}: ${name} is denied (see README: why node-ipc is not used)`);
  if (name === '@grpc/grpc-js' && !atLeast(entry.version, '1.14.4')) problems.push(`${path}: @grpc/grpc-js ${entry.version} < 1.14.4`);
  if (!entry.link && !entry.integrity) problems.push(`${path}: no integrity hash`);
}
if (problems.length) {
  console.error(`lockfile scan failed:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`lockfile scan: ${Object.keys(lock.packages).length - 1} entries, ok`);
