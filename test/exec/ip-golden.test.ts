import { suite } from 'uvu';
import { runExec } from '../../daemon/exec/context.js';
import { assertGolden } from './golden.js';
import { BUSYBOX_POD, DEBIAN_POD, nodeContext, podContext } from './fixtures.js';

const t = suite('ip and ifconfig output');

const contexts = {
  busybox: podContext(BUSYBOX_POD),          // busybox 1.36 formats
  debian: podContext(DEBIAN_POD),            // iproute2 6.1 and net-tools 2.10
  node: nodeContext([BUSYBOX_POD, DEBIAN_POD]),
};

const commands: { name: string; argv: string[] }[] = [
  { name: 'ip-addr', argv: ['ip', 'addr'] },
  { name: 'ip-route', argv: ['ip', 'route'] },
  { name: 'ip-6-route', argv: ['ip', '-6', 'route'] },
  { name: 'ifconfig', argv: ['ifconfig'] },
  { name: 'ip-4-a', argv: ['ip', '-4', 'a'] },
  { name: 'ip-link', argv: ['ip', 'link'] },
];

for (const [where, ctx] of Object.entries(contexts)) {
  for (const c of commands) {
    t(`${where}: ${c.argv.join(' ')}`, () => {
      const r = runExec(ctx, c.argv);
      assertGolden(`${where}-${c.name}`, r.stdout + (r.stderr ? `[stderr]\n${r.stderr}` : '') + `[exit ${r.exitCode}]\n`);
    });
  }
}

t('debian: ip -br a', () => {
  const r = runExec(contexts.debian, ['ip', '-br', 'a']);
  assertGolden('debian-ip-br-a', r.stdout);
});

t.run();
