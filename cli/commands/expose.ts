// netsim expose deployment/NAME|pod/NAME|service/NAME --port=N ...: the Service kubectl expose
// builds (kubectl/pkg/cmd/expose expose.go createService, polymorphichelpers MapBasedSelectorForObject,
// PortsForObject, ProtocolsForObject), created through Services.CreateService.
import { fromPlainObject } from '../../proto/to-plain.js';
import { flagString, UsageError } from '../args.js';
import type { Command } from './command.js';
import { getOne } from './fetch.js';
import { parseTargets } from './targets.js';

export interface ExposeFlags {
  port?: string;
  targetPort?: string;
  protocol?: string;
  type?: string;
  name?: string;
  selector?: string;
  labels?: string;
  clusterIP?: string;
}

type Obj = {
  metadata?: { name?: string; namespace?: string; labels?: Record<string, string> };
  spec?: {
    selector?: Record<string, string> | { matchLabels?: Record<string, string>; matchExpressions?: unknown[] };
    template?: { spec?: PodSpecShape };
    containers?: ContainerShape[];
    ports?: { port?: number; protocol?: string }[];
  };
};
type ContainerShape = { ports?: { containerPort?: number; protocol?: string }[] };
type PodSpecShape = { containers?: ContainerShape[] };

export interface ExposedService {
  apiVersion: 'v1';
  kind: 'Service';
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec: {
    ports: { name?: string; port: number; protocol: string; targetPort: number | string }[];
    selector: Record<string, string>;
    type?: string;
    clusterIP?: string;
  };
}

const DNS1035_LABEL_MAX = 63;

/**
 * The Service `kubectl expose KIND/NAME` creates for `obj` (a Deployment, Pod or Service); the
 * apiserver validates the rest (an unknown --type included). Throws Error with kubectl's message.
 */
export function serviceForExpose(kind: string, obj: Obj, flags: ExposeFlags): ExposedService {
  const selector = flags.selector !== undefined ? parseLabels(flags.selector) : selectorFor(kind, obj);
  const portText = flags.port ?? portsFor(kind, obj).join(',');
  if (!portText) throw new Error("couldn't find port via --port flag or introspection");
  const name = (flags.name || obj.metadata?.name || '').slice(0, DNS1035_LABEL_MAX);
  const labels = flags.labels !== undefined ? parseLabels(flags.labels) : obj.metadata?.labels;
  const svc: ExposedService = {
    apiVersion: 'v1', kind: 'Service',
    metadata: { name, ...(obj.metadata?.namespace ? { namespace: obj.metadata.namespace } : {}), ...(labels && Object.keys(labels).length ? { labels } : {}) },
    spec: { ports: servicePorts(portText, flags.protocol, protocolsFor(kind, obj), flags.targetPort), selector },
  };
  if (flags.type) svc.spec.type = flags.type;
  if (flags.clusterIP) svc.spec.clusterIP = flags.clusterIP;
  return svc;
}

// createService: one port per --port entry (named port-N when there are several); without
// --protocol, a port the resource serves over several protocols gets one entry per protocol.
function servicePorts(portText: string, protocol: string | undefined, protocols: Map<string, string[]>, targetPortText?: string) {
  const entries = portText.split(',');
  const ports: ExposedService['spec']['ports'] = [];
  entries.forEach((text, i) => {
    const port = atoi(text);
    const name = entries.length > 1 ? `port-${i + 1}` : undefined;
    const known = protocols.get(text) ?? [];
    if (!protocol && known.length > 1) {
      for (const p of known) ports.push({ name: `port-${i + 1}-${p.toLowerCase()}`, port, protocol: p, targetPort: port });
      return;
    }
    ports.push({ ...(name ? { name } : {}), port, protocol: protocol || known[0] || 'TCP', targetPort: port });
  });
  if (targetPortText) {
    const n = Number(targetPortText);
    const target = /^[+-]?\d+$/.test(targetPortText) && Number.isSafeInteger(n) ? n : targetPortText;
    for (const p of ports) p.targetPort = target;
  }
  return ports;
}

function atoi(text: string): number {
  if (!/^[+-]?\d+$/.test(text)) throw new Error(`strconv.Atoi: parsing ${JSON.stringify(text)}: invalid syntax`);
  return Number(text);
}

