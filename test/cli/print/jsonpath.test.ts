import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { printJsonPath, type JsonPathOptions } from '../../../cli/print/jsonpath.js';
import { asList } from '../../../cli/print/objects.js';
import { crashPod, nodes, webPod } from './fixtures.js';

const t = suite('cli/print/jsonpath');
const list = asList([webPod, crashPod]);
const node = nodes[1];

// kubectl get ... -o jsonpath=TEMPLATE, stdout byte for byte.
const cases: { name: string; tpl: string; obj: unknown; want: string; opts?: JsonPathOptions }[] = [
  { name: 'wildcard over items, space-joined', tpl: '{.items[*].metadata.name}', obj: list, want: 'web-0 two-ports' },
  { name: 'index', tpl: '{.items[0].metadata.name}', obj: list, want: 'web-0' },
  { name: 'negative slice', tpl: '{.items[-1:].metadata.name}', obj: list, want: 'two-ports' },
  { name: 'slice', tpl: '{.items[0:1].metadata.name}', obj: list, want: 'web-0' },
  { name: 'slice with a step', tpl: '{.items[0:2:2].metadata.name}', obj: list, want: 'web-0' },
  { name: 'range with tab and newline literals (formats.md)', tpl: '{range .items[*]}{.metadata.name}{"\\t"}{.status.podIP}{"\\n"}{end}', obj: list,
    want: 'web-0\t10.244.1.5\ntwo-ports\t10.244.1.7\n' },
  { name: 'text around actions', tpl: 'name: {.metadata.name}!', obj: node, want: 'name: netsim-worker!' },
  { name: 'filter: the InternalIPs of a node', tpl: '{.status.addresses[?(@.type=="InternalIP")].address}', obj: node, want: '172.18.0.3 fc00:f853:ccd:e793::3' },
  { name: 'filter with single quotes', tpl: "{.status.addresses[?(@.type=='Hostname')].address}", obj: node, want: 'netsim-worker' },
  { name: 'numeric filter', tpl: '{.items[*].status.containerStatuses[?(@.restartCount>1)].name}', obj: list, want: 'second' },
  { name: 'exists filter', tpl: '{.items[*].status.containerStatuses[?(@.lastState.terminated)].name}', obj: list, want: 'second' },
  { name: 'nested filter', tpl: '{.items[*].spec.containers[*].ports[?(@.containerPort==80)].name}', obj: list, want: 'web' },
  { name: 'a slice prints as JSON', tpl: '{.spec.podCIDRs}', obj: node, want: '["10.244.1.0/24","fd00:10:244:1::/64"]' },
  { name: 'a map prints as compact JSON, keys sorted', tpl: '{.items[0].metadata.labels}', obj: list,
    want: '{"app":"nginx","apps.kubernetes.io/pod-index":"0","statefulset.kubernetes.io/pod-name":"web-0"}' },
  { name: 'all pod IPs of all pods', tpl: '{.items[*].status.podIPs[*].ip}', obj: list, want: '10.244.1.5 fd00:10:244:1::5 10.244.1.7 fd00:10:244:1::7' },
  { name: 'recursive descent', tpl: '{..podIP}', obj: list, want: '10.244.1.5 10.244.1.7' },
  { name: 'union of indexes', tpl: '{.status.addresses[0,2].address}', obj: node, want: '172.18.0.3 netsim-worker' },
  { name: 'union of keys', tpl: "{.metadata['name','namespace']}", obj: webPod, want: 'web-0 default' },
  { name: 'escaped dots in a key', tpl: '{.metadata.labels.kubernetes\\.io/hostname}', obj: node, want: 'netsim-worker' },
  { name: 'numbers, bools', tpl: '{.items[1].status.containerStatuses[1].restartCount} {.items[0].status.containerStatuses[0].ready}', obj: list, want: '2 true' },
  { name: 'null prints as null', tpl: '{.a}', obj: { a: null }, want: 'null' },
  { name: 'the root', tpl: '{$}', obj: { b: [1], a: 'x' }, want: '{"a":"x","b":[1]}' },
  { name: 'quoted literals with escapes', tpl: '{"a\\tb"}{\'c\'}', obj: {}, want: 'a\tbc' },
  { name: 'a missing key prints nothing (allow-missing-template-keys)', tpl: '[{.metadata.missing}]', obj: node, want: '[]' },
  { name: 'range over nothing prints nothing', tpl: '{range .items[*]}{.metadata.name}{end}', obj: asList([]), want: '' },
  { name: 'jsonpath-as-json', tpl: '{.spec.podCIDRs[*]}', obj: node, opts: { outputJson: true }, want: '[\n    "10.244.1.0/24",\n    "fd00:10:244:1::/64"\n]\n' },
];
for (const c of cases) {
  t(c.name, () => {
    const r = printJsonPath(c.tpl, c.obj, c.opts);
    assert.is(r.error, undefined);
    assert.is(r.text, c.want);
  });
}

