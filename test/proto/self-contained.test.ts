import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadSync } from '@grpc/proto-loader';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROTO_DIR, PROTO_LOADER_OPTIONS, findProtoDir } from '../../proto/options.js';
import { loadNetsimPackageDefinition, netsimProtoFiles } from '../../proto/load.js';
import { describeMessage } from '../../proto/descriptors.js';

const t = suite('proto/ is self-contained');

function protoFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'gen' ? [] : protoFiles(p);
    return name.endsWith('.proto') ? [relative(PROTO_DIR, p)] : [];
  });
}

const files = protoFiles(PROTO_DIR);

t('finds the google/rpc files the API promises', () => {
  for (const f of ['google/rpc/status.proto', 'google/rpc/error_details.proto', 'google/rpc/code.proto']) assert.ok(files.includes(f), f);
});

for (const file of files) {
  t(`${file} loads with -I proto alone`, () => {
    const def = loadSync(file, { ...PROTO_LOADER_OPTIONS, includeDirs: [PROTO_DIR] });
    assert.ok(Object.keys(def).length > 0);
  });
  t(`${file} imports only files under proto/`, () => {
    const imports = [...readFileSync(join(PROTO_DIR, file), 'utf8').matchAll(/^import\s+(?:public\s+)?"([^"]+)";/gm)].map((m) => m[1]);
    for (const imp of imports) assert.ok(existsSync(join(PROTO_DIR, imp)), `${file} imports ${imp}, missing under proto/`);
  });
}

t('PROTO_DIR is found from source and from a dist/ layout alike', () => {
  assert.is(findProtoDir(join(PROTO_DIR, '..', 'dist', 'proto')), PROTO_DIR);
  assert.is(findProtoDir(PROTO_DIR), PROTO_DIR);
  assert.ok(netsimProtoFiles().includes('netsim/v1/pods.proto'));
});

const SERVICES: Record<string, string[]> = {
  Nodes: ['CreateNode', 'GetNode', 'ListNodes', 'UpdateNode', 'DeleteNode', 'WatchNodes', 'Exec'],
  Pods: ['CreatePod', 'GetPod', 'ListPods', 'UpdatePod', 'DeletePod', 'WatchPods', 'Exec', 'GetPodLogs'],
  Namespaces: ['CreateNamespace', 'GetNamespace', 'ListNamespaces', 'UpdateNamespace', 'DeleteNamespace', 'WatchNamespaces'],
  Deployments: ['CreateDeployment', 'GetDeployment', 'ListDeployments', 'UpdateDeployment', 'DeleteDeployment', 'WatchDeployments'],
  StatefulSets: ['CreateStatefulSet', 'GetStatefulSet', 'ListStatefulSets', 'UpdateStatefulSet', 'DeleteStatefulSet', 'WatchStatefulSets'],
  Events: ['ListEvents', 'WatchEvents'],
  Manifests: ['Apply'],
  Cluster: ['GetClusterInfo', 'Shutdown'],
};

for (const [service, methods] of Object.entries(SERVICES)) {
  t(`netsim.v1.${service} has exactly its methods`, () => {
    const def = loadNetsimPackageDefinition()[`netsim.v1.${service}`] as Record<string, { originalName?: string; responseStream: boolean }>;
    const names = Object.values(def).map((m) => m.originalName).filter((n): n is string => !!n).sort();
    assert.equal(names, [...new Set(names)].sort());
    assert.equal([...new Set(Object.keys(def).filter((k) => /^[A-Z]/.test(k)))].sort(), [...methods].sort());
    for (const m of methods) assert.is(def[m].responseStream, /^(Watch|Exec)/.test(m), m);
  });
}

const RESOURCES = ['Node', 'Pod', 'Namespace', 'Deployment', 'StatefulSet', 'Event'];
for (const r of RESOURCES) {
  t(`${r} starts with apiVersion, kind, metadata`, () => {
    const fields = describeMessage(`netsim.v1.${r}`).fields;
    assert.equal(fields.slice(0, 3).map((f) => [f.name, f.number]), [['apiVersion', 1], ['kind', 2], ['metadata', 3]]);
  });
}

t('ErrorReason names are the ErrorCode strings', async () => {
  const { ERROR_CODES } = await import('../../daemon/domain/errors.js');
  const def = loadNetsimPackageDefinition()['netsim.v1.ErrorReason'] as { type: { value: { name: string }[] } };
  assert.equal(def.type.value.map((v) => v.name).filter((n) => n !== 'ERROR_REASON_UNSPECIFIED'), [...ERROR_CODES]);
});

t.run();
