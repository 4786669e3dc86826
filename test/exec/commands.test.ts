import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ncListen } from '../../daemon/exec/commands/nc.js';
import { parseDuration } from '../../daemon/exec/commands/sleep.js';
import { runExec } from '../../daemon/exec/context.js';
import { lookupCommand, registerCommand } from '../../daemon/exec/registry.js';
import { resolveImage } from '../../daemon/images/catalog.js';
import { pod, podContext } from './fixtures.js';

const bb = podContext(pod('bb', 'busybox', ['10.244.1.5', 'fd00:10:244:1::5']));
const deb = podContext(pod('deb', 'debian', ['10.244.1.6', 'fd00:10:244:1::6']), {
  env: [['PATH', '/usr/bin:/bin'], ['HOSTNAME', 'deb'], ['MY_POD_IPS', '10.244.1.6,fd00:10:244:1::6']],
});

const t = suite('commands');

const cases = [
  { name: 'cat several files, one missing (busybox)', ctx: bb, argv: ['cat', '/etc/hostname', '/x', '/etc/hostname'], out: 'bb\nbb\n', err: "cat: can't open '/x': No such file or directory\n", code: 1 },
  { name: 'cat missing (coreutils)', ctx: deb, argv: ['cat', '/x'], out: '', err: 'cat: /x: No such file or directory\n', code: 1 },
  { name: 'cat a directory', ctx: deb, argv: ['cat', '/etc'], out: '', err: 'cat: /etc: Is a directory\n', code: 1 },
  { name: 'hostname', ctx: bb, argv: ['hostname'], out: 'bb\n', err: '', code: 0 },
  { name: 'hostname -i (busybox: first IPv4)', ctx: bb, argv: ['hostname', '-i'], out: '10.244.1.5\n', err: '', code: 0 },
  { name: 'hostname -i (Debian: every address, IPv4 first)', ctx: deb, argv: ['hostname', '-i'], out: '10.244.1.6 fd00:10:244:1::6 \n', err: '', code: 0 },
  { name: 'hostname NAME is refused', ctx: bb, argv: ['hostname', 'x'], out: '', err: 'hostname: sethostname: Operation not permitted\n', code: 1 },
  { name: 'env', ctx: deb, argv: ['env'], out: 'PATH=/usr/bin:/bin\nHOSTNAME=deb\nMY_POD_IPS=10.244.1.6,fd00:10:244:1::6\n', err: '', code: 0 },
  { name: 'printenv NAME', ctx: deb, argv: ['printenv', 'MY_POD_IPS'], out: '10.244.1.6,fd00:10:244:1::6\n', err: '', code: 0 },
  { name: 'printenv missing exits 1', ctx: deb, argv: ['printenv', 'HOSTNAME', 'NOPE'], out: 'deb\n', err: '', code: 1 },
  { name: '/bin/echo does not interpret escapes', ctx: deb, argv: ['echo', 'a\\nb'], out: 'a\\nb\n', err: '', code: 0 },
  { name: 'echo -e', ctx: deb, argv: ['echo', '-e', 'a\\nb\\c', 'ignored'], out: 'a\nb', err: '', code: 0 },
  { name: 'true / false', ctx: bb, argv: ['false'], out: '', err: '', code: 1 },
  { name: 'sleep bad number (busybox)', ctx: bb, argv: ['sleep', 'x'], out: '', err: "sleep: invalid number 'x'\n", code: 1 },
  { name: 'sleep bad interval (coreutils)', ctx: deb, argv: ['sleep', '1x'], out: '', err: "sleep: invalid time interval '1x'\nTry 'sleep --help' for more information.\n", code: 1 },
  { name: 'ls /etc', ctx: bb, argv: ['ls', '/etc'], out: 'hostname\nhosts\nresolv.conf\n', err: '', code: 0 },
  { name: 'ls missing (coreutils)', ctx: deb, argv: ['ls', '/nope'], out: '', err: "ls: cannot access '/nope': No such file or directory\n", code: 2 },
  { name: 'tail -n 1', ctx: bb, argv: ['tail', '-n', '1', '/etc/resolv.conf'], out: 'options ndots:5\n', err: '', code: 0 },
  { name: 'ip unknown object (iproute2)', ctx: deb, argv: ['ip', 'foo'], out: '', err: 'Object "foo" is unknown, try "ip help".\n', code: 255 },
  { name: 'ip missing device (iproute2)', ctx: deb, argv: ['ip', 'addr', 'show', 'dev', 'eth9'], out: '', err: 'Device "eth9" does not exist.\n', code: 1 },
  { name: 'ip missing device (busybox)', ctx: bb, argv: ['ip', 'a', 'show', 'eth9'], out: '', err: "ip: can't find device 'eth9'\n", code: 1 },
  { name: 'ip route add needs CAP_NET_ADMIN', ctx: deb, argv: ['ip', 'route', 'add', '1.2.3.0/24', 'dev', 'eth0'], out: '', err: 'RTNETLINK answers: Operation not permitted\n', code: 2 },
  { name: 'ifconfig missing interface (busybox)', ctx: bb, argv: ['ifconfig', 'eth9'], out: '', err: 'ifconfig: eth9: error fetching interface information: Device not found\n', code: 1 },
  { name: 'ip -6 addr show dev lo (iproute2)', ctx: deb, argv: ['ip', '-6', 'addr', 'show', 'dev', 'lo'], code: 0, err: '',
    out: '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000\n    inet6 ::1/128 scope host \n       valid_lft forever preferred_lft forever\n' },
];

