// Pod networking fields: dnsPolicy, dnsConfig (R7.5), hostAliases (R6.6), hostname, subdomain.
// Pure; imports domain/ only. Source: pkg/apis/core/validation/validation.go validateDNSPolicy,
// validatePodDNSConfig, ValidateHostAliases, ValidatePodSpec.
import { goStringSlice, invalid, required, type FieldError } from './field-errors.js';
import type { HostAlias, PodDNSConfig, PodSpec } from './types.js';
import { notSupportedInOrder } from './validate-go-values.js';
import { IP_DETAIL, isDns1123Label, isDns1123Subdomain, parseIpSloppy } from './validate-names.js';

/** core/validation MaxDNSNameservers, MaxDNSSearchPaths, MaxDNSSearchListChars (ExpandedDNSConfig, GA). */
export const MAX_DNS_NAMESERVERS = 3;
export const MAX_DNS_SEARCH_PATHS = 32;
export const MAX_DNS_SEARCH_LIST_CHARS = 2048;

/** validation.IsValidIP(fldPath, value) */
export function validateIp(value: string, field: string): FieldError[] {
  return parseIpSloppy(value) ? [] : [invalid(field, value, IP_DETAIL)];
}

export function validateDnsPolicy(policy: string | undefined, field: string): FieldError[] {
  if (policy === undefined || policy === '') return [required(field)];
  const valid = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
  return valid.includes(policy) ? [] : [notSupportedInOrder(field, policy, valid)];
}

/** validatePodDNSConfig: None needs nameservers; 3 nameservers, 32 searches, 2048 chars. */
export function validatePodDnsConfig(config: PodDNSConfig | undefined, policy: string | undefined, field: string): FieldError[] {
  if (policy === 'None') {
    if (!config) return [required(field, 'must provide `dnsConfig` when `dnsPolicy` is None')];
    if (!config.nameservers?.length) return [required(`${field}.nameservers`, 'must provide at least one DNS nameserver when `dnsPolicy` is None')];
  }
  if (!config) return [];
  const errs: FieldError[] = [];
  const servers = config.nameservers ?? [];
  if (servers.length > MAX_DNS_NAMESERVERS) {
    errs.push(invalid(`${field}.nameservers`, goStringSlice(servers), `must not have more than ${MAX_DNS_NAMESERVERS} nameservers`));
  }
  servers.forEach((ns, i) => errs.push(...validateIp(ns, `${field}.nameservers[${i}]`)));
  const searches = config.searches ?? [];
  if (searches.length > MAX_DNS_SEARCH_PATHS) {
    errs.push(invalid(`${field}.searches`, goStringSlice(searches), `must not have more than ${MAX_DNS_SEARCH_PATHS} search paths`));
  }
  if (searches.join(' ').length > MAX_DNS_SEARCH_LIST_CHARS) {
    errs.push(invalid(`${field}.searches`, goStringSlice(searches), `must not have more than ${MAX_DNS_SEARCH_LIST_CHARS} characters (including spaces) in the search list`));
  }
  searches.forEach((s, i) => {
    // A trailing dot (fully qualified) is allowed; the rest must be a DNS-1123 subdomain.
    const trimmed = s.endsWith('.') ? s.slice(0, -1) : s;
    errs.push(...isDns1123Subdomain(trimmed).map((m) => invalid(`${field}.searches[${i}]`, trimmed, m)));
  });
  (config.options ?? []).forEach((o, i) => {
    if (!o.name) errs.push(required(`${field}.options[${i}]`, 'must not be empty'));
  });
  return errs;
}

/** ValidateHostAliases: IPs parse; each hostname is a DNS-1123 subdomain (empty lists pass). */
export function validateHostAliases(aliases: readonly HostAlias[] | undefined, field: string): FieldError[] {
  const errs: FieldError[] = [];
  (aliases ?? []).forEach((a, i) => {
    errs.push(...validateIp(a.ip ?? '', `${field}[${i}].ip`));
    (a.hostnames ?? []).forEach((h, j) => {
      errs.push(...isDns1123Subdomain(h).map((m) => invalid(`${field}[${i}].hostnames[${j}]`, h, m)));
    });
  });
  return errs;
}

/** hostname and subdomain, when set, are DNS-1123 labels. */
export function validateHostnameAndSubdomain(spec: PodSpec, field: string): FieldError[] {
  const errs: FieldError[] = [];
  if (spec.hostname) errs.push(...isDns1123Label(spec.hostname).map((m) => invalid(`${field}.hostname`, spec.hostname, m)));
  if (spec.subdomain) errs.push(...isDns1123Label(spec.subdomain).map((m) => invalid(`${field}.subdomain`, spec.subdomain, m)));
  return errs;
}
