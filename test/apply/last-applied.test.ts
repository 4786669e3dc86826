import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { goJsonMarshal, goJsonString, jsonEqual } from '../../daemon/apply/go-json.js';
import {
  LAST_APPLIED_ANNOTATION, lastAppliedConfiguration, lastAppliedOf, missingLastAppliedWarning, parseLastApplied, withLastApplied,
} from '../../daemon/apply/last-applied.js';
import { BadRequestError } from '../../daemon/domain/errors.js';

const t = suite('last-applied annotation');

const strings = [
  { name: 'plain', in: 'nginx:1.23.2', want: '"nginx:1.23.2"' },
  { name: 'HTML characters escaped as Go does', in: '<a href="x">&</a>', want: '"\\u003ca href=\\"x\\"\\u003e\\u0026\\u003c/a\\u003e"' },
  { name: 'line and paragraph separators', in: 'a\u2028b\u2029c', want: '"a\\u2028b\\u2029c"' },
  { name: 'control characters', in: 'a\nb\tc\u0001', want: '"a\\nb\\tc\\u0001"' },
  { name: 'lone surrogate becomes U+FFFD', in: 'a\ud800b', want: '"a\ufffdb"' },
  { name: 'non-ASCII kept as UTF-8', in: 'é😀', want: '"é😀"' },
];
for (const c of strings) t(`Go string encoding: ${c.name}`, () => assert.is(goJsonString(c.in), c.want));

t('Go map encoding: keys sorted bytewise, compact, numbers as Go prints float64', () => {
  assert.is(goJsonMarshal({ b: 1, a: [true, null, 0.5], C: { z: 1e21, y: 1e-7 }, '\uff61': 1, '😀': 2 }),
    '{"C":{"y":1e-7,"z":1e+21},"a":[true,null,0.5],"b":1,"｡":1,"😀":2}');
});

t('jsonEqual ignores key order only', () => {
  assert.ok(jsonEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }));
  assert.not.ok(jsonEqual({ a: [1, 2] }, { a: [2, 1] }));
  assert.not.ok(jsonEqual({ a: 1 }, { a: 1, b: null }));
});

// kubernetes.io "Declarative Management of Kubernetes Objects Using Configuration Files".
const DEPLOYMENT = {
  apiVersion: 'apps/v1', kind: 'Deployment',
  metadata: { name: 'nginx-deployment', namespace: 'default' },
  spec: {
    selector: { matchLabels: { app: 'nginx' } },
    minReadySeconds: 5,
    template: {
      metadata: { labels: { app: 'nginx' } },
      spec: { containers: [{ name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80 }] }] },
    },
  },
};
const DEPLOYMENT_ANNOTATION = '{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{},"name":"nginx-deployment","namespace":"default"},"spec":{"minReadySeconds":5,"selector":{"matchLabels":{"app":"nginx"}},"template":{"metadata":{"labels":{"app":"nginx"}},"spec":{"containers":[{"image":"nginx:1.14.2","name":"nginx","ports":[{"containerPort":80}]}]}}}}\n';

const cases = [
  { name: 'the docs\' Deployment: empty annotations kept, trailing newline', manifest: DEPLOYMENT, want: DEPLOYMENT_ANNOTATION },
  { name: 'other annotations kept, a stale last-applied dropped',
    manifest: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'n', annotations: { team: 'a', [LAST_APPLIED_ANNOTATION]: '{}' } } },
    want: '{"apiVersion":"v1","kind":"Namespace","metadata":{"annotations":{"team":"a"},"name":"n"}}\n' },
  { name: 'null annotations count as none',
    manifest: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'n', annotations: null } },
    want: '{"apiVersion":"v1","kind":"Namespace","metadata":{"annotations":{},"name":"n"}}\n' },
  { name: 'undefined fields are not encoded',
    manifest: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'n', labels: undefined } },
    want: '{"apiVersion":"v1","kind":"Namespace","metadata":{"annotations":{},"name":"n"}}\n' },
];
for (const c of cases) t(`annotation content: ${c.name}`, () => assert.is(lastAppliedConfiguration(c.manifest), c.want));

t('the modified object carries its own annotation, the manifest is not touched', () => {
  const before = JSON.stringify(DEPLOYMENT);
  const m = withLastApplied(DEPLOYMENT) as { metadata: { annotations: Record<string, string> } };
  assert.equal(m.metadata.annotations, { [LAST_APPLIED_ANNOTATION]: DEPLOYMENT_ANNOTATION });
  assert.is(lastAppliedOf(m), DEPLOYMENT_ANNOTATION);
  assert.is(JSON.stringify(DEPLOYMENT), before);
  assert.is(lastAppliedConfiguration(m), DEPLOYMENT_ANNOTATION);        // idempotent
});

t('reading the annotation', () => {
  assert.is(parseLastApplied(undefined), undefined);
  assert.is(parseLastApplied(''), undefined);
  assert.equal(parseLastApplied('{"a":1}\n'), { a: 1 });
  assert.throws(() => parseLastApplied('{'), (e: unknown) => e instanceof BadRequestError);
  assert.throws(() => parseLastApplied('[1]'), (e: unknown) => e instanceof BadRequestError && /not a JSON object/.test((e as Error).message));
});

t('the missing-annotation warning reads as kubectl\'s', () => {
  assert.is(missingLastAppliedWarning('pods/web', 'kubectl'),
    'Warning: resource pods/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n');
});

t.run();
