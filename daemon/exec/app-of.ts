// Which simulated application (dataplane/apps AppSpec) a running container serves on one of its
// listening ports, read from its image and process argv. Table-driven; imports exec/go-servers.ts,
// images/catalog.ts and the dataplane apps' types.
import type { AppSpec } from '../../dataplane/index.js';
import type { ImageProfile, PortListen } from '../images/catalog.js';
import { goFlag } from './go-servers.js';

/** What the container runs (ContainerRun's argv and program, the container's environment). */
export interface RunInfo {
  program?: string;
  argv: readonly string[];
  env?: readonly (readonly [string, string])[];
}

interface Invocation {
  program: string;
  args: readonly string[];
  image: ImageProfile;
  env: readonly (readonly [string, string])[];
  listen: PortListen;
}

interface AppRule {
  programs: readonly string[];
  /** The app when this invocation serves `listen`, else undefined. */
  app(inv: Invocation): AppSpec | undefined;
}

const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1);
const isTcp = (l: PortListen, port: number) => l.protocol === 'TCP' && l.port === port;
const goInt = (args: readonly string[], name: string, dflt: number) => {
  const v = goFlag(args, name);
  return v === undefined || v === '' || !/^-?\d+$/.test(v) ? dflt : Number(v);
};
/** A Go boolean flag: `-name`, `--name`, `--name=false` (a bool never takes the next argument). */
const goBool = (args: readonly string[], name: string, dflt: boolean) => {
  let value = dflt;
  for (const a of args) {
    const m = /^--?([^=]+)(?:=(.*))?$/.exec(a);
    if (m && m[1] === name) value = m[2] === undefined || ['true', '1', 't', 'T', 'TRUE', 'True'].includes(m[2]);
  }
  return value;
};

function agnhost(inv: Invocation): AppSpec | undefined {
  const [sub, ...rest] = inv.args;
  if (sub === 'netexec') {
    const httpPort = goInt(rest, 'http-port', 8080);
    const udpPort = goInt(rest, 'udp-port', 8081);
    const hit = isTcp(inv.listen, httpPort) || (inv.listen.protocol === 'UDP' && inv.listen.port === udpPort && udpPort !== -1);
    return hit ? { kind: 'netexec', httpPort, udpPort } : undefined;
  }
  if (sub === 'serve-hostname') {
    if (inv.listen.port !== goInt(rest, 'port', 9376)) return undefined;
    const raw = goBool(rest, 'tcp', false) || goBool(rest, 'udp', false);
    return { kind: 'serve-hostname', ...(raw ? { raw } : {}), ...(goBool(rest, 'close', false) ? { close: true } : {}) };
  }
  return undefined;
}

function httpEcho(inv: Invocation): AppSpec | undefined {
  const listen = goFlag(inv.args, 'listen') ?? ':5678';
  if (!isTcp(inv.listen, Number(listen.slice(listen.lastIndexOf(':') + 1)))) return undefined;
  const text = goFlag(inv.args, 'text') || inv.env.find(([k]) => k === 'ECHO_TEXT')?.[1] || '';
  const status = goInt(inv.args, 'status-code', 200);
  return { kind: 'http-echo', text, version: inv.image.version, ...(status !== 200 ? { status } : {}) };
}

/** `httpd` is Apache in the httpd image and busybox's applet elsewhere (`-p [IP:]PORT`, 80). */
function httpd(inv: Invocation): AppSpec | undefined {
  if (inv.image.name === 'httpd') return isTcp(inv.listen, 80) ? { kind: 'httpd', version: inv.image.version } : undefined;
  const p = inv.args.indexOf('-p');
  const port = Number((p >= 0 ? inv.args[p + 1] ?? '80' : '80').split(':').pop());
  return isTcp(inv.listen, Number.isInteger(port) ? port : 80) ? { kind: 'busybox-httpd' } : undefined;
}

/** Program name → app; nc, sleep and unknown programs serve no app (a bare listener). */
const RULES: readonly AppRule[] = [
  { programs: ['nginx', 'nginx-debug'], app: (inv) => (isTcp(inv.listen, 80) ? { kind: 'nginx', version: inv.image.version } : undefined) },
  { programs: ['httpd-foreground', 'apachectl'], app: (inv) => (isTcp(inv.listen, 80) ? { kind: 'httpd', version: inv.image.version } : undefined) },
  { programs: ['httpd'], app: httpd },
  { programs: ['agnhost'], app: agnhost },
  { programs: ['http-echo'], app: httpEcho },
];

/** The app the container serves on `listen`, or undefined for a bare listener. Never throws. */
export function appOf(image: ImageProfile, run: RunInfo, listen: PortListen): AppSpec | undefined {
  for (const words of commands(run.argv)) {
    const inv = invocation(words, image, run.env ?? [], listen);
    if (!inv) continue;
    const rule = RULES.find((r) => r.programs.includes(inv.program));
    const app = rule?.app(inv);
    if (app) return app;
  }
  if (run.program) {
    const rule = RULES.find((r) => r.programs.includes(run.program ?? ''));
    return rule?.app({ program: run.program, args: [], image, env: run.env ?? [], listen });
  }
  return undefined;
}

// Entrypoint wrappers that exec their arguments (docker-nginx's entrypoint, `exec`, `env`).
const WRAPPERS = new Set(['docker-entrypoint.sh', 'exec', 'env', 'nohup']);

function invocation(words: readonly string[], image: ImageProfile, env: Invocation['env'], listen: PortListen): Invocation | undefined {
  let i = 0;
  while (i < words.length && (WRAPPERS.has(baseName(words[i])) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]))) i++;
  if (i >= words.length) return undefined;
  return { program: baseName(words[i]), args: words.slice(i + 1), image, env, listen };
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);

/** The simple commands argv runs: itself, or the commands of a `sh -c SCRIPT`. */
function commands(argv: readonly string[]): string[][] {
  if (argv.length === 0) return [];
  if (!SHELLS.has(baseName(argv[0]))) return [[...argv]];
  const c = argv.findIndex((a, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(a));
  if (c < 0 || argv[c + 1] === undefined) return [];
  return argv[c + 1].split(/[;&|\n]+|\b(?:then|do|else)\b/).map(splitWords).filter((w) => w.length > 0);
}

/** Shell words of one simple command: whitespace-separated, quotes removed (`-text="a b"`). */
function splitWords(cmd: string): string[] {
  const out: string[] = [];
  let word: string | undefined;
  let quote = '';
  for (const ch of cmd) {
    if (quote) { if (ch === quote) quote = ''; else word += ch; continue; }
    if (ch === '"' || ch === "'") { quote = ch; word ??= ''; continue; }
    if (/\s/.test(ch)) { if (word !== undefined) out.push(word); word = undefined; continue; }
    word = (word ?? '') + ch;
  }
  if (word !== undefined) out.push(word);
  return out;
}
