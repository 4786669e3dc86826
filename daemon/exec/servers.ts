// The image-owned programs (profile.binaries): nginx and its entrypoint, Apache httpd, busybox
// httpd, pause and curlimages' entrypoint; the Go servers live in go-servers.ts. Each either
// exits or blocks serving its ports, with the log lines the real program writes at start.
import { NODE_KERNEL_VERSION } from '../version.js';
import { blocking, fail, ok, type CommandContext, type CommandHandler, type CommandResult } from './command.js';
import { AGNHOST, COREDNS, HTTP_ECHO } from './go-servers.js';
import { apacheLogTime, goLogTime } from './log-time.js';
import { isShellName, runArgv } from './run-argv.js';
import { TOOLSETS } from './toolsets.js';

const atLeast = (version: string, major: number, minor: number) => {
  const [a, b] = version.split('.').map(Number);
  return a > major || (a === major && b >= minor);
};

/** docker-nginx's entrypoint: the scripts in /docker-entrypoint.d/, then `exec "$@"`. */
const dockerEntrypoint: CommandHandler = (ctx, argv) => {
  const args = argv.slice(1);
  if (args[0] !== 'nginx' && args[0] !== 'nginx-debug') return runArgv(ctx.exec, args, ctx.mode, ctx.stdin);
  const r = nginx(ctx, args);
  return { ...r, stdout: nginxEntrypointLog(ctx.exec.image.version) + r.stdout, ...(r.blocks ? { blocks: { ...r.blocks, program: 'nginx' } } : {}) };
};

/** What /docker-entrypoint.sh prints before it execs nginx. */
export function nginxEntrypointLog(version: string): string {
  const e = '/docker-entrypoint.sh';
  const lines = [
    `${e}: /docker-entrypoint.d/ is not empty, will attempt to perform configuration`,
    `${e}: Looking for shell scripts in /docker-entrypoint.d/`,
    `${e}: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh`,
    '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
    '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
    ...(atLeast(version, 1, 25) ? [`${e}: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh`] : []),
    `${e}: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh`,
    `${e}: Launching /docker-entrypoint.d/30-tune-worker-processes.sh`,
    `${e}: Configuration complete; ready for start up`,
  ];
  return lines.map((l) => `${l}\n`).join('');
}

function nginxCompiler(ctx: CommandContext): string {
  const { family, version } = ctx.exec.image;
  if (family === 'alpine') return 'gcc 13.2.1 20240309 (Alpine 13.2.1_git20240309) ';
  return atLeast(version, 1, 25) ? 'gcc 12.2.0 (Debian 12.2.0-14) ' : 'gcc 10.2.1 20210110 (Debian 10.2.1-6) ';
}

/** nginx: `-v`/`-t` report; with `-g 'daemon off;'` it serves :80 (IPv4 and IPv6), else it daemonizes. */
const nginx: CommandHandler = (ctx, argv) => {
  const v = ctx.exec.image.version;
  if (argv.includes('-v') || argv.includes('-V')) return fail(`nginx version: nginx/${v}\n`, 0);
  if (argv.includes('-t')) return fail('nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n', 0);
  const g = argv.indexOf('-g');
  const foreground = g >= 0 && /daemon\s+off/.test(argv[g + 1] ?? '');
  const t = goLogTime(ctx.exec.now);
  const cpus = Math.max(1, Number(ctx.exec.node.status.capacity?.cpu ?? 1) || 1);
  const notices = [
    'using the "epoll" event method', `nginx/${v}`, `built by ${nginxCompiler(ctx)}`, `OS: Linux ${NODE_KERNEL_VERSION}`,
    'getrlimit(RLIMIT_NOFILE): 1048576:1048576', 'start worker processes',
    ...Array.from({ length: cpus }, (_, i) => `start worker process ${29 + i}`),
  ].map((m) => `${t} [notice] 1#1: ${m}\n`).join('');
  if (!foreground) return ok();
  return { ...blocking([{ port: 80, protocol: 'TCP' }]), stderr: notices };
};

function apacheStart(ctx: CommandContext, foreground: boolean): CommandResult {
  if (!foreground) return ok();
  const ip = ctx.exec.pod?.status.podIP ?? '127.0.1.1';
  const t = apacheLogTime(ctx.exec.now);
  const fqdn = `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message\n`;
  const stderr = fqdn + fqdn
    + `[${t}] [mpm_event:notice] [pid 1:tid 140243562362752] AH00489: Apache/${ctx.exec.image.version} (Unix) configured -- resuming normal operations\n`
    + `[${t}] [core:notice] [pid 1:tid 140243562362752] AH00094: Command line: 'httpd -D FOREGROUND'\n`;
  return { ...blocking([{ port: 80, protocol: 'TCP' }]), stderr };
}

/** Apache httpd: `httpd -DFOREGROUND` (httpd-foreground) serves :80; plain `httpd` daemonizes. */
const apacheHttpd: CommandHandler = (ctx, argv) => {
  if (argv.includes('-v')) return ok(`Server version: Apache/${ctx.exec.image.version} (Unix)\nServer built:   Jul 17 2024 20:30:30\n`);
  const foreground = argv.some((a, i) => a === '-DFOREGROUND' || (a === '-D' && argv[i + 1] === 'FOREGROUND'));
  return apacheStart(ctx, foreground);
};

/** busybox httpd [-f] [-p [IP:]PORT]: without -f it daemonizes and the command returns at once. */
export const busyboxHttpd: CommandHandler = (_ctx, argv) => {
  const p = argv.indexOf('-p');
  const port = Number((p >= 0 ? argv[p + 1] ?? '80' : '80').split(':').pop());
  if (!argv.some((a) => /^-[a-zA-Z]*f/.test(a))) return ok();
  return blocking([{ port: Number.isInteger(port) ? port : 80, protocol: 'TCP' }]);
};

/** curlimages/curl's entrypoint: options or a non-command first argument go to curl. */
const curlEntrypoint: CommandHandler = (ctx, argv) => {
  const args = argv.slice(1);
  const image = ctx.exec.image;
  const direct = args.length > 0 && !args[0].startsWith('-')
    && (TOOLSETS[image.tools][args[0]] !== undefined || image.binaries.includes(args[0]) || isShellName(args[0]));
  return runArgv(ctx.exec, direct ? args : ['curl', ...args], ctx.mode, ctx.stdin);
};

export const SERVERS: Readonly<Record<string, CommandHandler>> = {
  'docker-entrypoint.sh': dockerEntrypoint,
  nginx,
  'nginx-debug': nginx,
  httpd: apacheHttpd,
  apachectl: apacheHttpd,
  'httpd-foreground': (ctx) => apacheStart(ctx, true),
  pause: () => blocking([]),
  'entrypoint.sh': curlEntrypoint,
  coredns: COREDNS,
  agnhost: AGNHOST,
  'http-echo': HTTP_ECHO,
};
