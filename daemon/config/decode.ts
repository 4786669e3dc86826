// Strict decoding of the parsed config document into ClusterConfigInput: unknown fields and
// wrong types are errors naming the field (kube's strict decoding). Shapes only; values are
// checked in validate.ts. Imports field-errors.ts and config types only.
import { renderFieldError, invalid, type FieldError, type FieldValue } from '../domain/field-errors.js';
import type { ClusterConfigInput, ConfigFieldError } from './config.js';

type Shape = 'string' | 'integer' | 'stringList' | 'hostMap' | 'nodeList' | { [field: string]: Shape };

const NODE_SHAPE: Shape = { role: 'string' };

const DOCUMENT_SHAPE: Shape = {
  kind: 'string',
  apiVersion: 'string',
  networking: {
    ipFamily: 'string', podSubnet: 'string', serviceSubnet: 'string', nodeSubnet: 'string',
    nodeCIDRMaskSizeIPv4: 'integer', nodeCIDRMaskSizeIPv6: 'integer', dnsDomain: 'string',
    kubeProxyMode: 'string', cniMode: 'string', nodePortRange: 'string', loadBalancerPools: 'stringList',
  },
  dns: { ttl: 'integer', externalHosts: 'hostMap' },
  nodes: 'nodeList',
};

type Errors = ConfigFieldError[];

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Field-error body without its `field: ` prefix (the config error line adds the field). */
export function fieldReason(e: FieldError): string {
  return renderFieldError(e).slice(e.field.length + 2);
}

function shownValue(v: unknown): FieldValue {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return { goSyntax: JSON.stringify(v) };
}

function typeError(field: string, v: unknown, want: string, errors: Errors): undefined {
  errors.push({ field, reason: fieldReason(invalid(field, shownValue(v), `must be ${want}`)) });
  return undefined;
}

function decodeStringList(field: string, v: unknown, errors: Errors): string[] | undefined {
  if (!Array.isArray(v)) return typeError(field, v, 'a list of strings', errors);
  const bad = v.findIndex((s) => typeof s !== 'string');
  if (bad >= 0) return typeError(`${field}[${bad}]`, v[bad], 'a string', errors);
  return v as string[];
}

function decodeHostMap(field: string, v: unknown, errors: Errors): Record<string, string[]> | undefined {
  if (!isMap(v)) return typeError(field, v, 'a map of host names to lists of IP addresses', errors);
  const out: Record<string, string[]> = {};
  for (const [host, ips] of Object.entries(v)) {
    const list = decodeStringList(`${field}[${host}]`, ips ?? [], errors);
    if (list) out[host] = list;
  }
  return out;
}

function decodeNodes(field: string, v: unknown, errors: Errors): unknown[] | undefined {
  if (!Array.isArray(v)) return typeError(field, v, 'a list of nodes', errors);
  return v.map((n, i) => decodeValue(`${field}[${i}]`, n ?? {}, NODE_SHAPE, errors));
}

function decodeMap(field: string, v: unknown, shape: { [f: string]: Shape }, errors: Errors): unknown {
  if (!isMap(v)) return typeError(field, v, 'a map', errors);
  const out: Record<string, unknown> = {};
  for (const [k, child] of Object.entries(v)) {
    const path = field ? `${field}.${k}` : k;
    const sub = shape[k];
    if (sub === undefined) { errors.push({ field: path, reason: 'unknown field' }); continue; }
    if (child === null || child === undefined) continue;           // null = not set, as Go decodes it
    const decoded = decodeValue(path, child, sub, errors);
    if (decoded !== undefined) out[k] = decoded;
  }
  return out;
}

function decodeValue(field: string, v: unknown, shape: Shape, errors: Errors): unknown {
  switch (shape) {
    case 'string': return typeof v === 'string' ? v : typeError(field, v, 'a string', errors);
    case 'integer': return Number.isInteger(v) ? v : typeError(field, v, 'an integer', errors);
    case 'stringList': return decodeStringList(field, v, errors);
    case 'hostMap': return decodeHostMap(field, v, errors);
    case 'nodeList': return decodeNodes(field, v, errors);
    default: return decodeMap(field, v, shape, errors);
  }
}

/** The document (already parsed from YAML/JSON) as ClusterConfigInput, or the shape errors. */
export function decodeClusterConfig(doc: unknown): { input: ClusterConfigInput; errors: ConfigFieldError[] } {
  const errors: Errors = [];
  if (doc === null || doc === undefined) return { input: {}, errors };
  if (!isMap(doc)) {
    errors.push({ field: '', reason: `expected a map (a kind: Cluster document), got ${JSON.stringify(doc)}` });
    return { input: {}, errors };
  }
  const input = decodeMap('', doc, DOCUMENT_SHAPE as { [f: string]: Shape }, errors) as ClusterConfigInput;
  return { input, errors };
}
