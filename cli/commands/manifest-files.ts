// `-f FILE|DIR|-` as kubectl reads it: a file, every .yaml/.yml/.json file of a directory in
// name order, or standard input. Errors in kubectl's words.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface ManifestSource { name: string; body: string }

export function readManifestSources(paths: readonly string[], stdin: () => string): ManifestSource[] {
  if (paths.length === 0) throw new Error('must specify one of -f and -k');
  const out: ManifestSource[] = [];
  for (const p of paths) {
    if (p === '-') { out.push({ name: 'STDIN', body: stdin() }); continue; }
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new Error(`the path "${p}" does not exist`);
    }
    if (st.isDirectory()) {
      for (const f of readdirSync(p).sort()) {
        if (/\.(ya?ml|json)$/.test(f)) out.push({ name: join(p, f), body: readFileSync(join(p, f), 'utf8') });
      }
    } else out.push({ name: p, body: readFileSync(p, 'utf8') });
  }
  return out;
}

export function readStdin(): string {
  return readFileSync(0, 'utf8');
}
