// A container's environment as its processes see it (kubelet env, `$(VAR)` expansion, downward
// API, containerd/runc additions) and the `env`, busybox `set` and bash `set` printers. Pure;
// imports domain/ and hosts.ts only. Source: kubelet_pods.go makeEnvironmentVariables; ash.c.
import type { Container, Pod } from '../domain/types.js';
import { convertDownwardApiFieldLabel, splitMaybeSubscriptedPath } from '../domain/validate-env.js';
import { containerHostname, podIps } from './hosts.js';

export type EnvPair = [name: string, value: string];

/** containerd oci.WithDefaultPathEnv */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/**
 * expansion.Expand: `$(NAME)` is replaced by `mapping(NAME)`, `$$` yields `$`, a `$` not
 * starting a reference and an unterminated `$(` are kept as written.
 */
export function expandEnvValue(input: string, mapping: (name: string) => string): string {
  let out = '', checkpoint = 0;
  for (let cursor = 0; cursor < input.length; cursor++) {
    if (input[cursor] !== '$' || cursor + 1 >= input.length) continue;
    out += input.slice(checkpoint, cursor);
    const next = input[cursor + 1];
    let advance = 1;
    if (next === '$') out += '$';
    else if (next === '(') {
      const close = input.indexOf(')', cursor + 2);
      if (close === -1) out += '$(';
      else { out += mapping(input.slice(cursor + 2, close)); advance = close - cursor; }
    } else out += `$${next}`;
    cursor += advance;
    checkpoint = cursor + 1;
  }
  return out + input.slice(checkpoint);
}

/** fieldpath.FormatMap: `key="value"` lines in key order. */
function formatMap(m: Readonly<Record<string, string>> | undefined): string {
  return Object.keys(m ?? {}).sort().map((k) => `${k}=${JSON.stringify(m![k])}`).join('\n');
}

/**
 * podFieldSelectorRuntimeValue: the value of a downward-API `fieldRef` (spec R5.3); IP lists
 * are comma-joined with no spaces. Throws the kubelet's error for an unsupported path.
 */
export function downwardApiValue(pod: Pod, fieldRef: { apiVersion?: string; fieldPath: string }): string {
  const conv = convertDownwardApiFieldLabel(fieldRef.apiVersion ?? 'v1', fieldRef.fieldPath);
  if ('error' in conv) throw new Error(conv.error);
  const ips = podIps(pod);
  const hostIps = (pod.status?.hostIPs ?? []).map((h) => h.ip);
  if (!hostIps.length && pod.status?.hostIP) hostIps.push(pod.status.hostIP);
  const { path, subscript } = splitMaybeSubscriptedPath(conv.path);
  if (subscript !== undefined) return (path === 'metadata.labels' ? pod.metadata.labels : pod.metadata.annotations)?.[subscript] ?? '';
  switch (path) {
    case 'spec.nodeName': return pod.spec.nodeName ?? '';
    case 'spec.serviceAccountName': return pod.spec.serviceAccountName ?? '';
    case 'status.hostIP': return hostIps[0] ?? '';
    case 'status.hostIPs': return hostIps.join(',');
    case 'status.podIP': return ips[0] ?? '';
    case 'status.podIPs': return ips.join(',');
    case 'metadata.name': return pod.metadata.name;
    case 'metadata.namespace': return pod.metadata.namespace ?? '';
    case 'metadata.uid': return pod.metadata.uid;
    case 'metadata.labels': return formatMap(pod.metadata.labels);
    case 'metadata.annotations': return formatMap(pod.metadata.annotations);
    default: throw new Error(`unsupported fieldPath: ${path}`);
  }
}

/**
 * makeEnvironmentVariables: the container's `env` in order, each value expanded against the
 * variables declared before it and then `serviceEnv`; service variables the container does
 * not redefine come first. Upstream emits both groups in Go map order (random); this order is
 * the deterministic stand-in.
 */
