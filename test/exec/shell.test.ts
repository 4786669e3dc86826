import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runExec } from '../../daemon/exec/context.js';
import { parseScript } from '../../daemon/exec/shell-parser.js';
import { ShellSyntaxError } from '../../daemon/exec/shell-ast.js';
import { pod, podContext } from './fixtures.js';

const contexts = {
  busybox: podContext(pod('bb', 'busybox', ['10.244.1.5', 'fd00:10:244:1::5'])),
  debian: podContext(pod('deb', 'debian', ['10.244.1.6'])),
  centos: podContext(pod('cent', 'centos:7', ['10.244.1.8'])),
  coredns: podContext(pod('dns', 'registry.k8s.io/coredns/coredns:v1.11.1', ['10.244.1.9'])),
};
type Where = keyof typeof contexts;

interface Case { name: string; on?: Where; argv: string[]; stdout?: string; stderr?: string; exit?: number }

const sh = (script: string) => ['sh', '-c', script];

const cases: Case[] = [
  // words and quoting
  { name: 'single quotes keep $ literal', argv: sh("echo '$HOME' \"$HOME\""), stdout: '$HOME /root\n' },
  { name: 'double quotes keep spaces', argv: sh('X="a  b"; echo "$X" $X'), stdout: 'a  b a b\n' },
  { name: 'backslash escapes', argv: sh('echo a\\ b \\$HOME'), stdout: 'a b $HOME\n' },
  { name: 'empty quoted word is an argument', argv: sh('printenv ""; echo $?'), stdout: '1\n' },
  { name: 'adjacent quoting joins', argv: sh("echo 'a'\"b\"c"), stdout: 'abc\n' },
  { name: 'braced and default expansions', argv: sh('echo ${HOSTNAME}-${NOPE:-dflt}-${NOPE:+x}-${#HOSTNAME}'), stdout: 'bb-dflt--2\n' },
  { name: 'assign default', argv: sh('echo ${V:=set}; echo $V'), stdout: 'set\nset\n' },
  { name: 'command substitution strips trailing newlines', argv: sh('echo "[$(hostname)]" `echo x`'), stdout: '[bb] x\n' },
  { name: 'positional parameters', argv: ['sh', '-c', 'echo $0 $# $1 "$@"', 'name', 'a', 'b c'], stdout: 'name 2 a a b c\n' },
  { name: 'comments are ignored', argv: sh('echo hi # not this'), stdout: 'hi\n' },
  // exit status rules
  { name: '&& runs on success', argv: sh('true && echo yes'), stdout: 'yes\n' },
  { name: '&& skips on failure', argv: sh('false && echo yes'), stdout: '', exit: 1 },
  { name: '|| runs on failure', argv: sh('false || echo fallback'), stdout: 'fallback\n' },
  { name: '; runs regardless, last status wins', argv: sh('false; true'), exit: 0 },
  { name: '$? after a failure', argv: sh('false; echo $?'), stdout: '1\n' },
  { name: '! negates', argv: sh('! false'), exit: 0 },
  { name: 'pipeline status is the last command', argv: sh('false | true'), exit: 0 },
  { name: 'pipe feeds stdin', argv: sh('echo piped | cat'), stdout: 'piped\n' },
  { name: 'exit code', argv: sh('exit 3'), exit: 3 },
  { name: 'exit stops the script', argv: sh('echo a; exit 4; echo b'), stdout: 'a\n', exit: 4 },
  { name: 'mixed chain', argv: sh('cat /nope || echo missing && echo done'), stdout: 'missing\ndone\n', stderr: "cat: can't open '/nope': No such file or directory\n" },
  // redirections
  { name: '>/dev/null 2>&1 silences both', argv: sh('cat /nope >/dev/null 2>&1; echo $?'), stdout: '1\n' },
  { name: '2>&1 sends stderr to stdout', argv: sh('cat /nope 2>&1'), stdout: "cat: can't open '/nope': No such file or directory\n", exit: 1 },
  { name: 'write then read a file', argv: sh('echo saved > /tmp/f; echo more >> /tmp/f; cat /tmp/f'), stdout: 'saved\nmore\n' },
  { name: 'input redirection', argv: sh('cat < /etc/hostname'), stdout: 'bb\n' },
  // compound commands
  { name: 'if/else', argv: sh('if [ -f /etc/hosts ]; then echo has; else echo no; fi'), stdout: 'has\n' },
  { name: 'elif and string test', argv: sh('X=b; if [ "$X" = a ]; then echo A; elif [ "$X" = b ]; then echo B; fi'), stdout: 'B\n' },
  { name: 'for loop', argv: sh('for i in 1 2 3; do echo n$i; done'), stdout: 'n1\nn2\nn3\n' },
  { name: 'while with a counter file', argv: sh('n=0; while [ $n -lt 2 ]; do echo $n; n=1; [ -f /tmp/x ] && n=2; echo > /tmp/x; done'), stdout: '0\n1\n' },
  { name: 'subshell keeps variables local', argv: sh('X=1; (X=2; echo $X); echo $X'), stdout: '2\n1\n' },
  { name: 'brace group', argv: sh('{ echo a; echo b; } | cat'), stdout: 'a\nb\n' },
  // unknown commands, per shell
  { name: 'ash: not found', on: 'busybox', argv: sh('foo'), stderr: 'sh: foo: not found\n', exit: 127 },
  { name: 'ash via /bin/sh names the path', on: 'busybox', argv: ['/bin/sh', '-c', 'foo'], stderr: '/bin/sh: foo: not found\n', exit: 127 },
  { name: 'dash: line number', on: 'debian', argv: sh('echo ok\nfoo'), stdout: 'ok\n', stderr: 'sh: 2: foo: not found\n', exit: 127 },
  { name: 'bash: command not found', on: 'debian', argv: ['bash', '-c', 'foo'], stderr: 'bash: line 1: foo: command not found\n', exit: 127 },
  { name: 'centos sh is bash', on: 'centos', argv: sh('foo'), stderr: 'sh: line 1: foo: command not found\n', exit: 127 },
  { name: 'no bash in busybox', on: 'busybox', argv: ['bash', '-c', 'true'], stderr: 'sh: bash: not found\n', exit: 127 },
  { name: 'direct exec of a missing program (product.md form)', on: 'debian', argv: ['foo', '--x'], stderr: 'sh: foo: not found\n', exit: 127 },
  { name: 'no shell at all in distroless', on: 'coredns', argv: sh('true'), stderr: 'sh: sh: not found\n', exit: 127 },
  { name: 'not found continues the script', argv: sh('nope; echo after'), stdout: 'after\n', stderr: 'sh: nope: not found\n', exit: 0 },
  // syntax errors, per shell
  { name: 'ash: unterminated quote', on: 'busybox', argv: sh("echo 'x"), stderr: 'sh: syntax error: unterminated quoted string\n', exit: 2 },
  { name: 'dash: unterminated quote', on: 'debian', argv: sh('echo "x'), stderr: 'sh: 1: Syntax error: Unterminated quoted string\n', exit: 2 },
  { name: 'bash: unterminated quote', on: 'debian', argv: ['bash', '-c', "echo 'x"], stderr: "bash: -c: line 1: unexpected EOF while looking for matching `''\n", exit: 2 },
  { name: 'ash: missing fi', on: 'busybox', argv: sh('if true; then echo'), stderr: 'sh: syntax error: unexpected end of file (expecting "fi")\n', exit: 2 },
  { name: 'dash: unexpected &&', on: 'debian', argv: sh('&& ls'), stderr: 'sh: 1: Syntax error: "&&" unexpected\n', exit: 2 },
  { name: 'ash: -c needs an argument', on: 'busybox', argv: ['sh', '-c'], stderr: 'sh: -c requires an argument\n', exit: 2 },
  // echo flavours
  { name: 'dash echo interprets escapes', on: 'debian', argv: sh("echo 'a\\tb'"), stdout: 'a\tb\n' },
  { name: 'ash echo needs -e', on: 'busybox', argv: sh("echo 'a\\tb'; echo -e 'c\\td'"), stdout: 'a\\tb\nc\td\n' },
  { name: 'echo -n', argv: sh('echo -n x; echo y'), stdout: 'xy\n' },
  // builtins
  { name: 'export reaches child env', argv: sh('export FOO=bar; printenv FOO'), stdout: 'bar\n' },
  { name: 'prefix assignment is only for the command', argv: sh('FOO=1 printenv FOO; printenv FOO; echo $?'), stdout: '1\n1\n' },
  { name: 'set lists variables', argv: ['set'], stdout: "PATH='/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'\nHOSTNAME='bb'\nHOME='/root'\n" },
  { name: 'sh without -c reads empty stdin and exits 0', argv: ['sh'], stdout: '', exit: 0 },
];