for (const c of cases) {
  t(c.name, () => {
    const r = runExec(c.ctx, c.argv);
    assert.equal([r.stdout, r.stderr, r.exitCode], [c.out, c.err, c.code]);
  });
}

t('parseDuration', () => {
  assert.equal(['10', '1.5', '2m', '1h', '1d', 'inf', 'infinity', 'x', '1w'].map(parseDuration), [10, 1.5, 120, 3600, 86400, Infinity, Infinity, undefined, undefined]);
});

t('ncListen', () => {
  const cases: [string[], string | undefined][] = [
    [['nc', '-l', '-p', '8080'], '8080/TCP'], [['nc', '-lk', '9000'], '9000/TCP'], [['nc', '-lup', '53'], '53/UDP'],
    [['nc', '-l', '-v', '-p8081'], '8081/TCP'], [['nc', '10.0.0.1', '80'], undefined], [['nc', '-l'], undefined],
  ];
  for (const [argv, want] of cases) {
    const l = ncListen(argv).listen;
    assert.is(l ? `${l.port}/${l.protocol}` : undefined, want, argv.join(' '));
  }
});

t('tool availability follows the image', () => {
  assert.is(lookupCommand(resolveImage('busybox'), 'curl'), undefined);
  assert.is(lookupCommand(resolveImage('nginx'), 'curl')?.flavor, 'gnu');
  assert.is(lookupCommand(resolveImage('agnhost'), 'ip')?.flavor, 'gnu');
  assert.is(lookupCommand(resolveImage('agnhost'), 'ifconfig')?.flavor, 'busybox');
  assert.is(lookupCommand(resolveImage('registry.k8s.io/coredns/coredns'), 'cat'), undefined);
  assert.ok(lookupCommand(resolveImage('registry.k8s.io/coredns/coredns'), 'coredns'));
});

t('a later tool plugs in with registerCommand', () => {
  const before = runExec(deb, ['dig', 'x']);
  assert.equal([before.stderr, before.exitCode], ['dig: not simulated by netsim yet\n', 1]);
  registerCommand('dig', (ctx, argv) => ({ stdout: `${ctx.flavor} ${argv.slice(1).join(' ')}\n`, stderr: '', exitCode: 0 }));
  assert.is(runExec(deb, ['sh', '-c', 'dig web | cat']).stdout, 'gnu web\n');
  assert.is(runExec(bb, ['dig', 'web']).stderr, 'sh: dig: not found\n');
});

t.run();
