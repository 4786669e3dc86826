import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { printGoTemplate, type GoTemplateOptions } from '../../../cli/print/go-template.js';
import { asList } from '../../../cli/print/objects.js';
import { crashPod, nodes, webPod } from './fixtures.js';

const t = suite('cli/print/go-template');
const node = nodes[1];
const list = asList([webPod, crashPod]);

// The dual-stack validation commands of the Kubernetes tutorial (formats.md 4.1), byte for byte.
t('tutorial: node pod CIDRs, one per line', () => {
  assert.equal(printGoTemplate('{{range .spec.podCIDRs}}{{printf "%s\\n" .}}{{end}}', node), { text: '10.244.1.0/24\nfd00:10:244:1::/64\n' });
});
t('tutorial: node addresses as "type: address"', () => {
  assert.equal(printGoTemplate('{{range .status.addresses}}{{printf "%s: %s\\n" .type .address}}{{end}}', node),
    { text: 'InternalIP: 172.18.0.3\nInternalIP: fc00:f853:ccd:e793::3\nHostname: netsim-worker\n' });
});
t('tutorial: pod IPs, one per line', () => {
  assert.equal(printGoTemplate('{{range .status.podIPs}}{{printf "%s\\n" .ip}}{{end}}', webPod), { text: '10.244.1.5\nfd00:10:244:1::5\n' });
});