const t = suite('shell');
for (const c of cases) {
  t(c.name, () => {
    const r = runExec(contexts[c.on ?? 'busybox'], c.argv);
    if (c.stdout !== undefined) assert.is(r.stdout, c.stdout, 'stdout');
    assert.is(r.stderr, c.stderr ?? '', 'stderr');
    assert.is(r.exitCode, c.exit ?? 0, 'exit code');
  });
}

t('a loop on true that sleeps runs forever after one pass', () => {
  const r = runExec(contexts.busybox, sh('while true; do echo tick; sleep 10; done'));
  assert.equal([r.stdout, r.runsForever], ['tick\n', true]);
});

t('sleep finishes in exec (virtual time)', () => {
  const r = runExec(contexts.busybox, sh('sleep 2 && echo woke'));
  assert.equal([r.stdout, r.exitCode, r.runsForever], ['woke\n', 0, undefined]);
});

t('tail -f runs forever and prints what it has', () => {
  const r = runExec(contexts.debian, ['tail', '-n', '1', '-f', '/etc/hostname']);
  assert.equal([r.stdout, r.runsForever], ['deb\n', true]);
});

t('stdin reaches cat and a shell without -c', () => {
  assert.is(runExec(contexts.busybox, ['cat'], 'in\n').stdout, 'in\n');
  assert.is(runExec(contexts.busybox, ['sh', '-c', 'cat | cat'], 'piped\n').stdout, 'piped\n');
  assert.equal([runExec(contexts.debian, ['sh'], 'echo from-stdin; exit 5').stdout, runExec(contexts.debian, ['sh'], 'exit 5').exitCode], ['from-stdin\n', 5]);
});

const parse = suite('parseScript');
parse('empty script', () => assert.is(parseScript('  \n# c\n'), undefined));
parse('and-or shape', () => {
  const n = parseScript('a && b || c');
  assert.is(n?.type, 'andor');
  assert.equal(n?.type === 'andor' ? n.rest.map((r) => r.op) : [], ['&&', '||']);
});
parse('assignment is not a word', () => {
  const n = parseScript('A=1 B="x y" cmd arg');
  assert.ok(n?.type === 'simple');
  if (n?.type === 'simple') assert.equal([n.assigns.map((a) => a.name), n.words.map((w) => w.raw)], [['A', 'B'], ['cmd', 'arg']]);
});
parse('io number redirect', () => {
  const n = parseScript('cmd 2>/dev/null');
  assert.ok(n?.type === 'simple' && n.redirects[0].fd === 2 && n.redirects[0].op === '>');
});
parse('unterminated quote throws', () => {
  assert.throws(() => parseScript("echo 'x"), (e: unknown) => e instanceof ShellSyntaxError && e.problem.type === 'unterminated');
});

t.run();
parse.run();
