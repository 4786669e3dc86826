import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseArgs, UsageError, type FlagSpec } from '../../cli/args.js';

const t = suite('cli flags (pflag rules)');
const SPECS: FlagSpec[] = [
  { name: 'output', short: 'o', type: 'string' }, { name: 'namespace', short: 'n', type: 'string' },
  { name: 'all-namespaces', short: 'A', type: 'bool' }, { name: 'filename', short: 'f', type: 'list' }, { name: 'watch', short: 'w', type: 'bool' },
];

const cases = [
  { name: 'long with =', argv: ['get', '--output=wide'], flags: { output: 'wide' }, pos: ['get'] },
  { name: 'long with separate value', argv: ['--output', 'json', 'pods'], flags: { output: 'json' }, pos: ['pods'] },
  { name: 'short glued', argv: ['-owide'], flags: { output: 'wide' }, pos: [] },
  { name: 'short with =', argv: ['-o=yaml'], flags: { output: 'yaml' }, pos: [] },
  { name: 'bool group then value', argv: ['-Awn', 'x'], flags: { 'all-namespaces': true, watch: true, namespace: 'x' }, pos: [] },
  { name: 'list repeats', argv: ['-f', 'a.yaml', '-f', 'b.yaml'], flags: { filename: ['a.yaml', 'b.yaml'] }, pos: [] },
];
for (const c of cases) {
  t(c.name, () => {
    const p = parseArgs(c.argv, SPECS);
    assert.equal(Object.fromEntries(p.flags), c.flags);
    assert.equal(p.positionals, c.pos);
  });
}

t('-- ends flags and keeps the rest for the command', () => {
  const p = parseArgs(['pod', '-n', 'x', '--', 'ls', '-la'], SPECS);
  assert.equal(p.rest, ['ls', '-la']);
  assert.ok(p.sawDashDash);
});

const errors = [
  { argv: ['--nope'], want: 'unknown flag: --nope' },
  { argv: ['-z'], want: "unknown shorthand flag: 'z' in -z" },
  { argv: ['--output'], want: 'flag needs an argument: --output' },
  { argv: ['--watch=maybe'], want: 'invalid argument "maybe" for "--watch" flag: strconv.ParseBool: parsing "maybe": invalid syntax' },
];
for (const e of errors) {
  t(`error: ${e.want}`, () => {
    try { parseArgs(e.argv, SPECS); assert.unreachable(); } catch (err) {
      assert.instance(err, UsageError);
      assert.is((err as Error).message, e.want);
    }
  });
}

t.run();
