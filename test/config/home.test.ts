import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HomeError, homeProblem, prepareHome, resolveHome } from '../../daemon/config/home.js';

const t = suite('daemon home');
let root = '';
t.before(() => { root = mkdtempSync(join(tmpdir(), 'netsim-home-')); });
t.after(() => { rmSync(root, { recursive: true, force: true }); });

const resolveCases = [
  { name: '--home wins', o: { flag: 'rel/h', env: { NETSIM_HOME: '/e' }, homedir: '/u' }, want: join(process.cwd(), 'rel/h') },
  { name: '$NETSIM_HOME next', o: { env: { NETSIM_HOME: '/e/h' }, homedir: '/u' }, want: '/e/h' },
  { name: 'empty $NETSIM_HOME is unset', o: { env: { NETSIM_HOME: '' }, homedir: '/u' }, want: '/u/.netsim' },
  { name: '~/.netsim last', o: { env: {}, homedir: '/u' }, want: '/u/.netsim' },
];
for (const c of resolveCases) t(`resolveHome: ${c.name}`, () => assert.is(resolveHome(c.o), c.want));

t('creates the home with mode 0700 and its parents', () => {
  const dir = join(root, 'a', 'b', '.netsim');
  const paths = prepareHome(dir);
  assert.is(statSync(dir).mode & 0o777, 0o700);
  assert.equal(paths, {
    home: dir, socket: join(dir, 'netsimd.sock'), data: join(dir, 'data'),
    pidFile: join(dir, 'netsimd.pid'), logFile: join(dir, 'netsimd.log'),
  });
  assert.equal(prepareHome(dir), paths);                                  // an existing 0700 home is fine
});

const refused = [
  { name: 'group and others can read', mode: 0o755, want: 'has permissions 0755' },
  { name: 'group can write', mode: 0o720, want: 'has permissions 0720' },
  { name: 'others can enter', mode: 0o701, want: 'has permissions 0701' },
];
for (const c of refused) {
  t(`refuses a home that ${c.name}`, () => {
    const dir = join(root, `mode-${c.mode.toString(8)}`);
    prepareHome(dir);
    chmodSync(dir, c.mode);
    assert.throws(() => prepareHome(dir), (e: unknown) => e instanceof HomeError &&
      e.message === `home directory ${dir} ${c.want}: it must not be accessible by group or others (chmod 700 ${dir})`);
  });
}

t('refuses a home that is a file', () => {
  const file = join(root, 'file');
  writeFileSync(file, '');
  assert.throws(() => prepareHome(file), (e: unknown) => e instanceof HomeError && e.message === `home directory ${file} is not a directory`);
});

t('refuses a home owned by another user', () => {
  const st = { mode: 0o40700, uid: 1001, isDirectory: () => true };
  assert.is(homeProblem('/x/.netsim', st, 1000), 'home directory /x/.netsim is owned by uid 1001, not by the current user (uid 1000)');
  assert.is(homeProblem('/x/.netsim', st, 1001), undefined);
});

t('refuses a home whose socket path is too long for a Unix socket', () => {
  const dir = join(root, 'x'.repeat(120));
  assert.throws(() => prepareHome(dir), (e: unknown) => e instanceof HomeError && /Unix sockets allow at most 107: use a shorter --home/.test((e as Error).message));
});

t.run();
