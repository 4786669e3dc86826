// The daemon home (product.md "Processes and defaults"; reliability.md promise 6): where it is,
// its paths, and its creation with mode 0700, refusing a home others can reach as ssh refuses
// ~/.ssh. Imports node:fs and node:path only.
import { chmodSync, mkdirSync, statSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const HOME_ENV = 'NETSIM_HOME';
export const DEFAULT_HOME_NAME = '.netsim';
/** Linux sun_path holds 108 bytes with the terminating NUL. */
export const MAX_SOCKET_PATH_BYTES = 107;

export interface HomePaths {
  home: string;
  /** The gRPC Unix socket every client finds first. */
  socket: string;
  /** The embedded store's directory. */
  data: string;
  pidFile: string;
  logFile: string;
}

/** The home cannot be used; `message` says why and how to fix it. */
export class HomeError extends Error {
  readonly code = 'HOME_REFUSED';
  constructor(message: string) { super(message); this.name = 'HomeError'; }
}

/** `--home`, else `$NETSIM_HOME`, else `~/.netsim`; always absolute. */
export function resolveHome(o: { flag?: string; env: Readonly<Record<string, string | undefined>>; homedir: string }): string {
  if (o.flag) return resolve(o.flag);
  const fromEnv = o.env[HOME_ENV];
  if (fromEnv) return resolve(fromEnv);
  return resolve(o.homedir, DEFAULT_HOME_NAME);
}

export function homePaths(home: string): HomePaths {
  return {
    home,
    socket: join(home, 'netsimd.sock'),
    data: join(home, 'data'),
    pidFile: join(home, 'netsimd.pid'),
    logFile: join(home, 'netsimd.log'),
  };
}

const octal = (mode: number) => (mode & 0o7777).toString(8).padStart(4, '0');

/** Why an existing home is refused (not a directory, another owner, reachable by others), or undefined. */
export function homeProblem(dir: string, st: Pick<Stats, 'mode' | 'uid' | 'isDirectory'>, uid: number | undefined): string | undefined {
  if (!st.isDirectory()) return `home directory ${dir} is not a directory`;
  if (uid !== undefined && st.uid !== uid) {
    return `home directory ${dir} is owned by uid ${st.uid}, not by the current user (uid ${uid})`;
  }
  if ((st.mode & 0o077) !== 0) {
    return `home directory ${dir} has permissions ${octal(st.mode)}: it must not be accessible by group or others (chmod 700 ${dir})`;
  }
  return undefined;
}

function statIfExists(dir: string): Stats | undefined {
  try {
    return statSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new HomeError(`home directory ${dir}: ${(e as Error).message}`);
  }
}

/**
 * Creates `dir` with mode 0700 (its parents with the default mode) or checks the existing one,
 * and returns its paths. Errors: HomeError (permissions, owner, not a directory, socket path too long).
 */
export function prepareHome(dir: string): HomePaths {
  const home = resolve(dir);
  const paths = homePaths(home);
  const socketBytes = Buffer.byteLength(paths.socket);
  if (socketBytes > MAX_SOCKET_PATH_BYTES) {
    throw new HomeError(`socket path ${paths.socket} is ${socketBytes} bytes long; Unix sockets allow at most ${MAX_SOCKET_PATH_BYTES}: use a shorter --home`);
  }
  if (!statIfExists(home)) {
    try {
      mkdirSync(dirname(home), { recursive: true });
      mkdirSync(home, { mode: 0o700 });
      chmodSync(home, 0o700);                                        // whatever the umask left
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new HomeError(`cannot create home directory ${home}: ${(e as Error).message}`);
    }
  }
  const problem = homeProblem(home, statSync(home), process.getuid?.());
  if (problem) throw new HomeError(problem);
  return paths;
}
