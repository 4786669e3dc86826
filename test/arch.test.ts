// Import-direction rules of style.md ("Dependency rules"), checked over every source file's
// import specifiers: the project's .import-restrictions.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const t = suite('architecture');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const p = join(dir, name);
    if (statSync(join(ROOT, p)).isDirectory()) { if (name !== 'gen') out.push(...sources(p)); } else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Each import of `file` as a repo-relative path (project modules) or a package name. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm), ...text.matchAll(/import\(['"]([^'"]+)['"]\)/g)].map((m) => m[1]);
  return specs.map((s) => (s.startsWith('.') ? relative(ROOT, normalize(join(ROOT, dirname(file), s))).replace(/\.js$/, '.ts') : s));
}

interface Rule { name: string; from: RegExp; forbid: RegExp; except?: RegExp }
const RULES: Rule[] = [
  { name: 'dataplane never imports daemon, proto or grpc', from: /^dataplane\//, forbid: /^(daemon\/|proto\/|@grpc\/)/ },
  { name: 'dataplane/wire imports only itself (and dns-packet)', from: /^dataplane\/wire\//, forbid: /^(?!dataplane\/wire\/|dns-packet$)/ },
  { name: 'cli imports only cli, proto and packages (bench commands excepted)', from: /^cli\//, forbid: /^(daemon|dataplane)\//, except: /^cli\/commands\/bench/ },
  { name: 'only daemon/rpc and daemon entry points import grpc or proto', from: /^daemon\/(?!rpc\/|main\.ts|daemon\.ts)/, forbid: /^(@grpc\/|proto\/)/ },
  { name: 'domain, store, ipam, config, apply, kubelet, exec, images never import rpc or cluster', from: /^daemon\/(domain|store|ipam|config|apply|kubelet|exec|images)\//, forbid: /^daemon\/(rpc|cluster)\// },
  { name: 'daemon reaches dataplane only through its public modules', from: /^daemon\//, forbid: /^dataplane\/(?!index\.ts|wire\/ip\.ts)/ },
  { name: 'proto imports nothing of daemon, cli or dataplane', from: /^proto\//, forbid: /^(daemon|cli|dataplane)\// },
];

const files = ['dataplane', 'daemon', 'cli', 'proto'].flatMap(sources);

t('the source tree and its imports are scanned', () => {
  assert.ok(files.length > 100, `${files.length} files`);
  assert.ok(importsOf('daemon/cluster/pods-api.ts').includes('daemon/domain/defaults.ts'), 'relative imports resolve to repo paths');
  assert.ok(importsOf('daemon/rpc/server.ts').includes('@grpc/grpc-js'), 'package imports are seen');
});

for (const rule of RULES) {
  t(rule.name, () => {
    const bad: string[] = [];
    for (const f of files) {
      if (!rule.from.test(f) || rule.except?.test(f)) continue;
      for (const spec of importsOf(f)) if (!spec.startsWith('node:') && rule.forbid.test(spec)) bad.push(`${f} imports ${spec}`);
    }
    assert.equal(bad, [], bad.join('\n'));
  });
}

t.run();
