// tcpdump inside a pod or node (`netsim exec POD -- tcpdump -i eth0 icmp`): tcpdump 4.99's
// options that matter here (-i -n -nn -c -S -l -v), the banner on stderr, one `-n` line per
// packet as the simulation carries it (a following command: the exec stream stays open), and
// the statistics when -c is reached or the stream is cancelled. Writing files (-w) inside a
// container is not simulated: `netsim tcpdump -w FILE` writes pcapng on the host.
import { CaptureSession } from '../../../dataplane/index.js';
import { fail, type CommandHandler, type CommandResult } from '../command.js';

interface Options { iface?: string; count: number; absoluteSeq: boolean; write?: string; expr: string[] }

function parse(argv: readonly string[]): Options | string {
  const o: Options = { count: 0, absoluteSeq: false, expr: [] };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('-') || a === '-') { o.expr.push(...argv.slice(i)); break; }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if ('icwsCWGFrTyzZEBVm'.includes(c)) {
        const v = a.slice(j + 1) || argv[++i];
        if (v === undefined) return `tcpdump: option requires an argument -- '${c}'\n`;
        if (c === 'i') o.iface = v;
        else if (c === 'c') { if (!/^\d+$/.test(v) || Number(v) === 0) return `tcpdump: invalid packet count ${v}\n`; o.count = Number(v); }
        else if (c === 'w') o.write = v;
        break;
      }
      if (c === 'S') o.absoluteSeq = true;
      else if (!'nlvqeptNKxXAU#'.includes(c)) return `tcpdump: invalid option -- '${c}'\n`;
    }
  }
  return o;
}

export const tcpdump: CommandHandler = (ctx, argv): CommandResult => {
  const o = parse(argv);
  if (typeof o === 'string') return fail(o, 1);
  const net = ctx.exec.net;
  if (!net) return fail('tcpdump: the dataplane is not running\n', 1);
  if (o.write !== undefined) return fail(`tcpdump: ${o.write}: writing captures inside a container is not simulated; use netsim tcpdump -w FILE\n`, 1);
  const ifaces = net.interfaces();
  const iface = o.iface ?? ifaces.find((n) => n !== 'lo') ?? 'lo';
  if (!ifaces.includes(iface)) return fail(`tcpdump: ${iface}: No such device exists\n(SIOCGIFHWADDR: No such device)\n`, 1);
  const opened = CaptureSession.open({ iface, description: ctx.exec.hostname, filter: o.expr.join(' '), count: o.count, format: 'text', absoluteSeq: o.absoluteSeq });
  if (!opened.ok) return fail(`${opened.error}\n`, 1);
  const session = opened.session;
  return {
    stdout: '', stderr: session.banner(), exitCode: 0,
    follow: (io, signal) => new Promise<number>((resolve) => {
      let stop = (): void => undefined, ended = false;
      const finish = () => {
        if (ended) return;
        ended = true; stop(); signal.removeEventListener('abort', finish);
        io.stderr(session.stats());
        resolve(0);
      };
      stop = net.capture(iface, (p) => {
        const out = session.accept(p);
        if (out && 'line' in out) io.stdout(`${out.line}\n`);
        if (session.done) finish();
      });
      if (signal.aborted) finish(); else signal.addEventListener('abort', finish, { once: true });
    }),
  };
};
