// A scripted NetAccess for the client-tool tests (curl, wget, nc): each `addr port/proto` either
// reaches a dataplane/apps server (respond() makes the bytes real) or fails as scripted; plus a
// stub name lookup standing in for /etc/hosts. Test-only.
import { respond, type AppSpec } from '../../dataplane/apps/index.js';
import type { CommandContext, CommandResult, Flavor } from '../../daemon/exec/command.js';
import type { Lookup } from '../../daemon/exec/commands/net-client.js';
import type { ConnectOptions, ConnectResult, IcmpErrorKind, NetAccess } from '../../daemon/exec/net.js';
import { pod, podContext } from './fixtures.js';

export type Script =
  | { app: AppSpec; hostname?: string }
  /** A server that sends these bytes, with the exchange's timing (ms). */
  | { raw: string; connectMs?: number; totalMs?: number }
  | { bare: true }
  | { refused: true }
  | { drop: true }
  | { stall: true }
  | { icmp: IcmpErrorKind }
  | { noRoute: true };

export const NOW_MS = Date.UTC(2024, 4, 1, 10, 0, 5);

/** The NetAccess the client tools use (connect, route); the other methods are not needed here. */
export interface FakeNet extends Pick<NetAccess, 'connect' | 'route'> { calls: ConnectOptions[] }

/** `scripts` keyed `10.96.0.12 80/TCP`; anything else is refused. */
export function fakeNet(scripts: Record<string, Script>, src = { v4: '10.244.1.7', v6: 'fd00:10:244:1::7' }): FakeNet {
  const calls: ConnectOptions[] = [];
  const connect = (o: ConnectOptions): ConnectResult => {
    calls.push(o);
    const s = scripts[`${o.dst} ${o.port}/${o.protocol}`] ?? { refused: true };
    if ('refused' in s) return { outcome: 'refused', elapsedMs: 0 };
    if ('noRoute' in s) return { outcome: 'network-unreachable' };
    if ('icmp' in s) return { outcome: 'unreachable', elapsedMs: 3, error: s.icmp };
    if ('drop' in s) return { outcome: 'timeout', elapsedMs: o.connectTimeoutMs, phase: 'connect' };
    if ('stall' in s) return { outcome: 'timeout', elapsedMs: o.totalTimeoutMs ?? 900_000, phase: 'transfer' };
    const srcAddr = o.family === 'IPv6' ? src.v6 : src.v4;
    if ('raw' in s) {
      return { outcome: 'ok', src: srcAddr, srcPort: 43210, response: Uint8Array.from(s.raw, (c) => c.charCodeAt(0)), connectMs: s.connectMs ?? 0.1, totalMs: s.totalMs ?? 0.45 };
    }
    const response = 'bare' in s ? new Uint8Array(0) : respond(s.app, o.protocol, o.request, {
      podName: s.hostname ?? 'web-0', hostname: s.hostname ?? 'web-0', clientAddr: srcAddr, clientPort: 43210,
      serverAddr: o.dst, serverPort: o.port, nowMs: NOW_MS, startedMs: NOW_MS - 5000,
    }) ?? new Uint8Array(0);
    return { outcome: 'ok', src: srcAddr, srcPort: 43210, response, connectMs: 0.1, totalMs: 0.45 };
  };
  return {
    calls, connect,
    route: (dst) => ({ ok: true, family: dst.includes(':') ? 'IPv6' : 'IPv4', src: dst.includes(':') ? src.v6 : src.v4 }),
  };
}

/** A CommandContext for `image` in a pod on netsim-worker, with `net` as its dataplane. */
export function toolContext(image: string, net: FakeNet, flavor: Flavor, stdin = ''): CommandContext {
  const exec = podContext(pod('client', image, ['10.244.1.7', 'fd00:10:244:1::7']), { net: net as unknown as NetAccess });
  return { exec, flavor, mode: 'exec', stdin, env: exec.env, readFile: (p) => exec.files.get(p), listFiles: () => [...exec.files.keys()] };
}

/** stdout, stderr and the exit code as one golden text. */
export function transcript(argv: readonly string[], r: CommandResult): string {
  return `$ ${argv.join(' ')}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}\n--- exit ${r.exitCode}${r.blocks ? ' (still running)' : ''}\n`;
}

/** A stub of resolve.ts: names from a table, IP literals as given. */
export function stubLookup(names: Record<string, string[]>): Lookup {
  return (_ctx, name, family) => (names[name] ?? []).filter((a) => !family || (family === 'IPv6') === a.includes(':'));
}
