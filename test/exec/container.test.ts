import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { bindFailureLog } from '../../daemon/exec/bind-failure.js';
import { containerArgv, expandKubeVars, runContainer, type ContainerRun } from '../../daemon/exec/container.js';
import type { Container } from '../../daemon/domain/types.js';
import { resolveImage } from '../../daemon/images/catalog.js';
import { pod, podContext } from './fixtures.js';

const argv = suite('containerArgv');

const argvCases = [
  { name: 'neither: ENTRYPOINT + CMD', image: 'nginx:1.23.2', c: {}, want: ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'] },
  { name: 'command only drops CMD and ENTRYPOINT', image: 'nginx:1.23.2', c: { command: ['sleep', '1'] }, want: ['sleep', '1'] },
  { name: 'args only replace CMD', image: 'nginx:1.23.2', c: { args: ['nginx-debug'] }, want: ['/docker-entrypoint.sh', 'nginx-debug'] },
  { name: 'both', image: 'busybox', c: { command: ['sh', '-c'], args: ['echo hi'] }, want: ['sh', '-c', 'echo hi'] },
  { name: 'args with no ENTRYPOINT', image: 'busybox', c: { args: ['sleep', '5'] }, want: ['sleep', '5'] },
  { name: 'empty command list counts as unset', image: 'busybox', c: { command: [] }, want: ['sh'] },
  { name: '$(VAR) expands from env', image: 'busybox', c: { command: ['echo', '$(MY_POD_IP)', '$$(MY_POD_IP)', '$(UNSET)'] },
    want: ['echo', '10.244.1.5', '$(MY_POD_IP)', '$(UNSET)'] },
];
for (const c of argvCases) argv(c.name, () => assert.equal(containerArgv(resolveImage(c.image), c.c, [['MY_POD_IP', '10.244.1.5']]), c.want));

argv('expandKubeVars edge cases', () => {
  const env = new Map([['A', 'x']]);
  assert.is(expandKubeVars('$(A)$(A)', env), 'xx');
  assert.is(expandKubeVars('$$$(A)', env), '$x');
  assert.is(expandKubeVars('cost $5 $(A', env), 'cost $5 $(A');
  assert.is(expandKubeVars('trailing $', env), 'trailing $');
});

const run = suite('runContainer');

type Want = { kind: ContainerRun['kind']; exitCode?: number; listens?: [number, string][]; logs?: string; exitAfter?: number; program?: string };

const runCases: { name: string; image: string; c?: Partial<Container>; want: Want }[] = [
  { name: 'busybox cat /etc/hosts completes', image: 'busybox', c: { command: ['cat', '/etc/hostname'] }, want: { kind: 'exits', exitCode: 0, logs: 'p\n' } },
  { name: 'echo hi', image: 'busybox', c: { command: ['echo', 'hi'] }, want: { kind: 'exits', exitCode: 0, logs: 'hi\n' } },
  { name: 'sh -c env', image: 'busybox', c: { command: ['sh', '-c', 'env'] }, want: { kind: 'exits', exitCode: 0 } },
  { name: 'busybox default sh exits at once', image: 'busybox', want: { kind: 'exits', exitCode: 0, logs: '' } },
  { name: 'failing command is an error exit', image: 'busybox', c: { command: ['sh', '-c', 'echo bye; exit 2'] }, want: { kind: 'exits', exitCode: 2, logs: 'bye\n' } },
  { name: 'missing program', image: 'busybox', c: { command: ['curl', 'http://x'] }, want: { kind: 'exits', exitCode: 127, logs: 'sh: curl: not found\n' } },
  { name: 'nginx serves 80', image: 'nginx:1.23.2', want: { kind: 'runs', listens: [[80, 'TCP']], program: 'nginx' } },
  { name: 'httpd serves 80', image: 'httpd', want: { kind: 'runs', listens: [[80, 'TCP']] } },
  { name: 'coredns with the Corefile', image: 'registry.k8s.io/coredns/coredns:v1.11.1', c: { args: ['-conf', '/etc/coredns/Corefile'] },
    want: { kind: 'runs', listens: [[53, 'UDP'], [53, 'TCP'], [9153, 'TCP'], [8080, 'TCP'], [8181, 'TCP']], program: 'coredns' } },
  { name: 'agnhost netexec', image: 'registry.k8s.io/e2e-test-images/agnhost:2.39', c: { args: ['netexec', '--http-port=8080', '--udp-port=8081'] },
    want: { kind: 'runs', listens: [[8080, 'TCP'], [8081, 'UDP']], program: 'agnhost' } },
  { name: 'agnhost without subcommand prints help', image: 'registry.k8s.io/e2e-test-images/agnhost:2.39', want: { kind: 'exits', exitCode: 0 } },
  { name: 'http-echo without -text', image: 'hashicorp/http-echo', want: { kind: 'exits', exitCode: 127, logs: 'Missing -text option OR ENV var TEXT is empty!\n' } },
  { name: 'http-echo -text', image: 'hashicorp/http-echo', c: { args: ['-text=hello', '-listen=:8080'] }, want: { kind: 'runs', listens: [[8080, 'TCP']] } },
  { name: 'sleep 3600', image: 'busybox', c: { command: ['sleep', '3600'] }, want: { kind: 'runs', listens: [], exitAfter: 3600, exitCode: 0 } },
  { name: 'sleep infinity', image: 'busybox', c: { command: ['sleep', 'infinity'] }, want: { kind: 'runs', listens: [] } },
  { name: 'tail -f /dev/null', image: 'debian', c: { command: ['tail', '-f', '/dev/null'] }, want: { kind: 'runs', listens: [] } },
  { name: 'sh -c "... && sleep 3600"', image: 'busybox', c: { command: ['sh', '-c', 'echo The app is running! && sleep 3600'] },
    want: { kind: 'runs', listens: [], logs: 'The app is running!\n', exitAfter: 3600 } },
  { name: 'nc -l -p 8080', image: 'busybox', c: { command: ['nc', '-l', '-p', '8080'] }, want: { kind: 'runs', listens: [[8080, 'TCP']], program: 'nc' } },
  { name: 'nc -lu 5353', image: 'busybox', c: { command: ['nc', '-lu', '-p', '5353'] }, want: { kind: 'runs', listens: [[5353, 'UDP']] } },
  { name: 'busybox httpd -f -p 8000', image: 'busybox', c: { command: ['httpd', '-f', '-p', '8000'] }, want: { kind: 'runs', listens: [[8000, 'TCP']], program: 'httpd' } },
  { name: 'busybox httpd without -f daemonizes and exits', image: 'busybox', c: { command: ['httpd', '-p', '8000'] }, want: { kind: 'exits', exitCode: 0 } },
  { name: 'background listener kept alive by the foreground', image: 'busybox', c: { command: ['sh', '-c', 'nc -l -p 80 & sleep infinity'] },
    want: { kind: 'runs', listens: [[80, 'TCP']], program: 'nc' } },
  { name: 'background listener dies with the shell', image: 'busybox', c: { command: ['sh', '-c', 'nc -l -p 80 &'] }, want: { kind: 'exits', exitCode: 0 } },
  { name: 'while true loop runs', image: 'busybox', c: { command: ['sh', '-c', 'while true; do echo hello; sleep 10; done'] }, want: { kind: 'runs', logs: 'hello\n' } },
  { name: 'unknown image serves its declared ports', image: 'example.com/app:1', c: { ports: [{ containerPort: 3000 }, { containerPort: 53, protocol: 'UDP' }] },
    want: { kind: 'runs', listens: [[3000, 'TCP'], [53, 'UDP']] } },
];

for (const c of runCases) {
  run(c.name, () => {
    const p = pod('p', c.image, ['10.244.1.5', 'fd00:10:244:1::5'], c.c ?? {});
    const r = runContainer(podContext(p), p.spec.containers[0]);
    assert.is(r.kind, c.want.kind, 'kind');
    if (r.kind === 'exits') {
      if (c.want.exitCode !== undefined) assert.is(r.exitCode, c.want.exitCode, 'exit code');
    } else {
      if (c.want.listens) assert.equal(r.listens.map((l) => [l.port, l.protocol]), c.want.listens, 'listens');
      if (c.want.program) assert.is(r.program, c.want.program, 'program');
      assert.is(r.exit?.afterSeconds, c.want.exitAfter, 'exit after');
      if (c.want.exitAfter !== undefined) assert.is(r.exit?.exitCode, c.want.exitCode ?? 0);
    }
    if (c.want.logs !== undefined) assert.is(r.logs, c.want.logs, 'logs');
  });
}

run('finite wait then more output: logs before and after', () => {
  const p = pod('p', 'busybox', ['10.244.1.5'], { command: ['sh', '-c', 'echo start; sleep 5; echo done; exit 3'] });
  const r = runContainer(podContext(p), p.spec.containers[0]);
  assert.equal(r.kind === 'runs' ? [r.logs, r.exit] : r, ['start\n', { afterSeconds: 5, exitCode: 3, logs: 'start\ndone\n' }]);
});

run('nginx start-up log', () => {
  const p = pod('web', 'nginx:1.23.2', ['10.244.1.5']);
  const r = runContainer(podContext(p), p.spec.containers[0]);
  const lines = r.logs.split('\n');
  assert.is(lines[0], '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration');
  assert.ok(r.logs.includes('2024/05/01 10:00:05 [notice] 1#1: nginx/1.23.2\n'));
  assert.ok(r.logs.includes('built by gcc 10.2.1 20210110 (Debian 10.2.1-6) \n'));
});

const bind = suite('bindFailureLog');

bind('nginx: five tries on both wildcard addresses, then gives up', () => {
  const log = bindFailureLog(resolveImage('nginx:1.23.2'), 80, { now: '2024-05-01T10:00:00Z' });
  assert.is(log.split('\n').filter((l) => l === 'nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)').length, 5);
  assert.ok(log.includes('2024/05/01 10:00:00 [emerg] 1#1: bind() to [::]:80 failed (98: Address already in use)\n'));
  assert.ok(log.endsWith('[emerg] 1#1: still could not bind()\nnginx: [emerg] still could not bind()\n'));
});

const bindCases = [
  { name: 'busybox nc (glibc)', image: 'busybox', program: 'nc', want: 'nc: bind: Address already in use\n' },
  { name: 'alpine nc (musl)', image: 'alpine', program: 'nc', want: 'nc: bind: Address in use\n' },
  { name: 'netcat-openbsd', image: 'debian', program: 'nc', want: 'nc: Address already in use\n' },
  { name: 'coredns', image: 'registry.k8s.io/coredns/coredns:v1.11.1', program: undefined, want: 'Listen: listen tcp :53: bind: address already in use\n' },
  { name: 'http-echo', image: 'hashicorp/http-echo', program: undefined, want: '1970/01/01 00:00:00 [ERR] server exited with: listen tcp :53: bind: address already in use\n' },
];
for (const c of bindCases) bind(c.name, () => assert.is(bindFailureLog(resolveImage(c.image), 53, c.program ? { program: c.program } : {}), c.want));

bind('a string third argument is the start time, and container.ts re-exports it', async () => {
  const { bindFailureLog: fromContainer } = await import('../../daemon/exec/container.js');
  const log = fromContainer(resolveImage('registry.k8s.io/e2e-test-images/agnhost:2.39'), 8080, '2024-05-01T10:00:00Z');
  assert.is(log, '2024/05/01 10:00:00 listen tcp :8080: bind: address already in use\n');
});

bind('apache names both addresses', () => {
  const log = bindFailureLog(resolveImage('httpd'), 80, { podIP: '10.244.1.5' });
  assert.ok(log.includes('(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80\n'));
  assert.ok(log.includes('using 10.244.1.5.'));
});

argv.run();
run.run();
bind.run();
