// ValidateService's checks of the non-port, non-clusterIP fields: ExternalName, session
// affinity, externalIPs, source ranges, traffic policies, loadBalancerClass. Pure.
// Source: pkg/apis/core/validation/validation.go (v1.31) ValidateService and its helpers.
import { forbidden, invalid, notSupported, required, type FieldError } from '../domain/field-errors.js';
import type { ServiceSpec } from '../domain/service-types.js';
import { CIDR_DETAIL, IP_DETAIL, isDns1123Subdomain, isQualifiedName, isValidPortNum, parseCidrSloppy, parseIpSloppy } from '../domain/validate-names.js';
import ipaddr from 'ipaddr.js';
import { externallyAccessible, needsHealthCheck } from './predicates.js';

/** core.MaxClientIPServiceAffinitySeconds */
export const MAX_CLIENT_IP_AFFINITY_SECONDS = 86400;
export const LB_SOURCE_RANGES_ANNOTATION = 'service.beta.kubernetes.io/load-balancer-source-ranges';
const LB_ONLY = "may only be used when `type` is 'LoadBalancer'";

export function validateExternalName(spec: ServiceSpec): FieldError[] {
  const cname = (spec.externalName ?? '').replace(/\.$/, '');
  if (!cname) return [required('spec.externalName')];
  return isDns1123Subdomain(cname).map((m) => invalid('spec.externalName', cname, m));
}

export function validateSessionAffinity(spec: ServiceSpec): FieldError[] {
  const f = 'spec.sessionAffinityConfig';
  if (!spec.sessionAffinity) return [required('spec.sessionAffinity')];
  if (spec.sessionAffinity === 'None') return spec.sessionAffinityConfig ? [forbidden(f, 'must not be set when session affinity is None')] : [];
  if (spec.sessionAffinity !== 'ClientIP') return [notSupported('spec.sessionAffinity', spec.sessionAffinity, ['ClientIP', 'None'])];
  const when = 'when session affinity type is ClientIP';
  const cfg = spec.sessionAffinityConfig;
  if (!cfg) return [required(f, when)];
  if (!cfg.clientIP) return [required(`${f}.clientIP`, when)];
  const t = cfg.clientIP.timeoutSeconds;
  if (t === undefined) return [required(`${f}.clientIP.timeoutSeconds`, when)];
  return t <= 0 || t > MAX_CLIENT_IP_AFFINITY_SECONDS
    ? [invalid(`${f}.clientIP.timeoutSeconds`, t, `must be greater than 0 and less than ${MAX_CLIENT_IP_AFFINITY_SECONDS}`)] : [];
}

