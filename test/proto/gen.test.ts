import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PROTO_DIR } from '../../proto/options.js';
import { netsimProtoFiles } from '../../proto/load.js';

const t = suite('proto/gen');

function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

t('is what `npm run gen` produces from the current .proto files', () => {
  const out = mkdtempSync(join(tmpdir(), 'netsim-gen-'));
  try {
    const bin = join(PROTO_DIR, '..', 'node_modules', '@grpc', 'proto-loader', 'build', 'bin', 'proto-loader-gen-types.js');
    // The same flags as PROTO_LOADER_OPTIONS (proto/options.ts).
    execFileSync(process.execPath, [bin, '--grpcLib=@grpc/grpc-js', `--outDir=${out}`, '-I', '.', '--keepCase', '--longs=String',
      '--enums=String', '--defaults=false', '--oneofs=false', '--importFileExtension=.js', ...netsimProtoFiles()], { cwd: PROTO_DIR, stdio: 'pipe' });
    const want = tree(out);
    const have = tree(join(PROTO_DIR, 'gen'));
    assert.equal([...have.keys()].sort(), [...want.keys()].sort(), 'file list differs: run npm run gen');
    for (const [file, text] of want) assert.is(have.get(file), text, `${file} differs: run npm run gen`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

t.run();
