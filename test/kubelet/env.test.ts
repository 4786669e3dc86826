import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Container, Pod } from '../../daemon/domain/types.js';
import {
  bashQuote, DEFAULT_PATH, downwardApiValue, expandEnvValue, formatBashSet, formatBusyboxSet, formatEnv, resolveContainerEnv, type EnvPair,
} from '../../daemon/kubelet/env.js';

const t = suite('kubelet env');

const pod: Pod = {
  apiVersion: 'v1', kind: 'Pod',
  metadata: { name: 'pod01', namespace: 'default', uid: '9f3c', resourceVersion: '1', creationTimestamp: '2024-01-01T00:00:00Z', labels: { app: 'web', tier: 'fe' } },
  spec: { nodeName: 'netsim-worker', serviceAccountName: 'default', containers: [] },
  status: {
    phase: 'Running', hostIP: '172.18.0.3', hostIPs: [{ ip: '172.18.0.3' }, { ip: 'fc00:f853:ccd:e793::3' }],
    podIP: '10.244.1.4', podIPs: [{ ip: '10.244.1.4' }, { ip: 'fd00:10:244:1::4' }],
  },
};

const mapping = (name: string) => ({ A: 'a', EMPTY: '' } as Record<string, string>)[name] ?? `$(${name})`;
const expansions: { name: string; input: string; want: string }[] = [
  { name: 'reference', input: '$(A)-x', want: 'a-x' },
  { name: 'unknown left as is', input: '$(NOPE)', want: '$(NOPE)' },
  { name: 'escaped', input: '$$(A)', want: '$(A)' },
  { name: 'double dollar', input: 'cost: $$5', want: 'cost: $5' },
  { name: 'dollar not starting a reference', input: '$A $', want: '$A $' },
  { name: 'unterminated', input: '$(A', want: '$(A' },
  { name: 'empty value', input: '[$(EMPTY)]', want: '[]' },
  { name: 'nested parens end at the first )', input: '$(A)(B)', want: 'a(B)' },
];
for (const c of expansions) t(`expand: ${c.name}`, () => assert.is(expandEnvValue(c.input, mapping), c.want));

// R5.3
const fields: { path: string; want: string }[] = [
  { path: 'status.podIPs', want: '10.244.1.4,fd00:10:244:1::4' },
  { path: 'status.podIP', want: '10.244.1.4' },
  { path: 'status.hostIPs', want: '172.18.0.3,fc00:f853:ccd:e793::3' },
  { path: 'status.hostIP', want: '172.18.0.3' },
  { path: 'metadata.name', want: 'pod01' },
  { path: 'metadata.namespace', want: 'default' },
  { path: 'metadata.uid', want: '9f3c' },
  { path: 'spec.nodeName', want: 'netsim-worker' },
  { path: 'spec.host', want: 'netsim-worker' },   // old v1 alias
  { path: 'spec.serviceAccountName', want: 'default' },
  { path: "metadata.labels['app']", want: 'web' },
  { path: 'metadata.labels', want: 'app="web"\ntier="fe"' },
];
for (const c of fields) t(`downward API ${c.path}`, () => assert.is(downwardApiValue(pod, { apiVersion: 'v1', fieldPath: c.path }), c.want));

t('expansion properties: no `$` is identity; doubled `$` unescapes', () => {
  fc.assert(fc.property(fc.string(), (s) => {
    const plain = s.replaceAll('$', '');
    assert.is(expandEnvValue(plain, mapping), plain);
    assert.is(expandEnvValue(s.replaceAll('$', '$$$$'), mapping), s);
  }), { seed: 4242, numRuns: 500 });
});

