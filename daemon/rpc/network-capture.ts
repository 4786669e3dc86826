// Network.Capture: attaches a capture to one interface of a pod's or a node's namespace and
// streams tcpdump lines (or pcapng blocks) as the simulation carries packets, until the count
// is reached or the client cancels.
import { CaptureSession, type CaptureOutput } from '../../dataplane/index.js';
import type { Cluster } from '../cluster/cluster.js';
import { NetworkApi } from '../cluster/network-api.js';
import { BadRequestError } from '../domain/errors.js';
import type { Send } from './adapt.js';

export interface CaptureRequest { namespace?: string; target?: string; interface?: string; filter?: string; count?: number; format?: string; absolute_seq?: boolean }

interface Chunk { line?: string; pcapng?: Buffer; banner?: string; summary?: string }

export async function captureStream(c: Cluster, req: CaptureRequest, send: Send<Chunk>, signal: AbortSignal): Promise<void> {
  const api = new NetworkApi(c);
  const src = api.source(req.namespace || 'default', req.target ?? '');
  const iface = req.interface || 'eth0';
  if (!c.network.interfacesOf(src.netns).includes(iface)) throw new BadRequestError(`tcpdump: ${iface}: No such device exists`);
  const format = req.format === 'pcapng' ? 'pcapng' : 'text';
  const opened = CaptureSession.open({
    iface, description: `${src.netns.replace('/', ' ')}`, filter: req.filter ?? '', count: req.count ?? 0, format, absoluteSeq: req.absolute_seq ?? false,
    ...(format === 'pcapng' ? { names: api.captureNames() } : {}),
  });
  if (!opened.ok) throw new BadRequestError(opened.error);
  const session = opened.session;
  const queue: CaptureOutput[] = [];
  let wake: (() => void) | undefined;
  const detach = c.network.capture(src.netns, iface, (p) => {
    const out = session.accept({ data: p.data, atMs: p.atMs, direction: p.direction, ...(p.note ? { note: p.note } : {}) });
    if (!out) return;
    queue.push(out);
    wake?.();
  });
  const onAbort = () => wake?.();
  signal.addEventListener('abort', onAbort);
  try {
    await send(format === 'pcapng' ? { banner: session.banner(), pcapng: Buffer.from(session.header()) } : { banner: session.banner() });
    for (;;) {
      while (queue.length) {
        const o = queue.shift()!;
        await send('line' in o ? { line: o.line } : { pcapng: Buffer.from(o.block) });
      }
      if (signal.aborted) return;
      if (session.done) { await send({ summary: session.stats() }); return; }
      await new Promise<void>((resolve) => { wake = resolve; });
      wake = undefined;
    }
  } finally {
    detach();
    signal.removeEventListener('abort', onAbort);
  }
}
