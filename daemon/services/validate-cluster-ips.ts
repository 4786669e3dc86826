// clusterIP(s) / ipFamilies / ipFamilyPolicy validation (spec R1.3, R1.5, R1.7), worded as
// kube-apiserver words it. Pure. Sources: pkg/apis/core/validation/validation.go
// ValidateServiceClusterIPsRelatedFields, validateUpgradeDowngradeClusterIPs/IPFamilies.
import { duplicate, forbidden, invalid, notSupported, required, type FieldError } from '../domain/field-errors.js';
import type { ServiceSpec } from '../domain/service-types.js';
import { IP_DETAIL, parseIpSloppy } from '../domain/validate-names.js';
import { goClusterIPs, goIpFamilies } from './field-values.js';
import { CLUSTER_IP_NONE, isHeadless } from './predicates.js';

const FAMILIES = ['IPv4', 'IPv6'];
const POLICIES = ['PreferDualStack', 'RequireDualStack', 'SingleStack'];

function validateClusterIPLink(spec: ServiceSpec): FieldError[] {
  const ips = spec.clusterIPs ?? [];
  if (spec.clusterIP) {
    if (ips.length === 0) return [required('spec.clusterIPs')];
    if (ips[0] !== spec.clusterIP) return [invalid('spec.clusterIPs', goClusterIPs(spec.clusterIPs), 'first value must match `clusterIP`')];
  } else if (ips.length !== 0) {
    return [invalid('spec.clusterIPs', goClusterIPs(spec.clusterIPs), 'must be empty when `clusterIP` is not specified')];
  }
  return [];
}

function validateFamiliesAndPolicy(spec: ServiceSpec): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  (spec.ipFamilies ?? []).forEach((f, i) => {
    if (!FAMILIES.includes(f)) errs.push(notSupported(`spec.ipFamilies[${i}]`, f, FAMILIES));
    if (seen.has(f)) errs.push(duplicate(`spec.ipFamilies[${i}]`, f));
    seen.add(f);
  });
  if (spec.ipFamilyPolicy !== undefined && !POLICIES.includes(spec.ipFamilyPolicy)) {
    errs.push(notSupported('spec.ipFamilyPolicy', spec.ipFamilyPolicy, POLICIES));
  }
  return errs;
}

/** The per-IP checks; `bad` is true when a later dual-stack check would only add noise. */
function validateIPsAlone(spec: ServiceSpec): { errs: FieldError[]; bad: boolean } {
  const ips = spec.clusterIPs ?? [];
  const errs: FieldError[] = [];
  let bad = false;
  ips.forEach((ip, i) => {
    if (i === 0 && ip === CLUSTER_IP_NONE) {
      if (ips.length > 1) {
        bad = true;
        errs.push(invalid('spec.clusterIPs', goClusterIPs(ips), "'None' must be the first and only value"));
      }
      return;
    }
    if (!parseIpSloppy(ip)) {
      bad = true;
      errs.push(invalid(`spec.clusterIPs[${i}]`, ip, IP_DETAIL));
    }
  });
  if (ips.length > 2) errs.push(invalid('spec.clusterIPs', goClusterIPs(ips), 'may only hold up to 2 values'));
  return { errs, bad };
}

function validateIPsAgainstFamilies(spec: ServiceSpec): FieldError[] {
  const ips = spec.clusterIPs ?? [];
  const errs: FieldError[] = [];
  if (ips.length > 1) {
    const fams = new Set(ips.map((ip) => parseIpSloppy(ip)?.family));
    if (!(fams.has('IPv4') && fams.has('IPv6'))) errs.push(invalid('spec.clusterIPs', goClusterIPs(ips), 'may specify no more than one IP for each IP family'));
  }
  const families = spec.ipFamilies ?? [];
  if (isHeadless(spec) || families.length === 0) return errs;
  ips.forEach((ip, i) => {
    if (i >= families.length) return;
    const isV6 = parseIpSloppy(ip)?.family === 'IPv6';
    if (families[i] === 'IPv4' && isV6) errs.push(invalid(`spec.clusterIPs[${i}]`, ip, `expected an IPv4 value as indicated by \`ipFamilies[${i}]\``));
    if (families[i] === 'IPv6' && !isV6) errs.push(invalid(`spec.clusterIPs[${i}]`, ip, `expected an IPv6 value as indicated by \`ipFamilies[${i}]\``));
  });
  return errs;
}

