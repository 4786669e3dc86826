// The Network API of the cluster: ping, traceroute, one exchange and a traced packet from a
// pod or a node named as the CLI names them ("pod/NAME" in a namespace, "node/NAME"). Errors:
// NotFound for a missing pod or node, BadRequest for a bad source, destination or option.
import type { ConnectOptions, ConnectResult, EchoOptions, EchoResult, NetAccess, TracerouteOptions, TracerouteResult } from '../exec/net.js';
import type { ProbeSpec, TraceStep } from '../../dataplane/index.js';
import { familyOf } from '../../dataplane/wire/ip.js';
import { BadRequestError } from '../domain/errors.js';
import type { IpFamily } from '../domain/types.js';
import type { ClusterCore } from './core.js';
import { getObject } from './reads.js';

export interface NetworkSource { namespace: string; access: NetAccess; netns: string }

export interface TraceResult { source: string; destination: string; steps: TraceStep[]; delivered: boolean }

export class NetworkApi {
  constructor(private readonly c: ClusterCore) {}

  /** The namespace and NetAccess behind "pod/NAME" (in `namespace`) or "node/NAME". */
  source(namespace: string, ref: string): NetworkSource {
    const [kind, name, extra] = ref.split('/');
    if (!name || extra !== undefined) throw new BadRequestError(`source must be pod/NAME or node/NAME, not "${ref}"`);
    if (kind === 'node' || kind === 'nodes' || kind === 'no') {
      const node = getObject(this.c.store, 'Node', undefined, name);
      return { namespace: '', access: this.c.network.accessForNode(node), netns: `node/${name}` };
    }
    if (kind !== 'pod' && kind !== 'pods' && kind !== 'po') throw new BadRequestError(`source must be pod/NAME or node/NAME, not "${ref}"`);
    const pod = getObject(this.c.store, 'Pod', namespace, name);
    if (pod.status.phase !== 'Running') throw new BadRequestError(`pod ${name} is not running (phase ${pod.status.phase})`);
    return { namespace, access: this.c.network.accessForPod(pod), netns: this.c.network.namespaceOfPod(pod) };
  }

  ping(src: NetworkSource, opts: EchoOptions): EchoResult { return src.access.echo(opts); }
  traceroute(src: NetworkSource, opts: TracerouteOptions): TracerouteResult { return src.access.traceroute(opts); }
  connect(src: NetworkSource, opts: ConnectOptions): ConnectResult { return src.access.connect(opts); }

  /**
   * Names for a capture file's name resolution block: nodes by name, pods as NAME.NAMESPACE,
   * ClusterIPs by the Service's FQDN, so Wireshark shows who is talking.
   */
  captureNames(): { address: string; names: string[] }[] {
    const out: { address: string; names: string[] }[] = [];
    const domain = this.c.config.dnsDomain;
    for (const n of this.c.store.list('Node')) for (const a of n.status.addresses ?? []) if (a.type === 'InternalIP') out.push({ address: a.address, names: [n.metadata.name] });
    for (const p of this.c.store.list('Pod')) if (!p.spec.hostNetwork) for (const ip of p.status.podIPs ?? []) out.push({ address: ip.ip, names: [`${p.metadata.name}.${p.metadata.namespace}`] });
    for (const s of this.c.store.list('Service')) {
      for (const ip of s.spec.clusterIPs ?? []) if (ip !== 'None') out.push({ address: ip, names: [`${s.metadata.name}.${s.metadata.namespace}.svc.${domain}`] });
    }
    return out;
  }

  /** One packet's path. Errors: BadRequest when `dst` is not an address or the source has no route. */
  trace(src: NetworkSource, spec: ProbeSpec): TraceResult {
    const r = this.c.network.trace(src.netns, spec);
    if ('error' in r) throw new BadRequestError(`${src.netns} has no route to ${spec.dst}: Network is unreachable`);
    const route = src.access.route(spec.dst);
    return { source: route.ok ? route.src : '', destination: spec.dst, steps: r.steps, delivered: r.delivered };
  }
}

/** The family to use for `dst` (an address literal), checked against an explicit choice. Errors: BadRequest. */
export function destinationFamily(dst: string, asked: string): IpFamily {
  const fam = familyOf(dst);
  if (!fam) throw new BadRequestError(`destination must be an IP address: "${dst}"`);
  if (asked && asked !== fam) throw new BadRequestError(`destination ${dst} is not an ${asked} address`);
  return fam;
}