// MapBasedSelectorForObject.
function selectorFor(kind: string, obj: Obj): Record<string, string> {
  const sel = obj.spec?.selector as { matchLabels?: Record<string, string>; matchExpressions?: unknown[] } | Record<string, string> | undefined;
  switch (kind) {
    case 'Deployment': {
      const ls = sel as { matchLabels?: Record<string, string>; matchExpressions?: unknown[] } | undefined;
      if ((ls?.matchExpressions ?? []).length > 0) throw new Error("couldn't convert expressions to map-based selector format");
      return { ...ls?.matchLabels };
    }
    case 'Pod':
      if (Object.keys(obj.metadata?.labels ?? {}).length === 0) throw new Error('the pod has no labels and cannot be exposed');
      return { ...obj.metadata!.labels };
    case 'Service':
      if (!sel || Object.keys(sel).length === 0) throw new Error('the service has no pod selector set');
      return { ...(sel as Record<string, string>) };
    default:
      throw new Error(`cannot expose a ${kind}`);
  }
}

function containersOf(kind: string, obj: Obj): ContainerShape[] {
  if (kind === 'Pod') return obj.spec?.containers ?? [];
  if (kind === 'Deployment') return obj.spec?.template?.spec?.containers ?? [];
  return [];
}

// PortsForObject: container ports in order, or the Service's ports.
function portsFor(kind: string, obj: Obj): string[] {
  if (kind === 'Service') return (obj.spec?.ports ?? []).map((p) => String(p.port ?? 0));
  return containersOf(kind, obj).flatMap((c) => (c.ports ?? []).map((p) => String(p.containerPort ?? 0)));
}

// ProtocolsForObject: port -> the distinct protocols it is served over (TCP when unset).
function protocolsFor(kind: string, obj: Obj): Map<string, string[]> {
  const pairs = kind === 'Service'
    ? (obj.spec?.ports ?? []).map((p) => [String(p.port ?? 0), p.protocol || 'TCP'])
    : containersOf(kind, obj).flatMap((c) => (c.ports ?? []).map((p) => [String(p.containerPort ?? 0), p.protocol || 'TCP']));
  const out = new Map<string, string[]>();
  for (const [port, proto] of pairs) {
    const list = out.get(port) ?? [];
    if (!list.includes(proto)) list.push(proto);
    out.set(port, list);
  }
  return out;
}

/** generate.ParseLabels: `k=v,k2=v2`. */
function parseLabels(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    const kv = part.split('=');
    if (kv.length !== 2 || !kv[0]) throw new Error(`invalid label spec: ${part}`);
    out[kv[0]] = kv[1];
  }
  return out;
}

export const exposeCommand: Command = {
  name: 'expose', summary: 'Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service',
  usage: 'netsim expose deployment/NAME|pod/NAME|service/NAME [--port=N] [--target-port=N|NAME] [--type=TYPE] [--name=NAME] [--protocol=TCP] [--selector=K=V]',
  flags: [
    { name: 'port', type: 'string' }, { name: 'target-port', type: 'string' }, { name: 'protocol', type: 'string' },
    { name: 'type', type: 'string' }, { name: 'name', type: 'string' }, { name: 'selector', type: 'string' },
    { name: 'labels', short: 'l', type: 'string' }, { name: 'cluster-ip', type: 'string' },
  ],
  async run(ctx, args) {
    const targets = parseTargets(args.positionals);
    if (targets.length !== 1 || targets[0].names.length !== 1) throw new UsageError('You must provide the resource name, as in "netsim expose deployment/NAME"');
    const { kind, names: [name] } = targets[0];
    const obj = await getOne(ctx, kind, flagString(args, 'namespace') ?? 'default', name);
    const svc = serviceForExpose(kind.kind, obj as Obj, {
      port: flagString(args, 'port'), targetPort: flagString(args, 'target-port'), protocol: flagString(args, 'protocol'),
      type: flagString(args, 'type'), name: flagString(args, 'name'), selector: flagString(args, 'selector'),
      labels: flagString(args, 'labels'), clusterIP: flagString(args, 'cluster-ip'),
    });
    await ctx.client.unary('Services', 'CreateService', { object: fromPlainObject('netsim.v1.Service', svc) });
    ctx.io.out(`service/${svc.metadata.name} exposed\n`);
    return 0;
  },
};
