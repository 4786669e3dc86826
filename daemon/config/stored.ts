// The config a home was initialised with: a stable serialisation for the store's meta keys, its
// reading back (re-validated), and the comparison that refuses a different --config at start.
// Pure; the caller reads and writes the meta key. Imports the config modules only.
import {
  CONFIG_API_VERSION, CONFIG_KIND, ConfigError, resolveClusterConfig, type ClusterConfig, type ClusterConfigInput,
} from './config.js';
import { decodeClusterConfig } from './decode.js';
import { formatPortRange } from './port-range.js';

/** The store meta key holding serializeStoredConfig's output. */
export const STORED_CONFIG_META_KEY = 'cluster.config';
export const STORED_CONFIG_VERSION = 1;

/** The fully explicit document that resolves back to `c` (a family's mask only when the cluster has it). */
export function toConfigDocument(c: ClusterConfig): ClusterConfigInput {
  const has = (f: 'IPv4' | 'IPv6') => c.families.includes(f);
  return {
    kind: CONFIG_KIND,
    apiVersion: CONFIG_API_VERSION,
    networking: {
      ipFamily: c.ipFamily,
      podSubnet: c.podSubnets.join(','),
      serviceSubnet: c.serviceSubnets.join(','),
      nodeSubnet: c.nodeSubnets.join(','),
      ...(has('IPv4') ? { nodeCIDRMaskSizeIPv4: c.nodeCIDRMaskSizeIPv4 } : {}),
      ...(has('IPv6') ? { nodeCIDRMaskSizeIPv6: c.nodeCIDRMaskSizeIPv6 } : {}),
      dnsDomain: c.dnsDomain,
      kubeProxyMode: c.kubeProxyMode,
      cniMode: c.cniMode,
      nodePortRange: formatPortRange(c.nodePortRange),
      loadBalancerPools: [...c.loadBalancerPools],
    },
    dns: { ttl: c.dns.ttl, externalHosts: structuredClone(c.dns.externalHosts) },
    nodes: c.nodes.map((n) => ({ role: n.role })),
  };
}

/** Compact JSON with a fixed key order: equal configs serialise to equal bytes. */
export function serializeStoredConfig(c: ClusterConfig): string {
  return JSON.stringify({ version: STORED_CONFIG_VERSION, config: toConfigDocument(c) });
}

/** Reads serializeStoredConfig's output. Errors: ConfigError (unreadable, other version, invalid). */
export function parseStoredConfig(text: string, sourceName: string): ClusterConfig {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(sourceName, [{ field: '', reason: `unreadable stored config: ${(e as Error).message}` }]);
  }
  const v = value as { version?: unknown; config?: unknown };
  if (typeof v !== 'object' || v === null || v.version !== STORED_CONFIG_VERSION) {
    throw new ConfigError(sourceName, [{ field: '', reason: `unsupported stored config version ${JSON.stringify(v?.version)}` }]);
  }
  const decoded = decodeClusterConfig(v.config);
  if (decoded.errors.length > 0) throw new ConfigError(sourceName, decoded.errors);
  return resolveClusterConfig(decoded.input, sourceName);
}

const quote = (s: string) => JSON.stringify(s);

/** Each setting as the document names it, with its value as the message shows it. */
export function configFields(c: ClusterConfig): [field: string, shown: string][] {
  return [
    ['networking.ipFamily', quote(c.ipFamily)],
    ['networking.podSubnet', quote(c.podSubnets.join(','))],
    ['networking.serviceSubnet', quote(c.serviceSubnets.join(','))],
    ['networking.nodeSubnet', quote(c.nodeSubnets.join(','))],
    ['networking.nodeCIDRMaskSizeIPv4', String(c.nodeCIDRMaskSizeIPv4)],
    ['networking.nodeCIDRMaskSizeIPv6', String(c.nodeCIDRMaskSizeIPv6)],
    ['networking.dnsDomain', quote(c.dnsDomain)],
    ['networking.kubeProxyMode', quote(c.kubeProxyMode)],
    ['networking.cniMode', quote(c.cniMode)],
    ['networking.nodePortRange', quote(formatPortRange(c.nodePortRange))],
    ['networking.loadBalancerPools', JSON.stringify(c.loadBalancerPools)],
    ['dns.ttl', String(c.dns.ttl)],
    ['dns.externalHosts', JSON.stringify(c.dns.externalHosts)],
    ['nodes', JSON.stringify(c.nodes.map((n) => n.role))],
  ];
}

/**
 * undefined when `requested` equals the config `home` was created with; otherwise the start
 * error naming every differing field, e.g. `the cluster in /h/.netsim was created with
 * networking.podSubnet "A"; --config asks for "B": start with --reset to discard the cluster, or use another --home`.
 */
export function compareWithStored(stored: ClusterConfig, requested: ClusterConfig, home: string): string | undefined {
  const want = new Map(configFields(requested));
  const diff = configFields(stored).filter(([f, shown]) => want.get(f) !== shown);
  if (diff.length === 0) return undefined;
  const was = diff.map(([f, shown]) => `${f} ${shown}`).join(', ');
  const asks = diff.length === 1 ? want.get(diff[0][0])! : diff.map(([f]) => `${f} ${want.get(f)}`).join(', ');
  return `the cluster in ${home} was created with ${was}; --config asks for ${asks}: start with --reset to discard the cluster, or use another --home`;
}