const cases: { name: string; tpl: string; obj: unknown; want: string; opts?: GoTemplateOptions }[] = [
  { name: 'a field', tpl: '{{.metadata.name}}', obj: node, want: 'netsim-worker' },
  { name: 'missing keys and nulls print <no value>', tpl: '{{.nope}} {{.metadata.nope.deeper}} {{.n}}', obj: { metadata: {}, n: null }, want: '<no value> <no value> <no value>' },
  { name: 'a slice prints Go-style', tpl: '{{.spec.podCIDRs}}', obj: node, want: '[10.244.1.0/24 fd00:10:244:1::/64]' },
  { name: 'a map prints Go-style with sorted keys', tpl: '{{.b}}', obj: { b: { z: 1, a: [true, null] } }, want: 'map[a:[true <nil>] z:1]' },
  { name: 'len, index on a map, a slice, a missing key', tpl: '{{len .items}} {{index .items 1 "metadata" "name"}} {{index .m "x"}}', obj: { ...list, m: {} }, want: '2 two-ports <no value>' },
  { name: 'index with a dotted label key', tpl: '{{index .metadata.labels "kubernetes.io/hostname"}}', obj: node, want: 'netsim-worker' },
  { name: 'range with index and element', tpl: '{{range $i, $e := .spec.podCIDRs}}{{$i}}:{{$e}} {{end}}', obj: node, want: '0:10.244.1.0/24 1:fd00:10:244:1::/64 ' },
  { name: 'range over a map in key order', tpl: '{{range $k, $v := .m}}{{$k}}={{$v}};{{end}}', obj: { m: { b: '2', a: '1', '10': 'x' } }, want: '10=x;a=1;b=2;' },
  { name: 'range over a List', tpl: '{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}', obj: list, want: 'web-0\ntwo-ports\n' },
  { name: 'range else', tpl: '{{range .nope}}x{{else}}empty{{end}}', obj: {}, want: 'empty' },
  { name: 'range break and continue', tpl: '{{range .items}}{{if eq .metadata.name "web-0"}}{{continue}}{{end}}{{.metadata.name}}{{break}}{{end}}', obj: asList([webPod, crashPod, node]), want: 'two-ports' },
  { name: 'range over an integer', tpl: '{{range 3}}{{.}}{{end}}', obj: {}, want: '012' },
  { name: 'if / else if / else', tpl: '{{if eq .kind "Pod"}}pod{{else if eq .kind "Node"}}node{{else}}other{{end}}', obj: node, want: 'node' },
  { name: 'with sets dot; else when empty', tpl: '{{with .metadata}}{{.name}}{{end}}/{{with .nope}}x{{else}}none{{end}}', obj: node, want: 'netsim-worker/none' },
  { name: 'variables: declare, reuse, assign', tpl: '{{$n := .metadata.name}}{{$n}}/{{$n}} {{$x := 1}}{{$x = 2}}{{$x}}', obj: node, want: 'netsim-worker/netsim-worker 2' },
  { name: '$ is the root inside range', tpl: '{{range .spec.podCIDRs}}{{$.metadata.name}} {{end}}', obj: node, want: 'netsim-worker netsim-worker ' },
  { name: 'trim markers', tpl: 'a  {{- "b" -}}  \n c', obj: {}, want: 'abc' },
  { name: 'comments, with and without trim', tpl: 'a{{/* hidden */}}b {{- /* x */ -}} c', obj: {}, want: 'abc' },
  { name: 'a pipeline into printf', tpl: '{{.metadata.name | printf "%q"}}', obj: node, want: '"netsim-worker"' },
  { name: 'parenthesised pipeline and chain', tpl: '{{(index .items 0).metadata.name}} {{len (index .items 1).spec.containers}}', obj: list, want: 'web-0 2' },
  { name: 'and, or, not return operands', tpl: '{{and 1 0}} {{or 0 "" "z"}} {{not true}} {{and "a" "b"}}', obj: {}, want: '0 z false b' },
  { name: 'comparisons, int64 against int', tpl: '{{lt 1 2}} {{le 2 2}} {{gt 1 2}} {{ge 1 2}} {{ne "a" "b"}} {{eq .n 3}} {{eq .n 1 2 3}}', obj: { n: 3 }, want: 'true true false false true true true' },
  { name: 'eq nil nil', tpl: '{{eq .a .b}}', obj: {}, want: 'true' },
  { name: 'print and println', tpl: '{{print 1 2 "a"}} {{println "x" 1}}', obj: {}, want: '1 2a x 1\n' },
  { name: 'printf with a missing value', tpl: '{{printf "%s|%v" .nope .nope}}', obj: {}, want: '%!s(<nil>)|<nil>' },
  { name: 'base64decode (kubectl)', tpl: '{{base64decode "aGVsbG8="}}', obj: {}, want: 'hello' },
  { name: 'exists (kubectl)', tpl: '{{exists . "metadata" "name"}} {{exists . "metadata" "nope"}} {{exists .spec.podCIDRs 1}} {{exists .spec.podCIDRs 2}}', obj: node, want: 'true false true false' },
  { name: 'html, js, urlquery', tpl: '{{html "<a & \'b\'>"}} {{js "it\'s"}} {{urlquery "a b&c"}}', obj: {}, want: '&lt;a &amp; &#39;b&#39;&gt; it\\\'s a+b%26c' },
  { name: 'slice', tpl: '{{slice "abcdef" 1 3}} {{slice .spec.podCIDRs 1}}', obj: node, want: 'bc [fd00:10:244:1::/64]' },
  { name: 'constants', tpl: '{{1.5}} {{0x10}} {{\'a\'}} {{1e3}} {{-2}} {{true}} {{`raw\\n`}}', obj: {}, want: '1.5 16 97 1000 -2 true raw\\n' },
  { name: 'define and template', tpl: '{{define "ip"}}[{{.ip}}]{{end}}{{range .status.podIPs}}{{template "ip" .}}{{end}}', obj: webPod, want: '[10.244.1.5][fd00:10:244:1::5]' },
  { name: 'actions may span lines', tpl: '{{if\n  .a}}yes{{end}}', obj: { a: 1 }, want: 'yes' },
  { name: 'a minus without a space is a negative number, not a trim marker', tpl: 'a {{-3}} b', obj: {}, want: 'a -3 b' },
  { name: 'trim across newlines, one action per line', tpl: '{{- range .l}}\n  {{- . }}\n{{- end }}\n', obj: { l: ['x', 'y'] }, want: 'xy\n' },
  { name: 'else with', tpl: '{{with .a}}a{{else with .b}}{{.}}{{else}}none{{end}}', obj: { b: 'bee' }, want: 'bee' },
  { name: 'missing labels map', tpl: '{{ .metadata.labels.app }}', obj: { metadata: {} }, want: '<no value>' },
];
for (const c of cases) {
  t(c.name, () => {
    const r = printGoTemplate(c.tpl, c.obj, c.opts);
    assert.is(r.error, undefined);
    assert.is(r.text, c.want);
  });
}