export function kubeletEnv(pod: Pod, container: Container, serviceEnv: readonly { name: string; value: string }[]): EnvPair[] {
  const declared = new Map<string, string>();
  const services = new Map(serviceEnv.map((e) => [e.name, e.value]));
  const mapping = (name: string) => declared.get(name) ?? services.get(name) ?? `$(${name})`;
  for (const ev of container.env ?? []) {
    let value = ev.value ?? '';
    if (value) value = expandEnvValue(value, mapping);
    else if (ev.valueFrom?.fieldRef) value = downwardApiValue(pod, ev.valueFrom.fieldRef);
    declared.delete(ev.name);
    declared.set(ev.name, value);
  }
  return [...[...services].filter(([k]) => !declared.has(k)), ...declared];
}

/** containerd WithEnv: an existing key keeps its place and takes the new value. */
function replaceOrAppend(env: EnvPair[], pairs: readonly EnvPair[]): void {
  for (const [k, v] of pairs) {
    const i = env.findIndex(([n]) => n === k);
    if (i >= 0) env[i] = [k, v]; else env.push([k, v]);
  }
}

/**
 * The environment the container's processes get: PATH (containerd's default), HOSTNAME, the
 * image's ENV, the kubelet's variables (`serviceEnv` then the container's `env`), and HOME,
 * which runc appends for root when nothing set it.
 */
export function resolveContainerEnv(pod: Pod, container: Container, serviceEnv: readonly { name: string; value: string }[] = [],
  imageEnv: readonly EnvPair[] = [], clusterDomain = 'cluster.local'): EnvPair[] {
  const env: EnvPair[] = [['PATH', DEFAULT_PATH], ['HOSTNAME', containerHostname(pod, clusterDomain)]];
  replaceOrAppend(env, imageEnv);
  replaceOrAppend(env, kubeletEnv(pod, container, serviceEnv));
  if (!env.some(([k]) => k === 'HOME')) env.push(['HOME', '/root']);
  return env;
}

/** What `env` and `printenv` (GNU and busybox) print: the environment in order. */
export function formatEnv(vars: readonly EnvPair[]): string {
  return vars.map(([k, v]) => `${k}=${v}\n`).join('');
}

/** ash single_quote: always quoted; each run of `'` goes inside double quotes. */
function ashSingleQuote(s: string): string {
  return s.split(/('+)/).map((part, i) => (i % 2 ? `"${part}"` : `'${part}'`))
    .filter((q, i, all) => !(q === "''" && i > 0 && i === all.length - 1)).join('');
}

/** ash endofname: the leading identifier of an env entry's name. */
const ashName = (name: string): string => /^[A-Za-z_][A-Za-z0-9_]*/.exec(name)?.[0] ?? '';

export interface BusyboxSetOptions {
  /** Busybox release (1.28 lacks LINENO, 1.35 added FUNCNAME). Default 1.36.1. */
  version?: string;
  /** The shell's working directory (the container's workingDir). Default `/`. */
  pwd?: string;
  /** getppid(): 0 for a process `kubectl exec` starts (its parent is outside the pid namespace). */
  ppid?: number;
  /** Shell variables the script set before `set` ran. */
  extras?: readonly EnvPair[];
}

function versionAtLeast(v: string, major: number, minor: number): boolean {
  const [a, b] = v.split('.').map(Number);
  return a > major || (a === major && (b ?? 0) >= minor);
}

/**
 * busybox ash `set` (showvars): every set variable, sorted by name bytes, as
 * `NAME='value'`. An env entry whose name is not an identifier prints its leading identifier
 * alone. Shell variables: IFS, OPTIND, PPID, PS1 (FANCY_PROMPT build), PS2, PS4, PWD, SHLVL,
 * LINENO and FUNCNAME (never looked up, so empty).
 */
export function formatBusyboxSet(vars: readonly EnvPair[], opts: BusyboxSetOptions = {}): string {
  const version = opts.version ?? '1.36.1';
  const v = new Map<string, string | undefined>([['PS1', '\\w \\$ '], ['PS2', '> '], ['PS4', '+ ']]);
  if (versionAtLeast(version, 1, 29)) v.set('LINENO', '');
  if (versionAtLeast(version, 1, 35)) v.set('FUNCNAME', '');
  for (const [k, val] of vars) v.set(k, val);
  const shlvl = Number.parseInt(v.get('SHLVL') ?? '0', 10) || 0;
  v.set('IFS', ' \t\n').set('OPTIND', '1').set('PPID', String(opts.ppid ?? 0)).set('SHLVL', String(shlvl + 1)).set('PWD', opts.pwd ?? '/');
  for (const [k, val] of opts.extras ?? []) v.set(k, val);
  return [...v].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, val]) => {
    const name = ashName(k);
    return name === k ? `${k}=${ashSingleQuote(val ?? '')}\n` : `${name}\n`;
  }).join('');
}