t('resolveContainerEnv: runtime order, expansion, downward API, HOME last', () => {
  const c: Container = { name: 'c', image: 'busybox', env: [
    { name: 'MY_POD_IPS', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.podIPs' } } },
    { name: 'GREETING', value: 'hello $(MY_POD_NAME)' },               // declared later: not expanded
    { name: 'MY_POD_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } } },
    { name: 'URL', value: 'http://$(KUBERNETES_SERVICE_HOST):$(KUBERNETES_SERVICE_PORT)/$(MY_POD_NAME)' },
    { name: 'KUBERNETES_SERVICE_PORT', value: '8443' },                // overrides the service variable
  ] };
  const service = [{ name: 'KUBERNETES_SERVICE_HOST', value: '10.96.0.1' }, { name: 'KUBERNETES_SERVICE_PORT', value: '443' }];
  const env = resolveContainerEnv(pod, c, service, [['PATH', '/custom/bin'], ['LANG', 'C.UTF-8']]);
  assert.equal(env, [
    ['PATH', '/custom/bin'],
    ['HOSTNAME', 'pod01'],
    ['LANG', 'C.UTF-8'],
    ['KUBERNETES_SERVICE_HOST', '10.96.0.1'],
    ['MY_POD_IPS', '10.244.1.4,fd00:10:244:1::4'],
    ['GREETING', 'hello $(MY_POD_NAME)'],
    ['MY_POD_NAME', 'pod01'],
    ['URL', 'http://10.96.0.1:443/pod01'],
    ['KUBERNETES_SERVICE_PORT', '8443'],
    ['HOME', '/root'],
  ]);
});

t('resolveContainerEnv: defaults only, and a container HOME kept', () => {
  assert.equal(resolveContainerEnv(pod, { name: 'c', image: 'x' }), [['PATH', DEFAULT_PATH], ['HOSTNAME', 'pod01'], ['HOME', '/root']]);
  assert.equal(resolveContainerEnv(pod, { name: 'c', image: 'x', env: [{ name: 'HOME', value: '/data' }] }).at(-1), ['HOME', '/data']);
});

const vars: EnvPair[] = [['PATH', DEFAULT_PATH], ['HOSTNAME', 'pod01'], ['MY_POD_IPS', '10.244.1.4,fd00:10:244:1::4'], ['HOME', '/root']];

t('env / printenv', () => {
  assert.is(formatEnv(vars), `PATH=${DEFAULT_PATH}\nHOSTNAME=pod01\nMY_POD_IPS=10.244.1.4,fd00:10:244:1::4\nHOME=/root\n`);
});

t('busybox set (1.36)', () => {
  assert.is(formatBusyboxSet([...vars, ['QUOTE', "it's"], ['my.var', 'x']]), [
    "FUNCNAME=''", "HOME='/root'", "HOSTNAME='pod01'", "IFS=' \t\n'", "LINENO=''",
    "MY_POD_IPS='10.244.1.4,fd00:10:244:1::4'", "OPTIND='1'", `PATH='${DEFAULT_PATH}'`, "PPID='0'",
    "PS1='\\w \\$ '", "PS2='> '", "PS4='+ '", "PWD='/'", `QUOTE='it'"'"'s'`, "SHLVL='1'",
    'my',   // not an identifier: ash prints the name's leading identifier alone
  ].map((l) => `${l}\n`).join(''));
});

t('busybox set (1.28: no LINENO or FUNCNAME; SHLVL inherited + 1)', () => {
  const out = formatBusyboxSet([...vars, ['SHLVL', '2']], { version: '1.28.4', pwd: '/tmp' });
  assert.not.ok(out.includes('LINENO') || out.includes('FUNCNAME'));
  assert.ok(out.includes("SHLVL='3'\n") && out.includes("PWD='/tmp'\n"));
});

const quotes: { value: string; want: string }[] = [
  { value: '10.244.1.4,fd00:10:244:1::4', want: '10.244.1.4,fd00:10:244:1::4' },
  { value: 'a b', want: "'a b'" },
  { value: "it's", want: "'it'\\''s'" },
  { value: "'", want: "\\'" },
  { value: '~/x', want: "'~/x'" },
  { value: 'a~b', want: 'a~b' },
  { value: '#x', want: "'#x'" },
  { value: ' \t\n', want: "$' \\t\\n'" },
  { value: '', want: '' },
];
for (const c of quotes) t(`bash quote ${JSON.stringify(c.value)}`, () => assert.is(bashQuote(c.value), c.want));

t('bash set', () => {
  const out = formatBashSet(vars);
  const lines = out.split('\n');
  assert.ok(lines.includes('MY_POD_IPS=10.244.1.4,fd00:10:244:1::4'));
  assert.ok(lines.includes("IFS=$' \\t\\n'"));
  assert.ok(lines.includes('BASH_VERSINFO=([0]="5" [1]="2" [2]="15" [3]="1" [4]="release" [5]="x86_64-pc-linux-gnu")'));
  const names = lines.filter((l) => l).map((l) => l.split('=')[0]);
  assert.equal(names, [...names].sort(), 'C-locale order');
  assert.is(names.at(-1), '_');
});

t.run();
