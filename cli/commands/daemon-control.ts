// netsim up, down, status and version: start the daemon detached and wait for SERVING, stop it
// through Cluster.Shutdown, report what it runs (scripts poll `status`: exit 0 only when SERVING).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { flagString } from '../args.js';
import type { CommandContext } from '../context.js';
import { NetsimClient } from '../client.js';
import { cliVersion } from '../version.js';
import type { Command } from './command.js';

const DAEMON_ENTRY = fileURLToPath(new URL('../../daemon/main.js', import.meta.url));

interface ClusterInfo {
  version?: string; kubernetes_version?: string; seed?: string;
  listeners?: { unix_socket?: string; tcp_address?: string; dns_address?: string };
  counts?: { nodes?: number; pods?: number; namespaces?: number; deployments?: number; statefulsets?: number };
  config?: { networking?: { ipFamily?: string; podSubnet?: string; serviceSubnet?: string } };
}

async function serving(ctx: CommandContext): Promise<string> {
  try {
    return await ctx.client.health(2_000);
  } catch (e) {
    return `unreachable: ${(e as { details?: string }).details ?? String(e)}`;
  }
}

export const statusCommand: Command = {
  name: 'status', summary: 'Show whether the daemon is serving, and what it runs',
  usage: 'netsim status', flags: [],
  async run(ctx) {
    const health = await serving(ctx);
    if (health !== 'SERVING') {
      ctx.io.err(`netsimd is not serving at ${ctx.target.address}: ${health.startsWith('unreachable') ? 'no daemon answers (start it with netsim up)' : health}\n`);
      return 1;
    }
    const info = await ctx.client.unary<ClusterInfo>('Cluster', 'GetClusterInfo', {});
    const net = info.config?.networking ?? {};
    const c = info.counts ?? {};
    const l = info.listeners ?? {};
    ctx.io.out([
      `netsimd is SERVING at ${ctx.target.address}`,
      `Version:     ${info.version} (Kubernetes ${info.kubernetes_version})`,
      `Seed:        ${info.seed}`,
      `Cluster:     ${net.ipFamily} pods ${net.podSubnet} services ${net.serviceSubnet}`,
      `Objects:     ${c.nodes ?? 0} nodes, ${c.namespaces ?? 0} namespaces, ${c.pods ?? 0} pods, ${c.deployments ?? 0} deployments, ${c.statefulsets ?? 0} statefulsets`,
      `Listeners:   unix://${l.unix_socket}${l.tcp_address ? `, tcp ${l.tcp_address}` : ''}`,
      `DNS:         ${l.dns_address ? `${l.dns_address} (reserved: the cluster DNS server is not built yet)` : 'off'}`,
      '',
    ].join('\n'));
    return 0;
  },
};

export const versionCommand: Command = {
  name: 'version', summary: 'Print the client and server versions',
  usage: 'netsim version', flags: [{ name: 'client', type: 'bool' }],
  async run(ctx, args) {
    ctx.io.out(`Client Version: ${cliVersion()}\n`);
    if (args.flags.get('client')) return 0;
    try {
      const info = await ctx.client.unary<ClusterInfo>('Cluster', 'GetClusterInfo', {}, 5_000);
      ctx.io.out(`Server Version: ${info.version}\nKubernetes Version: ${info.kubernetes_version}\n`);
      return 0;
    } catch {
      ctx.io.err(`The connection to the netsim daemon at ${ctx.target.address} was refused - is it running?\n`);
      return 1;
    }
  },
};

export const upCommand: Command = {
  name: 'up', summary: 'Start the daemon in the background and wait until it serves',
  usage: 'netsim up [--config FILE] [--seed N] [--listen ADDR] [--dns-listen ADDR] [--reset]',
  flags: [{ name: 'config', type: 'string' }, { name: 'seed', type: 'string' }, { name: 'listen', type: 'string' },
    { name: 'dns-listen', type: 'string' }, { name: 'reset', type: 'bool' }, { name: 'real-time', type: 'bool' }, { name: 'timeout', type: 'string' }],
  async run(ctx, args) {
    if (await serving(ctx) === 'SERVING') { ctx.io.out(`netsimd is already serving at ${ctx.target.address}\n`); return 0; }
    const home = ctx.target.home;
    const daemonArgs = ['--home', home];
    for (const f of ['config', 'seed', 'listen', 'dns-listen']) { const v = flagString(args, f); if (v !== undefined) daemonArgs.push(`--${f}`, v); }
    if (args.flags.get('reset')) daemonArgs.push('--reset');
    if (args.flags.get('real-time')) daemonArgs.push('--real-time');
    if (!existsSync(home)) mkdirSync(home, { recursive: true, mode: 0o700 });
    const logFile = join(home, 'netsimd.log');
    const log = openSync(logFile, 'a', 0o600);
    const child = spawn(process.execPath, [DAEMON_ENTRY, ...daemonArgs], { detached: true, stdio: ['ignore', log, log] });
    child.unref();
    let exited: number | null = null;
    child.once('exit', (code) => { exited = code ?? 1; });
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (exited !== null) { ctx.io.err(`netsimd exited with code ${exited} before serving; see ${logFile}\n`); return 1; }
      if (await serving(ctx) === 'SERVING') {
        ctx.io.out(`netsimd is up (pid ${child.pid}) at ${ctx.target.address}; log ${logFile}\n`);
        return 0;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    ctx.io.err(`netsimd did not become healthy within 30s; see ${logFile}\n`);
    return 1;
  },
};

export const downCommand: Command = {
  name: 'down', summary: 'Stop the daemon',
  usage: 'netsim down', flags: [],
  async run(ctx) {
    if (await serving(ctx) !== 'SERVING') { ctx.io.out(`netsimd is not running at ${ctx.target.address}\n`); return 0; }
    await ctx.client.unary('Cluster', 'Shutdown', {});
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const probe = new NetsimClient(ctx.target.address);
      const h = await probe.health(500).catch(() => 'gone');
      probe.close();
      if (h === 'gone') { ctx.io.out('netsimd stopped\n'); return 0; }
      await new Promise((r) => setTimeout(r, 100));
    }
    ctx.io.err('netsimd did not stop within 15s\n');
    return 1;
  },
};
