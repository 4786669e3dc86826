// netsim trace pod/NAME|node/NAME --to ADDRESS [--proto icmp|tcp|udp] [--port N]: one packet's
// path through the simulated network (Network.Trace), a step per namespace it crossed with
// the route that matched, the action and, for drops, the reason.
import { flagString, UsageError } from '../args.js';
import { tabwrite } from '../print/tabwriter.js';
import type { Command } from './command.js';

interface Step { namespace?: string; in_interface?: string; action?: string; route?: string; out_interface?: string; next?: string; reason?: string; generated?: string; nat?: string; at_ns?: string }
interface TraceResponse { source_address?: string; destination_address?: string; steps?: Step[]; verdict?: string }

const reasonText = (r: string | undefined) => (r && r !== 'DROP_REASON_UNSPECIFIED' ? r.replace('DROP_REASON_', '') : '');
const usTime = (ns: string | undefined) => `${(Number(ns ?? 0) / 1000).toFixed(3)}µs`;

/** The trace as people read it: a header, one row per step, the verdict. */
export function renderTrace(source: string, protocol: string, port: string, r: TraceResponse): string {
  const to = `${r.destination_address}${protocol === 'icmp' ? '' : `:${port}`}`;
  const rows = ['STEP\tNAMESPACE\tIN\tROUTE\tACTION\tDETAIL\tTIME'];
  (r.steps ?? []).forEach((s, i) => {
    const detail = s.action === 'FORWARD' ? `${s.out_interface} -> ${s.next}` : s.action === 'DROP' ? [reasonText(s.reason), s.generated ? `sent ${s.generated}` : ''].filter(Boolean).join(', ') : '';
    rows.push([String(i + 1), s.namespace ?? '', s.in_interface || '-', s.route || '-', s.action ?? '', detail || '-', usTime(s.at_ns)].join('\t'));
  });
  const nat = (r.steps ?? []).map((s, i) => (s.nat ? `step ${i + 1}: ${s.nat}\n` : '')).join('');
  return `trace ${protocol} from ${source} (${r.source_address}) to ${to}\n${tabwrite(`${rows.join('\n')}\n`)}${nat}verdict: ${r.verdict}\n`;
}

export const traceCommand: Command = {
  name: 'trace', summary: 'Show the path of one packet through the simulated network',
  usage: 'netsim trace pod/NAME|node/NAME --to ADDRESS [--proto tcp|udp|icmp] [--port N]',
  flags: [{ name: 'to', type: 'string' }, { name: 'proto', type: 'string' }, { name: 'port', type: 'string' }],
  async run(ctx, args) {
    const [source] = args.positionals;
    const to = flagString(args, 'to');
    if (!source || !to) throw new UsageError('usage: netsim trace pod/NAME|node/NAME --to ADDRESS [--proto tcp|udp|icmp] [--port N]');
    const protocol = (flagString(args, 'proto') ?? 'icmp').toLowerCase();
    const port = flagString(args, 'port') ?? '';
    if (port && !/^\d+$/.test(port)) throw new UsageError(`invalid argument "${port}" for "--port" flag: strconv.ParseInt: parsing "${port}": invalid syntax`);
    const source2 = /^(pod|pods|po|node|nodes|no)\//.test(source) ? source : `pod/${source}`;
    const r = await ctx.client.unary<TraceResponse>('Network', 'Trace', {
      namespace: flagString(args, 'namespace') ?? 'default', source: source2, destination: to, protocol: protocol.toUpperCase(), port: Number(port || 0),
    });
    ctx.io.out(renderTrace(source2, protocol, port, r));
    return r.verdict === 'DELIVERED' ? 0 : 1;
  },
};
