// Validation of a decoded config document: a list of { field, reason } in document order, worded
// as the Kubernetes components that own each setting word their flag and field errors.
// Imports field-errors.ts and the config modules; never the store, rpc or dataplane.
import { invalid, notSupported, type FieldError } from '../domain/field-errors.js';
import { parseIpStrict } from './addresses.js';
import { CONFIG_API_VERSION, CONFIG_KIND, type ClusterConfigInput, type ConfigFieldError } from './config.js';
import { fieldReason } from './decode.js';
import { parsePortRange } from './port-range.js';
import { validateNetworking } from './validate-networking.js';

type Errors = ConfigFieldError[];

export const IP_FAMILY_MODES = ['ipv4', 'ipv6', 'dual'] as const;
export const KUBE_PROXY_MODES = ['iptables', 'ipvs'] as const;
export const CNI_MODES = ['routed', 'overlay-l2'] as const;
export const NODE_ROLES = ['control-plane', 'worker'] as const;
/** CoreDNS plugin/kubernetes setup.go: `ttl must be in range [0, 3600]`. */
const MAX_DNS_TTL = 3600;

// apimachinery pkg/util/validation/validation.go IsDNS1123Subdomain.
const DNS1123_SUBDOMAIN_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1123_SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const IP_MSG = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

const push = (errs: Errors, e: FieldError) => errs.push({ field: e.field, reason: fieldReason(e) });

/** IsDNS1123Subdomain's messages; empty when valid. */
export function dns1123SubdomainErrors(value: string): string[] {
  const out: string[] = [];
  if (value.length > 253) out.push('must be no more than 253 characters');
  if (!DNS1123_SUBDOMAIN_RE.test(value)) out.push(DNS1123_SUBDOMAIN_MSG);
  return out;
}

function checkEnum(errs: Errors, field: string, value: string | undefined, allowed: readonly string[]): void {
  if (value !== undefined && !allowed.includes(value)) push(errs, notSupported(field, value, allowed));
}

function checkHeader(input: ClusterConfigInput, errs: Errors): void {
  checkEnum(errs, 'kind', input.kind, [CONFIG_KIND]);
  checkEnum(errs, 'apiVersion', input.apiVersion, [CONFIG_API_VERSION]);
  checkEnum(errs, 'networking.ipFamily', input.networking?.ipFamily, IP_FAMILY_MODES);
}

function checkNodePortRange(value: string | undefined, errs: Errors): void {
  if (value === undefined) return;
  const field = 'networking.nodePortRange';
  if (value.trim() === '') { push(errs, invalid(field, value, 'must be a port range such as 30000-32767')); return; }
  const r = parsePortRange(value);
  if (typeof r === 'string') push(errs, invalid(field, value, r));
  else if (r.base < 1) push(errs, invalid(field, value, 'must be between 1 and 65535, inclusive'));
}

function checkServices(input: ClusterConfigInput, errs: Errors): void {
  const n = input.networking ?? {};
  if (n.dnsDomain !== undefined) {
    for (const msg of dns1123SubdomainErrors(n.dnsDomain)) push(errs, invalid('networking.dnsDomain', n.dnsDomain, msg));
  }
  checkEnum(errs, 'networking.kubeProxyMode', n.kubeProxyMode, KUBE_PROXY_MODES);
  checkEnum(errs, 'networking.cniMode', n.cniMode, CNI_MODES);
  checkNodePortRange(n.nodePortRange, errs);
}

function checkDns(input: ClusterConfigInput, errs: Errors): void {
  const ttl = input.dns?.ttl;
  if (ttl !== undefined && (ttl < 0 || ttl > MAX_DNS_TTL)) {
    push(errs, invalid('dns.ttl', ttl, `must be between 0 and ${MAX_DNS_TTL}, inclusive`));
  }
  for (const [host, ips] of Object.entries(input.dns?.externalHosts ?? {})) {
    const field = `dns.externalHosts[${host}]`;
    for (const msg of dns1123SubdomainErrors(host)) errs.push({ field, reason: msg });
    ips.forEach((ip, i) => { if (!parseIpStrict(ip)) push(errs, invalid(`${field}[${i}]`, ip, IP_MSG)); });
  }
}

function checkNodes(input: ClusterConfigInput, errs: Errors): void {
  if (input.nodes === undefined) return;
  let controlPlanes = 0;
  input.nodes.forEach((n, i) => {
    const role = n.role ?? 'control-plane';                        // kind SetDefaults_Node
    checkEnum(errs, `nodes[${i}].role`, role, NODE_ROLES);
    if (role === 'control-plane') controlPlanes++;
  });
  if (controlPlanes === 0) errs.push({ field: 'nodes', reason: 'must have at least one control-plane node' });
}

/** Every problem of the document, in document order; empty when it resolves cleanly. */
export function validateClusterConfig(input: ClusterConfigInput): ConfigFieldError[] {
  const errs: Errors = [];
  checkHeader(input, errs);
  validateNetworking(input, errs);
  checkServices(input, errs);
  checkDns(input, errs);
  checkNodes(input, errs);
  return errs;
}
