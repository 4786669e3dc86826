// Where `netsim port-forward` goes, resolved on the client as kubectl does
// (polymorphichelpers AttachablePodForObject, translateServicePortToTargetPort): a pod as
// named, or the first running pod a Service or Deployment selects, and the container port.
import { findKind } from '../resources.js';
import type { CommandContext } from '../context.js';
import type { KubeObj } from '../output.js';
import { getOne, listAll } from './fetch.js';

interface PortSpec { name?: string; containerPort?: number }
interface PodLike { metadata?: { name?: string; creationTimestamp?: string }; spec?: { containers?: { ports?: PortSpec[] }[] }; status?: { phase?: string } }

export interface ResolvedForward { pod: string; port: number }

/** kubectl's wording of errors it finds before any request to forward. */
export class ForwardError extends Error {}

function containerPortByName(pod: PodLike, name: string): number | undefined {
  for (const c of pod.spec?.containers ?? []) for (const p of c.ports ?? []) if (p.name === name) return p.containerPort;
  return undefined;
}

function remotePort(pod: PodLike, remote: string): number {
  if (/^\d+$/.test(remote)) return Number(remote);
  const p = containerPortByName(pod, remote);
  if (p === undefined) throw new ForwardError(`Pod '${pod.metadata?.name}' does not have a named port '${remote}'`);
  return p;
}

async function firstPod(ctx: CommandContext, ns: string, selector: Record<string, string>): Promise<PodLike> {
  const labelSelector = Object.entries(selector).map(([k, v]) => `${k}=${v}`).join(',');
  const { items } = await listAll(ctx, findKind('pod')!, { namespace: ns, labelSelector });
  const running = (items as PodLike[]).filter((p) => p.status?.phase === 'Running')
    .sort((a, b) => (a.metadata?.creationTimestamp ?? '').localeCompare(b.metadata?.creationTimestamp ?? '') || (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''));
  if (!running[0]) throw new ForwardError('timed out waiting for the condition');
  return running[0];
}

/** Resolves TYPE/NAME and the remote port of a LOCAL:REMOTE mapping. */
export async function resolveForward(ctx: CommandContext, ns: string, target: string, remote: string): Promise<ResolvedForward> {
  const [kindWord, name] = target.includes('/') ? target.split('/', 2) : ['pod', target];
  const kind = findKind(kindWord);
  if (!kind || !['Pod', 'Service', 'Deployment', 'StatefulSet'].includes(kind.kind)) throw new ForwardError(`cannot attach to ${kindWord}: not implemented`);
  const obj = await getOne(ctx, kind, ns, name) as KubeObj & PodLike & { spec?: { selector?: unknown; ports?: { name?: string; port?: number; targetPort?: number | string }[] } };
  if (kind.kind === 'Pod') {
    if (obj.status?.phase !== 'Running') throw new ForwardError(`unable to forward port because pod is not running. Current status=${obj.status?.phase}`);
    return { pod: name, port: remotePort(obj, remote) };
  }
  if (kind.kind === 'Service') {
    const selector = (obj.spec?.selector ?? {}) as Record<string, string>;
    if (!Object.keys(selector).length) throw new ForwardError(`cannot attach to *v1.Service: invalid service '${name}': Service is defined without a selector`);
    const sp = obj.spec?.ports?.find((p) => String(p.port) === remote || p.name === remote);
    if (!sp) throw new ForwardError(`Service ${name} does not have a service port ${remote}`);
    const pod = await firstPod(ctx, ns, selector);
    const tp = sp.targetPort ?? sp.port!;
    return { pod: pod.metadata!.name!, port: typeof tp === 'number' || /^\d+$/.test(String(tp)) ? Number(tp) : remotePort(pod, String(tp)) };
  }
  const sel = (obj.spec?.selector as { matchLabels?: Record<string, string> } | undefined)?.matchLabels ?? {};
  const pod = await firstPod(ctx, ns, sel);
  return { pod: pod.metadata!.name!, port: remotePort(pod, remote) };
}