/** ValidateServiceClusterIPsRelatedFields (ExternalName is checked by ValidateService itself). */
export function validateClusterIPsRelatedFields(spec: ServiceSpec): FieldError[] {
  if (spec.type === 'ExternalName') return [];
  const errs = [...validateClusterIPLink(spec), ...validateFamiliesAndPolicy(spec)];
  const alone = validateIPsAlone(spec);
  errs.push(...alone.errs);
  if (alone.bad) return errs;
  return [...errs, ...validateIPsAgainstFamilies(spec)];
}

/** ExternalName carries none of the dual-stack fields. */
export function validateExternalNameIPFields(spec: ServiceSpec): FieldError[] {
  const errs: FieldError[] = [];
  const detail = 'may not be set for ExternalName services';
  if ((spec.clusterIPs?.length ?? 0) > 0) errs.push(forbidden('spec.clusterIPs', detail));
  if ((spec.ipFamilies?.length ?? 0) > 0) errs.push(forbidden('spec.ipFamilies', detail));
  if (spec.ipFamilyPolicy !== undefined) errs.push(forbidden('spec.ipFamilyPolicy', detail));
  return errs;
}

const NOT_SINGLE = (p: string | undefined): boolean => p !== 'SingleStack';

/** validateUpgradeDowngradeClusterIPs: the primary never changes; releasing needs SingleStack. */
export function validateUpgradeDowngradeClusterIPs(old: ServiceSpec, next: ServiceSpec): FieldError[] {
  if (next.type === 'ExternalName' || old.type === 'ExternalName') return [];
  if (isHeadless(old) && isHeadless(next)) return [];
  const o = old.clusterIPs ?? [];
  const n = next.clusterIPs ?? [];
  const v = goClusterIPs(next.clusterIPs);
  const errs: FieldError[] = [];
  if (o.length === n.length) {
    o.forEach((ip, i) => { if (ip !== n[i]) errs.push(invalid(`spec.clusterIPs[${i}]`, v, 'may not change once set')); });
  } else if (o.length > n.length) {
    if (n.length === 0) errs.push(invalid('spec.clusterIPs[0]', v, 'primary clusterIP can not be unset'));
    if (n.length > 0 && n[0] !== o[0]) errs.push(invalid('spec.clusterIPs[0]', v, 'may not change once set'));
    if (n.length === 1 && NOT_SINGLE(next.ipFamilyPolicy)) {
      errs.push(invalid('spec.ipFamilyPolicy', next.ipFamilyPolicy, "must be set to 'SingleStack' when releasing the secondary clusterIP"));
    }
  } else if (o.length > 0 && n[0] !== o[0]) {
    errs.push(invalid('spec.clusterIPs[0]', v, 'may not change once set'));
  }
  return errs;
}

/**
 * validateUpgradeDowngradeIPFamilies. Upstream quirks kept: "primary ipFamily can not be unset"
 * tests clusterIPs, and the primary-changed errors print clusterIPs as the value.
 */
export function validateUpgradeDowngradeIPFamilies(old: ServiceSpec, next: ServiceSpec): FieldError[] {
  if (next.type === 'ExternalName' || old.type === 'ExternalName') return [];
  if (isHeadless(old) !== isHeadless(next) || isHeadless(next)) return [];
  const o = old.ipFamilies ?? [];
  const n = next.ipFamilies ?? [];
  const errs: FieldError[] = [];
  if (o.length === n.length) {
    o.forEach((f, i) => { if (f !== n[i]) errs.push(invalid('spec.ipFamilies[0]', goIpFamilies(next.ipFamilies), 'may not change once set')); });
  } else if (o.length > n.length) {
    if ((next.clusterIPs?.length ?? 0) === 0) errs.push(invalid('spec.ipFamilies[0]', goIpFamilies(next.ipFamilies), 'primary ipFamily can not be unset'));
    if (n.length > 0 && n[0] !== o[0]) errs.push(invalid('spec.ipFamilies[0]', goClusterIPs(next.clusterIPs), 'may not change once set'));
    if (n.length === 1 && NOT_SINGLE(next.ipFamilyPolicy)) {
      errs.push(invalid('spec.ipFamilyPolicy', next.ipFamilyPolicy, "must be set to 'SingleStack' when releasing the secondary ipFamily"));
    }
  } else if (o.length > 0 && n.length > 0 && n[0] !== o[0]) {
    errs.push(invalid('spec.ipFamilies[0]', goClusterIPs(next.clusterIPs), 'may not change once set'));
  }
  return errs;
}