const errors: { name: string; tpl: string; obj: unknown; want: RegExp; opts?: JsonPathOptions }[] = [
  { name: 'index out of range', tpl: '{.items[5]}', obj: list, want: /Error executing template: array index out of bounds: index 5, length 2\./ },
  { name: 'indexing a string', tpl: '{.metadata.name[0]}', obj: node, want: /Error executing template: string is not array or slice\./ },
  { name: 'end outside range', tpl: '{end}', obj: node, want: /Error executing template: not in range, nothing to end\./ },
  { name: 'missing key when missing keys are not allowed', tpl: '{.metadata.missing}', obj: node, opts: { allowMissingKeys: false }, want: /Error executing template: missing is not found\./ },
  { name: 'comparing an int with a string', tpl: '{.items[*].status.containerStatuses[?(@.restartCount=="1")].name}', obj: list, want: /incompatible types for comparison/ },
  { name: 'unknown identifier', tpl: '{foo}', obj: node, want: /Error executing template: unrecognized identifier foo\./ },
];
for (const c of errors) {
  t(`error: ${c.name}`, () => {
    const r = printJsonPath(c.tpl, c.obj, c.opts);
    assert.is(r.text, '');
    assert.match(r.error ?? '', c.want);
  });
}

t('error text as kubectl prints it (after "error: ")', () => {
  const r = printJsonPath('{.a[3]}', { a: [1] });
  assert.is(r.error, 'error executing jsonpath "{.a[3]}": Error executing template: array index out of bounds: index 3, length 1. ' +
    'Printing more information for debugging the template:\n\ttemplate was:\n\t\t{.a[3]}\n\tobject given to jsonpath engine was:\n' +
    '\t\tmap[string]interface {}{"a":[]interface {}{1}}\n\n\n');
});

const parseErrors: { tpl: string; want: string }[] = [
  { tpl: '{.foo', want: 'error parsing jsonpath {.foo, unclosed action' },
  { tpl: '{.items[1', want: 'error parsing jsonpath {.items[1, unterminated array' },
  { tpl: '{.a[?(@.x=="y")}', want: 'error parsing jsonpath {.a[?(@.x=="y")}, unclosed array expect ]' },
  { tpl: '{.a[x]}', want: 'error parsing jsonpath {.a[x]}, invalid array index x' },
  { tpl: '{"abc}', want: 'error parsing jsonpath {"abc}, unterminated quoted string' },
  { tpl: '{#}', want: "error parsing jsonpath {#}, unrecognized character in action: U+0023 '#'" },
  { tpl: '{....a}', want: 'error parsing jsonpath {....a}, invalid multiple recursive descent' },
];
for (const c of parseErrors) t(`parse error: ${c.tpl}`, () => assert.equal(printJsonPath(c.tpl, {}), { text: '', error: c.want }));

t.run();