/** ValidateNonSpecialIP */
function validateNonSpecialIp(ip: string, field: string): FieldError[] {
  // Dotted quads are built from decimal octets: ipaddr.js would read leading zeros as octal.
  const parsed = ip.includes(':') ? ipaddr.IPv6.parse(ip) : new ipaddr.IPv4(ip.split('.').map(Number));
  const addr = parsed instanceof ipaddr.IPv6 && parsed.isIPv4MappedAddress() ? parsed.toIPv4Address() : parsed;
  const range = addr.range();
  const bytes = addr.toByteArray();
  // Go IsLinkLocalMulticast: 224.0.0.0/24, or ff02::/16 with any flags nibble (ffX2::).
  const llMulticast = addr.kind() === 'ipv4' ? bytes[0] === 224 && bytes[1] === 0 && bytes[2] === 0 : bytes[0] === 0xff && (bytes[1] & 0x0f) === 2;
  const errs: FieldError[] = [];
  if (bytes.every((b) => b === 0)) errs.push(invalid(field, ip, `may not be unspecified (${ip})`));
  if (range === 'loopback') errs.push(invalid(field, ip, 'may not be in the loopback range (127.0.0.0/8, ::1/128)'));
  if (range === 'linkLocal') errs.push(invalid(field, ip, 'may not be in the link-local range (169.254.0.0/16, fe80::/10)'));
  if (llMulticast) errs.push(invalid(field, ip, 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)'));
  return errs;
}

export function validateExternalIPs(spec: ServiceSpec): FieldError[] {
  return (spec.externalIPs ?? []).flatMap((ip, i) => {
    const f = `spec.externalIPs[${i}]`;
    return parseIpSloppy(ip) ? validateNonSpecialIp(ip, f) : [invalid(f, ip, IP_DETAIL)];
  });
}

export function validateSourceRanges(spec: ServiceSpec, annotations: Readonly<Record<string, string>> | undefined): FieldError[] {
  const cidr = (f: string, v: string): FieldError[] => (parseCidrSloppy(v) ? [] : [invalid(f, v, CIDR_DETAIL)]);
  const ranges = spec.loadBalancerSourceRanges ?? [];
  const notLb = spec.type !== 'LoadBalancer';
  if (ranges.length > 0) {
    const f = 'spec.LoadBalancerSourceRanges';
    return [...(notLb ? [forbidden(f, LB_ONLY)] : []), ...ranges.flatMap((v, i) => cidr(`${f}[${i}]`, v.trim()))];
  }
  const val = annotations?.[LB_SOURCE_RANGES_ANNOTATION];
  if (val === undefined) return [];
  const f = `metadata.annotations[${LB_SOURCE_RANGES_ANNOTATION}]`;
  const trimmed = val.trim();
  return [...(notLb ? [forbidden(f, LB_ONLY)] : []), ...(trimmed ? trimmed.split(',').flatMap((v) => cidr(f, v.trim())) : [])];
}

export function validateLoadBalancerFields(spec: ServiceSpec): FieldError[] {
  const errs: FieldError[] = [];
  if (spec.allocateLoadBalancerNodePorts !== undefined && spec.type !== 'LoadBalancer') errs.push(forbidden('spec.allocateLoadBalancerNodePorts', LB_ONLY));
  // Upstream's path here lacks the `spec.` prefix.
  if (spec.type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts === undefined) errs.push(required('allocateLoadBalancerNodePorts'));
  if (spec.loadBalancerClass !== undefined) {
    if (spec.type === 'LoadBalancer') errs.push(...isQualifiedName(spec.loadBalancerClass).map((m) => invalid('spec.loadBalancerClass', spec.loadBalancerClass, m)));
    else errs.push(forbidden('spec.loadBalancerClass', LB_ONLY));
  }
  return errs;
}

/** `healthCheckPending`: the registry allocates the health-check NodePort before upstream validates. */
export function validateTrafficPolicies(spec: ServiceSpec, healthCheckPending = false): FieldError[] {
  const errs: FieldError[] = [];
  const etp = spec.externalTrafficPolicy;
  if (!externallyAccessible(spec)) {
    if (etp) errs.push(invalid('spec.externalTrafficPolicy', etp, 'may only be set for externally-accessible services'));
  } else if (!etp) errs.push(required('spec.externalTrafficPolicy'));
  else if (etp !== 'Cluster' && etp !== 'Local') errs.push(notSupported('spec.externalTrafficPolicy', etp, ['Cluster', 'Local']));
  const hc = spec.healthCheckNodePort ?? 0;
  if (!needsHealthCheck(spec)) {
    if (hc) errs.push(invalid('spec.healthCheckNodePort', hc, "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"));
  } else if (!hc) { if (!healthCheckPending) errs.push(required('spec.healthCheckNodePort')); }
  else errs.push(...isValidPortNum(hc).map((m) => invalid('spec.healthCheckNodePort', hc, m)));
  const itp = spec.internalTrafficPolicy;
  if (itp === undefined && (spec.type === 'NodePort' || spec.type === 'LoadBalancer' || spec.type === 'ClusterIP')) errs.push(required('spec.internalTrafficPolicy'));
  if (itp !== undefined && itp !== 'Cluster' && itp !== 'Local') errs.push(notSupported('spec.internalTrafficPolicy', itp, ['Cluster', 'Local']));
  return errs;
}
