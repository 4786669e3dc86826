// netsim tcpdump -i pod/NAME[:IFACE]|node/NAME[:IFACE] [-n] [-c N] [-S] [-w FILE] [EXPRESSION]:
// tcpdump on a simulated interface through Network.Capture. Lines go to stdout and the banner
// and statistics to stderr, as tcpdump does; -w writes pcapng (`-w -`: to stdout), block by
// block, so Ctrl-C leaves a whole file.
import { closeSync, openSync, writeSync } from 'node:fs';
import { flagBool, flagString, UsageError } from '../args.js';
import type { Command } from './command.js';

interface Chunk { line?: string; pcapng?: Buffer; banner?: string; summary?: string }

/** `pod/web-0:eth0` → target and interface (eth0 by default). */
export function parseCaptureTarget(s: string): { target: string; iface: string } {
  const m = s.match(/^((?:pod|pods|po|node|nodes|no)\/[^:]+)(?::(.+))?$/);
  if (!m) throw new UsageError(`-i must be pod/NAME[:IFACE] or node/NAME[:IFACE], not "${s}"`);
  return { target: m[1], iface: m[2] ?? 'eth0' };
}

function stats(n: number): string {
  return `${n} packet${n === 1 ? '' : 's'} captured\n${n} packet${n === 1 ? '' : 's'} received by filter\n0 packets dropped by kernel\n`;
}

export const tcpdumpCommand: Command = {
  name: 'tcpdump', summary: 'Capture packets on a pod or node interface',
  usage: 'netsim tcpdump -i pod/NAME|node/NAME [-n] [-c N] [-S] [-w FILE] [EXPRESSION]',
  flags: [
    { name: 'interface', short: 'i', type: 'string' }, { name: 'count', short: 'c', type: 'string' },
    { name: 'write', short: 'w', type: 'string' }, { name: 'numeric', short: 'n', type: 'bool' }, { name: 'absolute-seq', short: 'S', type: 'bool' },
  ],
  async run(ctx, args) {
    const i = flagString(args, 'interface');
    if (!i) throw new UsageError('-i pod/NAME or -i node/NAME is required');
    const { target, iface } = parseCaptureTarget(i);
    const countText = flagString(args, 'count') ?? '0';
    const count = Number(countText);
    if (!/^\d+$/.test(countText)) throw new Error(`tcpdump: invalid packet count ${countText}`);
    const file = flagString(args, 'write');
    const fd = file === undefined ? undefined : file === '-' ? 1 : openSync(file, 'w');
    const ac = new AbortController();
    process.once('SIGINT', () => ac.abort());
    let captured = 0, summary = '';
    const req = {
      namespace: flagString(args, 'namespace') ?? 'default', target, interface: iface, filter: [...args.positionals, ...args.rest].join(' '),
      count, format: fd === undefined ? 'text' : 'pcapng', absolute_seq: flagBool(args, 'absolute-seq'),
    };
    try {
      await ctx.client.stream<Chunk>('Network', 'Capture', req, (m) => {
        if (m.banner) ctx.io.err(m.banner);
        if (m.summary) summary = m.summary;
        if (m.line) { captured++; ctx.io.out(`${m.line}\n`); }
        if (m.pcapng?.length && fd !== undefined) { writeSync(fd, m.pcapng); if (!m.banner) captured++; }
      }, { signal: ac.signal, timeoutMs: 0 });
    } finally {
      if (fd !== undefined && fd !== 1) closeSync(fd);
    }
    ctx.io.err(summary || `\n${stats(captured)}`);
    return 0;
  },
};
