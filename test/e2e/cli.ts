// E2E helpers over the built binaries: `netsim` run with $NETSIM_HOME (so words after `--` stay the
// command's own, which TestDaemon.netsim's trailing --home would break), one-shot netsimd runs that
// must fail at start, bounded polling, and address-family checks. Imports nothing from the product.
import { spawnSync } from 'node:child_process';
import ipaddr from 'ipaddr.js';
import * as assert from 'uvu/assert';
import { CLI, DAEMON, type CliResult, type TestDaemon } from '../support/daemon.js';

export type Family = 'IPv4' | 'IPv6';

function childEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NETSIM_HOME: home };
  delete env.NETSIM_ADDRESS;
  return env;
}

/** `netsim ARGS` with the home taken from $NETSIM_HOME, as a user with an exported home types it. */
export function netsimIn(home: string, args: string[], input?: string): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', timeout: 60_000, env: childEnv(home) });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status ?? -1 };
}

/** Runs netsimd in the foreground and returns how it ended: for starts that must be refused. */
export function daemonOnce(home: string, args: string[]): CliResult {
  const r = spawnSync(process.execPath, [DAEMON, '--home', home, '--dns-listen', 'off', ...args],
    { encoding: 'utf8', timeout: 20_000, killSignal: 'SIGKILL', env: childEnv(home) });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status ?? -1 };
}

/** Runs a command that must succeed and returns its stdout; the failure message carries stderr. */
export function ok(d: TestDaemon, args: string[], input?: string): string {
  const r = d.netsim(args, input);
  assert.is(r.code, 0, `netsim ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return r.stdout;
}

/** Repeats `probe` (each call is a CLI round trip, no sleeping) until `done` holds; returns the last value. */
export function until<T>(probe: () => T, done: (v: T) => boolean, attempts = 40): T {
  let v = probe();
  for (let i = 1; i < attempts && !done(v); i++) v = probe();
  return v;
}

export function familyOf(ip: string): Family {
  return ipaddr.parse(ip).kind() === 'ipv4' ? 'IPv4' : 'IPv6';
}

export function cidrFamily(cidr: string): Family {
  return familyOf(cidr.split('/')[0]!);
}

/** True when `ip` lies inside `cidr` (same family). */
export function inCidr(ip: string, cidr: string): boolean {
  const addr = ipaddr.parse(ip);
  const [net, bits] = ipaddr.parseCIDR(cidr);
  return addr.kind() === net.kind() && addr.match(net, bits);
}

/** The pod's `status.podIPs`, read as a user would with -o jsonpath. */
export function podIPs(d: TestDaemon, name: string, ns = 'default'): string[] {
  const out = ok(d, ['get', 'pod', name, '-n', ns, '-o', 'jsonpath={.status.podIPs[*].ip}']);
  return out.split(' ').filter((s) => s !== '');
}