const SHELL_METAS = new Set(' \t\n\'"\\|&;()<>!{}*[?]^$`');

/** bash print_var_value: $'...' for non-printables, '...' for shell metacharacters, else bare. */
export function bashQuote(s: string): string {
  if ([...s].some((c) => c < ' ' || c > '~')) {
    const esc: Record<string, string> = { '\x1b': 'E', '\x07': 'a', '\v': 'v', '\b': 'b', '\f': 'f', '\n': 'n', '\r': 'r', '\t': 't', '\\': '\\', "'": "'" };
    return `$'${[...s].map((c) => (esc[c] ? `\\${esc[c]}` : c < ' ' || c > '~' ? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}` : c)).join('')}'`;
  }
  const metas = [...s].some((c, i) => SHELL_METAS.has(c) || (c === '~' && (i === 0 || s[i - 1] === '=' || s[i - 1] === ':')) || (c === '#' && i === 0));
  if (!metas) return s;
  return s === "'" ? "\\'" : `'${s.replaceAll("'", "'\\''")}'`;
}

export interface BashSetOptions { pwd?: string; ppid?: number; extras?: readonly EnvPair[] }

/**
 * `bash -c set` in Debian 12's bash 5.2.15 as root: the environment's identifier-named
 * variables and bash's own, sorted in the C locale. The set of bash's own variables is
 * reconstructed from bash's initialize_shell_variables; their values are best-effort.
 */
export function formatBashSet(vars: readonly EnvPair[], opts: BashSetOptions = {}): string {
  const v = new Map<string, string>([['TERM', 'dumb'], ['_', 'bash'], ['SHELL', '/bin/bash']]);
  for (const [k, val] of vars) if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) v.set(k, val);
  const shlvl = (Number.parseInt(v.get('SHLVL') ?? '0', 10) || 0) + 1;
  const own: EnvPair[] = [['BASH', '/usr/bin/bash'], ['BASHOPTS', 'checkwinsize:cmdhist:complete_fullquote:extquote:force_fignore:globasciiranges:globskipdots:hostcomplete:interactive_comments:patsub_replacement:progcomp:promptvars:sourcepath'],
    ['BASH_EXECUTION_STRING', 'set'], ['BASH_LOADABLES_PATH', '/usr/local/lib/bash:/usr/lib/bash:/opt/local/lib/bash:/usr/pkg/lib/bash:/opt/pkg/lib/bash:.'],
    ['BASH_VERSION', '5.2.15(1)-release'], ['EUID', '0'], ['HOSTTYPE', 'x86_64'], ['IFS', ' \t\n'], ['MACHTYPE', 'x86_64-pc-linux-gnu'],
    ['OPTERR', '1'], ['OPTIND', '1'], ['OSTYPE', 'linux-gnu'], ['PPID', String(opts.ppid ?? 0)], ['PS4', '+ '], ['PWD', opts.pwd ?? '/'],
    ['SHELLOPTS', 'braceexpand:hashall:interactive-comments'], ['SHLVL', String(shlvl)], ['UID', '0'], ...(opts.extras ?? [])];
  for (const [k, val] of own) v.set(k, val);
  const lines = [...v].map(([k, val]) => [k, `${k}=${bashQuote(val)}`]);
  const arrays: Record<string, string> = { BASH_ALIASES: '()', BASH_ARGC: '([0]="0")', BASH_ARGV: '()', BASH_CMDS: '()', BASH_LINENO: '()', BASH_SOURCE: '()',
    BASH_VERSINFO: '([0]="5" [1]="2" [2]="15" [3]="1" [4]="release" [5]="x86_64-pc-linux-gnu")', DIRSTACK: '()', GROUPS: '()', PIPESTATUS: '([0]="0")' };
  for (const [k, val] of Object.entries(arrays)) lines.push([k, `${k}=${val}`]);
  return lines.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, line]) => `${line}\n`).join('');
}
