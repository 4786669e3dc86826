import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { marshalJson, printJson, quoteJson } from '../../../cli/print/json.js';
import { asList, groupKindPrefix, printName, printObjects } from '../../../cli/print/objects.js';
import { completedPod, deployment, nodes, statefulSet, webPod } from './fixtures.js';

const t = suite('cli/print/json');

t('kubectl -o json: 4-space indent, keys sorted at every level, newline at the end', () => {
  const obj = { kind: 'Pod', apiVersion: 'v1', metadata: { name: 'p', labels: { b: '2', a: '1' } }, spec: { containers: [{ name: 'c', ports: [{ containerPort: 80 }] }] } };
  assert.is(printJson(obj), `{
    "apiVersion": "v1",
    "kind": "Pod",
    "metadata": {
        "labels": {
            "a": "1",
            "b": "2"
        },
        "name": "p"
    },
    "spec": {
        "containers": [
            {
                "name": "c",
                "ports": [
                    {
                        "containerPort": 80
                    }
                ]
            }
        ]
    }
}
`);
});

t('empty objects and arrays stay on one line; null, bools and numbers as Go writes them', () => {
  assert.is(marshalJson({ a: {}, b: [], c: null, d: true, e: 1.5, f: -3, g: 1e21, h: 1e-7 }, '    '),
    '{\n    "a": {},\n    "b": [],\n    "c": null,\n    "d": true,\n    "e": 1.5,\n    "f": -3,\n    "g": 1e+21,\n    "h": 1e-7\n}');
  assert.is(marshalJson({ z: [1, 'x'], a: undefined }), '{"z":[1,"x"]}');
});

const strings: { name: string; s: string; want: string }[] = [
  { name: 'plain', s: 'nginx', want: '"nginx"' },
  { name: 'HTML characters are escaped (json.Marshal escapeHTML)', s: '<a href="x">&</a>', want: '"\\u003ca href=\\"x\\"\\u003e\\u0026\\u003c/a\\u003e"' },
  { name: 'short escapes', s: 'a\nb\tc\rd\\e\bf\fg', want: '"a\\nb\\tc\\rd\\\\e\\bf\\fg"' },
  { name: 'other control characters as \\u00XX', s: '\x01\x1f', want: '"\\u0001\\u001f"' },
  { name: 'DEL is not escaped', s: '\x7f', want: '"\x7f"' },
  { name: 'line and paragraph separators', s: '\u2028\u2029', want: '"\\u2028\\u2029"' },
  { name: 'non-ASCII kept', s: 'café 👋', want: '"café 👋"' },
  { name: 'a lone surrogate is invalid UTF-8: U+FFFD', s: '\ud800x', want: '"\\ufffdx"' },
];
for (const c of strings) t(`string: ${c.name}`, () => assert.is(quoteJson(c.s), c.want));

t('property: compact output parses back to the same value', () => {
  fc.assert(fc.property(fc.jsonValue(), (v) => {
    const normal = JSON.parse(JSON.stringify(v)) as unknown;
    assert.equal(JSON.parse(marshalJson(normal)), normal);
    assert.equal(JSON.parse(marshalJson(normal, '    ')), normal);
  }), { seed: 20240501, numRuns: 300 });
});

t('-o name: kind.group/name, core kinds without a group', () => {
  assert.is(printName(webPod), 'pod/web-0\n');
  assert.is(printName(nodes[1]), 'node/netsim-worker\n');
  assert.is(printName(deployment), 'deployment.apps/nginx\n');
  assert.is(printName(statefulSet), 'statefulset.apps/web\n');
  assert.is(printName({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } }), 'namespace/default\n');
  assert.is(printName({ apiVersion: 'v1', kind: 'Event', metadata: { name: 'x' } }), 'event/x\n');
  assert.is(groupKindPrefix({ apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice' }), 'endpointslice.discovery.k8s.io');
  assert.throws(() => printName({ metadata: { name: 'x' } }), /missing apiVersion or kind/);
});

t('printObjects: one named object as is, a listing in a List (even of one)', () => {
  assert.is(printObjects('name', [webPod, completedPod], false), 'pod/web-0\npod/hostaliases-pod\n');
  const one = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } };
  assert.is(printObjects('json', [one], true), printJson(one));
  assert.is(printObjects('json', [], false), '{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n');
  assert.is(printObjects('yaml', [one], false), `apiVersion: v1
items:
- apiVersion: v1
  kind: Namespace
  metadata:
    name: default
kind: List
metadata:
  resourceVersion: ""
`);
  assert.equal(asList([one]), { apiVersion: 'v1', items: [one], kind: 'List', metadata: { resourceVersion: '' } });
});

t.run();
