// What a container's log says when its process cannot bind a port another container of the
// pod already holds (EADDRINUSE, errno 98), per program; the process then exits 1.
// Imports the catalog types, log-time.ts and servers.ts (nginx's entrypoint log).
import type { ImageProfile, PortListen } from '../images/catalog.js';
import { goLogTime } from './log-time.js';
import { nginxEntrypointLog } from './servers.js';

export interface BindFailureOptions {
  /** The program that binds (ContainerRun.program); the image's default program otherwise. */
  program?: string;
  protocol?: PortListen['protocol'];
  /** RFC 3339 virtual time of the start. */
  now?: string;
  /** The pod's IP (Apache names it in its ServerName warning). */
  podIP?: string;
}

const plus = (now: string | undefined, ms: number) => new Date(new Date(now ?? 0).getTime() + ms).toISOString();

/** nginx ngx_open_listening_sockets: five tries 500 ms apart, each bind logged twice. */
function nginxLog(port: number, now?: string): string {
  let s = '';
  for (let t = 0; t < 5; t++) {
    const ts = goLogTime(plus(now, 500 * t));
    for (const addr of [`0.0.0.0:${port}`, `[::]:${port}`]) {
      s += `${ts} [emerg] 1#1: bind() to ${addr} failed (98: Address already in use)\n`;
      s += `nginx: [emerg] bind() to ${addr} failed (98: Address already in use)\n`;
    }
    s += `${ts} [notice] 1#1: try again to bind() after 500ms\n`;
  }
  const end = goLogTime(plus(now, 2500));
  return `${s}${end} [emerg] 1#1: still could not bind()\nnginx: [emerg] still could not bind()\n`;
}

function apacheLog(port: number, ip: string): string {
  return `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message\n`
    + `(98)Address already in use: AH00072: make_sock: could not bind to address [::]:${port}\n`
    + `(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:${port}\n`
    + 'no listening sockets available, shutting down\nAH00015: Unable to open logs\n';
}

function defaultProgram(profile: ImageProfile): string {
  const argv0 = profile.defaultCommand[0] ?? '';
  const base = argv0.slice(argv0.lastIndexOf('/') + 1);
  return base === 'docker-entrypoint.sh' ? 'nginx' : base === 'httpd-foreground' ? 'httpd' : base;
}

/** The log of a process whose bind() of `port` failed with EADDRINUSE; a string third argument is `now`. */
export function bindFailureLog(profile: ImageProfile, port: number, options: BindFailureOptions | string = {}): string {
  const opts: BindFailureOptions = typeof options === 'string' ? { now: options } : options;
  const program = opts.program ?? defaultProgram(profile);
  const udp = opts.protocol === 'UDP';
  const goErr = `listen ${udp ? 'udp' : 'tcp'} :${port}: bind: address already in use`;
  switch (program) {
    case 'nginx': case 'nginx-debug':
    case 'docker-entrypoint.sh': return nginxEntrypointLog(profile.version) + nginxLog(port, opts.now);
    case 'httpd': case 'httpd-foreground': case 'apachectl':
      return profile.name === 'httpd' ? apacheLog(port, opts.podIP ?? '127.0.1.1') : 'httpd: bind: Address already in use\n';
    case 'nc': return profile.tools === 'gnu' || profile.tools === 'agnhost' || profile.tools === 'netshoot'
      ? 'nc: Address already in use\n'                       // netcat-openbsd err(1, NULL)
      : `nc: bind: ${profile.family === 'alpine' ? 'Address in use' : 'Address already in use'}\n`;   // musl vs glibc strerror
    case 'coredns': return `Listen: ${goErr}\n`;
    case 'agnhost': return udp
      ? `${goLogTime(opts.now)} Error occurred: failed to create listener for UDP address :${port}:${goErr}\n`
      : `${goLogTime(opts.now)} ${goErr}\n`;
    case 'http-echo': return `${goLogTime(opts.now)} [ERR] server exited with: ${goErr}\n`;
    default: return `${program || 'bind'}: bind: Address already in use\n`;
  }
}
