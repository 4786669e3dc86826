// netsimd's command line (product.md "Daemon flags"), parsed strictly: an unknown flag or a
// bad value is a start error naming the flag. Imports only node:util.
import { parseArgs } from 'node:util';

export interface DaemonFlags {
  config?: string;
  home?: string;
  reset: boolean;
  listen?: string;
  dnsListen: string;
  workers?: number;
  seed?: number;
  realTime: boolean;
  metricsListen: string;
  help: boolean;
  version: boolean;
}

export const USAGE = `Usage: netsimd [flags]

Runs the kube-netsim daemon in the foreground.

Flags:
  --config FILE            cluster config (kind-like YAML); fixed when the home is first initialised
  --home DIR               state directory (default $NETSIM_HOME, else ~/.netsim)
  --reset                  discard the stored cluster and start afresh
  --listen ADDR            also serve gRPC on TCP (loopback only), e.g. 127.0.0.1:50051
  --dns-listen ADDR|:0|off cluster DNS listener (default 127.0.0.1:10053)
  --workers N              dataplane worker threads (default: one per core)
  --seed N                 make every random choice repeatable
  --real-time              pace the simulation to the wall clock
  --metrics-listen ADDR|off  Prometheus metrics listener (default off)
  --version                print the version and exit
`;

export class FlagError extends Error {}

export function parseDaemonFlags(argv: readonly string[]): DaemonFlags {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv], allowPositionals: false, strict: true,
      options: {
        config: { type: 'string' }, home: { type: 'string' }, reset: { type: 'boolean' },
        listen: { type: 'string' }, 'dns-listen': { type: 'string' }, workers: { type: 'string' },
        seed: { type: 'string' }, 'real-time': { type: 'boolean' }, 'metrics-listen': { type: 'string' },
        help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' },
      },
    });
  } catch (e) {
    throw new FlagError((e as Error).message);
  }
  const v = parsed.values;
  return {
    config: v.config, home: v.home, reset: v.reset ?? false, listen: v.listen,
    dnsListen: v['dns-listen'] ?? '127.0.0.1:10053',
    workers: v.workers === undefined ? undefined : intFlag('--workers', v.workers, 1, 256),
    seed: v.seed === undefined ? undefined : intFlag('--seed', v.seed, 0, 0xffffffff),
    realTime: v['real-time'] ?? false, metricsListen: v['metrics-listen'] ?? 'off',
    help: v.help ?? false, version: v.version ?? false,
  };
}

function intFlag(name: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) throw new FlagError(`invalid value "${text}" for ${name}: must be an integer from ${min} to ${max}`);
  return n;
}
