import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { goSyntax, sprint, sprintf, sprintln } from '../../../cli/print/go-fmt.js';
import { GoFloat, GoInt, type GoValue } from '../../../cli/print/go-value.js';

const t = suite('cli/print/go-fmt');

// Go's fmt.Sprintf on the values a template sees (JSON numbers are int64 or float64).
const cases: { name: string; format: string; args: GoValue[]; want: string }[] = [
  { name: '%s', format: '%s', args: ['x'], want: 'x' },
  { name: 'width, left-justify', format: '%5s|%-5s|', args: ['ab', 'cd'], want: '   ab|cd   |' },
  { name: 'the 0 flag pads numbers, not strings', format: '%05d|%05s', args: [42, 'ab'], want: '00042|   ab' },
  { name: 'zero padding goes after the sign', format: '%08.3f', args: [-3.14159], want: '-003.142' },
  { name: 'plus flag', format: '%+d', args: [5], want: '+5' },
  { name: '%+v is struct-field syntax, not a sign', format: '%+v %+v', args: [1, { a: 1 }], want: '1 map[a:1]' },
  { name: 'string for %d', format: '%d', args: ['x'], want: '%!d(string=x)' },
  { name: 'JSON int for %s', format: '%s', args: [5], want: '%!s(int64=5)' },
  { name: 'template int for %s', format: '%s', args: [new GoInt(5)], want: '%!s(int=5)' },
  { name: 'nil for %s', format: '%s', args: [null], want: '%!s(<nil>)' },
  { name: 'nil for %v', format: '%v', args: [null], want: '<nil>' },
  { name: 'missing argument', format: '%d %d', args: [1], want: '1 %!d(MISSING)' },
  { name: 'extra argument', format: '%d', args: [1, 'x'], want: '1%!(EXTRA string=x)' },
  { name: 'no verb at the end', format: 'a%', args: [], want: 'a%!(NOVERB)' },
  { name: 'unknown verb', format: '%z', args: [1], want: '%!z(int64=1)' },
  { name: 'percent', format: '100%%', args: [], want: '100%' },
  { name: '%q of a string', format: '%q', args: ['a"b\n'], want: '"a\\"b\\n"' },
  { name: '%q of a rune', format: '%q', args: [new GoInt(65)], want: "'A'" },
  { name: '%c', format: '%c', args: [new GoInt(0x263a)], want: '☺' },
  { name: 'hex of int and string', format: '%x %X %x', args: [255, 'hi', -255], want: 'ff 6869 -ff' },
  { name: '%o and %b', format: '%o %b', args: [8, 5], want: '10 101' },
  { name: '%#x', format: '%#x', args: [255], want: '0xff' },
  { name: 'map %v: sorted keys', format: '%v', args: [{ b: 1, a: 'x' }], want: 'map[a:x b:1]' },
  { name: 'slice %v with a nil', format: '%v', args: [['a', null, 2]], want: '[a <nil> 2]' },
  { name: 'the verb applies to elements', format: '%s', args: [['a', 1]], want: '[a %!s(int64=1)]' },
  { name: '%d over a slice', format: '%d', args: [[1, 2]], want: '[1 2]' },
  { name: '%q over a slice', format: '%q', args: [['a', 'b']], want: '["a" "b"]' },
  { name: '%.2f', format: '%.2f', args: [1.5], want: '1.50' },
  { name: '%6.2f', format: '%6.2f|', args: [3.14159], want: '  3.14|' },
  { name: '%e', format: '%e', args: [123456.789], want: '1.234568e+05' },
  { name: '%g', format: '%g', args: [0.00001234], want: '1.234e-05' },
  { name: '%v of a float: shortest digits, %e from exponent 6', format: '%v %v %v', args: [0.5, new GoFloat(1e6), new GoFloat(123456)], want: '0.5 1e+06 123456' },
  { name: '%v of an integral float64 constant', format: '%v', args: [new GoFloat(2)], want: '2' },
  { name: '%f of an int is a bad verb', format: '%f', args: [5], want: '%!f(int64=5)' },
  { name: '%t', format: '%t %t', args: [true, 1], want: 'true %!t(int64=1)' },
  { name: '%T', format: '%T %T %T %T %T', args: [{}, [], 'a', 1, 1.5], want: 'map[string]interface {} []interface {} string int64 float64' },
  { name: 'width from an argument', format: '%*d|', args: [new GoInt(5), 1], want: '    1|' },
  { name: 'string precision truncates runes', format: '%.3s', args: ['héllo'], want: 'hél' },
  { name: '%#v is Go syntax', format: '%#v', args: [{ a: ['x', 1, null], b: true }], want: 'map[string]interface {}{"a":[]interface {}{"x", 1, interface {}(nil)}, "b":true}' },
];
for (const c of cases) t(c.name, () => assert.is(sprintf(c.format, c.args), c.want));

t('Sprint: a space only between two non-string operands', () => {
  assert.is(sprint(['a', 1, 2, 'b']), 'a1 2b');
  assert.is(sprint([1, 2]), '1 2');
  assert.is(sprint(['a', 'b']), 'ab');
  assert.is(sprint([null]), '<nil>');
});

t('Sprintln: spaces everywhere and a newline', () => {
  assert.is(sprintln(['a', 1, 'b']), 'a 1 b\n');
  assert.is(sprintln([]), '\n');
});

t('goSyntax of scalars', () => {
  assert.is(goSyntax('a\tb'), '"a\\tb"');
  assert.is(goSyntax(1.5), '1.5');
  assert.is(goSyntax(false), 'false');
  assert.is(goSyntax(null), 'interface {}(nil)');
});

t.run();