const execErrors: { name: string; tpl: string; obj: unknown; want: string; opts?: GoTemplateOptions }[] = [
  { name: 'field of a string (position of the chain)', tpl: '{{.metadata.name.foo}}', obj: node, want: 'template: output:1:11: executing "output" at <.metadata.name.foo>: can\'t evaluate field foo in type interface {}' },
  { name: 'field of a dot set by with', tpl: '{{with .metadata.name}}{{.foo}}{{end}}', obj: node, want: 'template: output:1:25: executing "output" at <.foo>: can\'t evaluate field foo in type string' },
  { name: 'field of a null', tpl: '{{.a.b}}', obj: { a: null }, want: 'template: output:1:4: executing "output" at <.a.b>: nil pointer evaluating interface {}.b' },
  { name: 'missingkey=error', tpl: '{{.nope}}', obj: {}, opts: { allowMissingKeys: false }, want: 'template: output:1:2: executing "output" at <.nope>: map has no entry for key "nope"' },
  { name: 'index out of range', tpl: '{{index .spec.podCIDRs 5}}', obj: node, want: 'template: output:1:2: executing "output" at <index .spec.podCIDRs...>: error calling index: index out of range: 5' },
  { name: 'len of nothing', tpl: '{{len .nope}}', obj: {}, want: 'template: output:1:2: executing "output" at <len .nope>: error calling len: len of untyped nil' },
  { name: 'len of a number', tpl: '{{len .n}}', obj: { n: 1 }, want: 'template: output:1:2: executing "output" at <len .n>: error calling len: len of type int64' },
  { name: 'comparing a map', tpl: '{{eq .metadata 1}}', obj: node, want: 'template: output:1:2: executing "output" at <eq .metadata 1>: error calling eq: uncomparable type: map[string]interface {}' },
  { name: 'comparing a string and a number', tpl: '{{lt "a" 1}}', obj: {}, want: 'template: output:1:2: executing "output" at <lt "a" 1>: error calling lt: incompatible types for comparison' },
  { name: 'range over a string', tpl: '{{range .metadata.name}}{{end}}', obj: node, want: 'template: output:1:17: executing "output" at <.metadata.name>: range can\'t iterate over netsim-worker' },
  { name: 'wrong number of arguments', tpl: '{{printf}}', obj: {}, want: 'template: output:1:2: executing "output" at <printf>: wrong number of args for printf: want at least 1 got 0' },
  { name: 'arguments to a field', tpl: '{{.metadata.name 1}}', obj: node, want: 'template: output:1:11: executing "output" at <.metadata.name>: name is not a method but has arguments' },
  { name: 'nil is not a command', tpl: '{{nil}}', obj: {}, want: 'template: output:1:2: executing "output" at <nil>: nil is not a command' },
  { name: 'printf needs a string format', tpl: '{{printf .n}}', obj: { n: 1 }, want: 'template: output:1:9: executing "output" at <.n>: wrong type for value; expected string; got int64' },
  { name: 'long contexts are cut at 20 characters', tpl: '{{base64decode "!!!!!!!!"}}', obj: {}, want: 'template: output:1:2: executing "output" at <base64decode "!!!!!!...>: error calling base64decode: base64 decode failed: illegal base64 data at input byte 0' },
];
for (const c of execErrors) {
  t(`exec error: ${c.name}`, () => {
    const r = printGoTemplate(c.tpl, c.obj, c.opts);
    assert.is(r.error, `error executing template ${JSON.stringify(c.tpl)}: ${c.want}`);
  });
}

t('exec error: partial output and kubectl\'s debug dump on stdout', () => {
  const r = printGoTemplate('x{{.a}}y{{.a.b}}', { a: 1 });
  assert.is(r.text, 'x1y' +
    'Error executing template: template: output:1:12: executing "output" at <.a.b>: can\'t evaluate field b in type interface {}. ' +
    'Printing more information for debugging the template:\n\ttemplate was:\n\t\tx{{.a}}y{{.a.b}}\n\traw data was:\n\t\t{"a":1}\n' +
    '\tobject given to template engine was:\n\t\tmap[a:1]\n\n');
});

const parseErrors: { tpl: string; want: string }[] = [
  { tpl: '{{.metadata.name', want: 'template: output:1: unclosed action' },
  { tpl: 'a\n{{.x', want: 'template: output:2: unclosed action' },
  { tpl: '{{foo}}', want: 'template: output:1: function "foo" not defined' },
  { tpl: '{{$x}}', want: 'template: output:1: undefined variable "$x"' },
  { tpl: '{{end}}', want: 'template: output:1: unexpected {{end}}' },
  { tpl: '{{if .a}}x', want: 'template: output:1: unexpected EOF' },
  { tpl: '{{range .a}}{{else}}{{else}}{{end}}', want: 'template: output:1: expected end; found {{else}}' },
  { tpl: '{{break}}', want: 'template: output:1: {{break}} outside {{range}}' },
  { tpl: '{{.a | 1}}', want: 'template: output:1: non executable command in pipeline stage 2' },
  { tpl: '{{"x}}', want: 'template: output:1: unterminated quoted string' },
  { tpl: '{{)}}', want: 'template: output:1: unexpected right paren' },
  { tpl: '{{.a.}}', want: 'template: output:1: unexpected <.> in operand' },
  { tpl: '{{}}', want: 'template: output:1: missing value for command' },
  { tpl: '{{/* x }}', want: 'template: output:1: unclosed comment' },
];
for (const c of parseErrors) {
  t(`parse error: ${JSON.stringify(c.tpl)}`, () => {
    assert.equal(printGoTemplate(c.tpl, {}), { text: '', error: `error parsing template ${c.tpl}, ${c.want}` });
  });
}

t.run();
