#!/usr/bin/env node
// The package registry this project installs from lacks some platform builds of optional
// native add-ons (msgpackr-extract for darwin and win32). `npm install` then writes a lockfile
// whose entries name optional dependencies it has no entry for, and `npm ci` refuses it. This
// removes those dangling optional names; run it after any `npm install` that changes the lock.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const present = new Set(Object.keys(lock.packages).map((k) => k.slice(k.lastIndexOf('node_modules/') + 'node_modules/'.length)));
let pruned = 0;
for (const entry of Object.values(lock.packages)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    if (!present.has(name)) { delete entry.optionalDependencies[name]; pruned++; }
  }
}
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`pruned ${pruned} optional dependencies absent from the lockfile`);
