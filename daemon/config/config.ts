// The cluster configuration: the kind-like YAML document (product.md "Configuration"), its
// resolved form with every field concrete, and the start-time error. Imports yaml and the
// config modules only; never the store, rpc or dataplane.
import YAML, { LineCounter } from 'yaml';
import type { IpFamily } from '../domain/types.js';
import { decodeClusterConfig } from './decode.js';
import { applyDefaults } from './defaults.js';
import type { PortRange } from './port-range.js';
import { validateClusterConfig } from './validate.js';

export const CONFIG_KIND = 'Cluster';
export const CONFIG_API_VERSION = 'netsim.dev/v1alpha1';

export type IpFamilyMode = 'ipv4' | 'ipv6' | 'dual';
export type KubeProxyMode = 'iptables' | 'ipvs';
export type CniMode = 'routed' | 'overlay-l2';
export type NodeRole = 'control-plane' | 'worker';

/** The document as written: every field optional, enums still unchecked strings. */
export interface ClusterConfigInput {
  kind?: string;
  apiVersion?: string;
  networking?: {
    ipFamily?: string;
    podSubnet?: string;
    serviceSubnet?: string;
    nodeSubnet?: string;
    nodeCIDRMaskSizeIPv4?: number;
    nodeCIDRMaskSizeIPv6?: number;
    dnsDomain?: string;
    kubeProxyMode?: string;
    cniMode?: string;
    nodePortRange?: string;
    loadBalancerPools?: string[];
  };
  dns?: { ttl?: number; externalHosts?: Record<string, string[]> };
  nodes?: { role?: string }[];
}

/** The resolved configuration: valid, canonical, every field set. */
export interface ClusterConfig {
  ipFamily: IpFamilyMode;
  /** The cluster's families, primary (the family of podSubnets[0]) first. */
  families: IpFamily[];
  /** One CIDR per family, in `families` order (kube-controller-manager --cluster-cidr). */
  podSubnets: string[];
  /** One CIDR per family, in `families` order (kube-apiserver --service-cluster-ip-range). */
  serviceSubnets: string[];
  /** Node InternalIP networks, one per family, in `families` order. */
  nodeSubnets: string[];
  nodeCIDRMaskSizeIPv4: number;
  nodeCIDRMaskSizeIPv6: number;
  dnsDomain: string;
  kubeProxyMode: KubeProxyMode;
  cniMode: CniMode;
  /** --service-node-port-range as k8s utilnet.PortRange (default base 30000, size 2768). */
  nodePortRange: PortRange;
  /** Canonical `A-B` ranges or CIDRs, as given; node InternalIPs never come from these. */
  loadBalancerPools: string[];
  dns: { ttl: number; externalHosts: Record<string, string[]> };
  /** kind's node names: netsim-control-plane, netsim-worker, netsim-worker2 ... */
  nodes: { role: NodeRole; name: string }[];
}

/** One problem with the config: `field` as written in the document (empty for the whole file). */
export interface ConfigFieldError { field: string; reason: string }

/** `invalid config FILE: networking.podSubnet: <reason>`, the line the daemon prints at start. */
export function renderConfigError(source: string, e: ConfigFieldError): string {
  return e.field ? `invalid config ${source}: ${e.field}: ${e.reason}` : `invalid config ${source}: ${e.reason}`;
}

/** A config that cannot be used; `message` holds one rendered line per error. */
export class ConfigError extends Error {
  readonly code = 'INVALID_CONFIG';
  constructor(readonly source: string, readonly errors: readonly ConfigFieldError[]) {
    super(errors.map((e) => renderConfigError(source, e)).join('\n'));
    this.name = 'ConfigError';
  }
}

/** Validates and resolves a decoded document. Errors: ConfigError naming each bad field. */
export function resolveClusterConfig(input: ClusterConfigInput, sourceName: string): ClusterConfig {
  const errors = validateClusterConfig(input);
  if (errors.length > 0) throw new ConfigError(sourceName, errors);
  return applyDefaults(input);
}

/** Parses one YAML (or JSON) document strictly. Errors: ConfigError (syntax, unknown fields, types, values). */
export function parseClusterConfig(yamlText: string, sourceName: string): ClusterConfig {
  const lineCounter = new LineCounter();
  const docs = YAML.parseAllDocuments(yamlText, { prettyErrors: false, lineCounter });
  if (docs.length === 0) return defaultClusterConfig();             // empty or comments only: all defaults
  if (docs.length > 1) throw new ConfigError(sourceName, [{ field: '', reason: 'expected one YAML document, found ' + docs.length }]);
  const doc = docs[0];
  const syntax = doc.errors[0];
  if (syntax) {
    const pos = lineCounter.linePos(syntax.pos[0]);
    const at = `line ${pos.line}, column ${pos.col}: `;
    throw new ConfigError(sourceName, [{ field: '', reason: `yaml: ${at}${syntax.message.split('\n')[0]}` }]);
  }
  const decoded = decodeClusterConfig(doc.toJS());
  if (decoded.errors.length > 0) throw new ConfigError(sourceName, decoded.errors);
  return resolveClusterConfig(decoded.input, sourceName);
}

/** kind's dual-stack defaults, IPv4 primary (product.md "Processes and defaults"). */
export function defaultClusterConfig(): ClusterConfig {
  return applyDefaults({});
}
