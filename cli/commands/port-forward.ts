// netsim port-forward TYPE/NAME [LOCAL:]REMOTE...: kubectl port-forward. The CLI owns the real
// listeners (127.0.0.1 and [::1] only) and carries each connection's bytes through one
// Network.PortForward stream per mapping into the simulated pod. Ctrl-C closes it cleanly.
import { createServer, type Server, type Socket } from 'node:net';
import type * as grpc from '@grpc/grpc-js';
import { flagString, UsageError } from '../args.js';
import type { CommandContext } from '../context.js';
import type { Command } from './command.js';
import { ForwardError, resolveForward } from './port-forward-target.js';

interface Res { pod?: string; pod_port?: number; connection?: number; data?: Buffer; closed?: boolean; error?: string }
interface Req { namespace?: string; target?: string; port?: number; connection?: number; data?: Buffer; close?: boolean }

function parseMapping(m: string): { local: number; remote: string } {
  const [a, b] = m.includes(':') ? m.split(':', 2) : [m, m];
  const local = a === '' ? 0 : Number(a);
  if (!Number.isInteger(local) || local < 0 || local > 65535 || b === '') throw new UsageError(`Error parsing local port '${a}': strconv.ParseUint: parsing "${a}": invalid syntax`);
  return { local, remote: b };
}

function listen(host: string, port: number, onSocket: (s: Socket) => void): Promise<Server | undefined> {
  return new Promise((resolve) => {
    const srv = createServer(onSocket);
    srv.once('error', () => resolve(undefined));
    srv.listen({ host, port, exclusive: true }, () => resolve(srv));
  });
}

/** Opens the stream of one mapping and waits for the daemon to accept the target. */
function openStream(ctx: CommandContext, ns: string, pod: string, port: number): Promise<grpc.ClientDuplexStream<Req, Res>> {
  const stream = ctx.client.duplex<Req, Res>('Network', 'PortForward');
  return new Promise((resolve, reject) => {
    stream.once('data', () => resolve(stream));
    stream.once('error', reject);
    stream.write({ namespace: ns, target: `pod/${pod}`, port });
  });
}

async function forward(ctx: CommandContext, ns: string, pod: string, port: number, local: number): Promise<Server[]> {
  const stream = await openStream(ctx, ns, pod, port);
  const sockets = new Map<number, Socket>();
  let next = 1, ended = false;
  const send = (m: Req) => { if (!ended) stream.write(m); };
  stream.on('data', (m: Res) => {
    const s = sockets.get(m.connection ?? 0);
    if (!s) return;
    if (m.error) ctx.io.err(`an error occurred forwarding ${local} -> ${port}: ${m.error}\n`);
    if (m.data?.length) s.write(m.data);
    if (m.closed) { sockets.delete(m.connection ?? 0); s.end(); }
  });
  stream.on('error', (e: Error) => {
    if (ended) return;
    ctx.io.err(`error: lost connection to the daemon: ${e.message}\n`);
    process.exitCode = 1;
    for (const s of sockets.values()) s.destroy();
  });
  const onSocket = (s: Socket) => {
    const id = next++;
    sockets.set(id, s);
    ctx.io.out(`Handling connection for ${boundPort}\n`);
    s.on('data', (d: Buffer) => send({ connection: id, data: d }));
    s.on('end', () => send({ connection: id, close: true }));
    s.on('error', () => sockets.delete(id));
  };
  const v4 = await listen('127.0.0.1', local, onSocket);
  if (!v4) throw new ForwardError(`unable to listen on any of the requested ports: [{${local} ${port}}]`);
  const boundPort = (v4.address() as { port: number }).port;
  const v6 = await listen('::1', boundPort, onSocket);
  ctx.io.out(`Forwarding from 127.0.0.1:${boundPort} -> ${port}\n`);
  if (v6) ctx.io.out(`Forwarding from [::1]:${boundPort} -> ${port}\n`);
  const servers = [v4, ...(v6 ? [v6] : [])];
  stream.on('end', () => servers.forEach((s) => s.close()));
  return Object.assign(servers, { end: () => { ended = true; for (const s of sockets.values()) s.destroy(); stream.end(); } });
}

export const portForwardCommand: Command = {
  name: 'port-forward', summary: 'Forward one or more local ports to a pod',
  usage: 'netsim port-forward TYPE/NAME [LOCAL_PORT:]REMOTE_PORT [...]',
  flags: [],
  async run(ctx, args) {
    const [target, ...maps] = args.positionals;
    if (!target || maps.length === 0) throw new UsageError('TYPE/NAME and list of ports are required for port-forward');
    const ns = flagString(args, 'namespace') ?? 'default';
    const all: (Server[] & { end?: () => void })[] = [];
    try {
      for (const m of maps) {
        const { local, remote } = parseMapping(m);
        const r = await resolveForward(ctx, ns, target, remote);
        all.push(await forward(ctx, ns, r.pod, r.port, local));
      }
    } catch (e) {
      if (e instanceof ForwardError) { ctx.io.err(`error: ${e.message}\n`); all.forEach((s) => { s.forEach((x) => x.close()); s.end?.(); }); return 1; }
      throw e;
    }
    await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
    for (const s of all) { s.forEach((x) => x.close()); s.end?.(); }
    return 0;
  },
};
