// The registry's dual-stack defaulting (spec R1.4): ipFamilyPolicy and ipFamilies from the
// request, the old object and the cluster's Service families. Mutates the draft spec it is
// given, as the apiserver does. Pure otherwise. Source: pkg/registry/core/service/storage/
// alloc.go initIPFamilyFields, isMatchingPreferDualStackClusterIPFields.
import { invalid, type FieldError } from '../domain/field-errors.js';
import type { ServiceSpec } from '../domain/service-types.js';
import type { IpFamily } from '../domain/types.js';
import { parseIpSloppy } from '../domain/validate-names.js';
import { goClusterIPs } from './field-values.js';
import { CLUSTER_IP_NONE, sameIpFamilies, samePluralClusterIPs } from './predicates.js';
import { validateClusterIPsRelatedFields } from './validate-cluster-ips.js';

/** The Service side of the cluster config: configured Service families, primary first. */
export interface ServiceClusterConfig { families: readonly IpFamily[] }

export const FAMILY_NOT_ENABLED = 'FAMILY_NOT_ENABLED';

const otherFamily = (f: IpFamily): IpFamily => (f === 'IPv4' ? 'IPv6' : 'IPv4');
const isHeadlessSelectorless = (s: ServiceSpec): boolean =>
  s.clusterIP === CLUSTER_IP_NONE && Object.keys(s.selector ?? {}).length === 0;

/** A PreferDualStack Service is never auto-upgraded or -downgraded when the cluster changes. */
export function isMatchingPreferDualStack(next: ServiceSpec, old: ServiceSpec | undefined): boolean {
  if (!old || next.ipFamilyPolicy === undefined || old.type !== next.type) return false;
  if (next.type !== 'ClusterIP' && next.type !== 'NodePort' && next.type !== 'LoadBalancer') return false;
  if (next.ipFamilyPolicy !== 'PreferDualStack') return false;
  if (old.ipFamilyPolicy !== undefined && old.ipFamilyPolicy !== 'PreferDualStack') return false;
  return samePluralClusterIPs(old, next) && sameIpFamilies(old, next);
}

function defaultPolicy(spec: ServiceSpec, old: ServiceSpec | undefined): void {
  if (spec.ipFamilyPolicy !== undefined) return;
  if (old?.ipFamilyPolicy !== undefined) spec.ipFamilyPolicy = old.ipFamilyPolicy;
  else if (isHeadlessSelectorless(spec)) spec.ipFamilyPolicy = 'RequireDualStack';
  else spec.ipFamilyPolicy = 'SingleStack';
}

/** Update-only: SingleStack with unchanged lists downgrades; other policies may not shrink them. */
function updatePrep(spec: ServiceSpec, old: ServiceSpec): FieldError[] {
  const errs: FieldError[] = [];
  if (spec.ipFamilyPolicy === 'SingleStack') {
    if (samePluralClusterIPs(old, spec) && (spec.clusterIPs?.length ?? 0) > 1) spec.clusterIPs = spec.clusterIPs!.slice(0, 1);
    if (sameIpFamilies(old, spec) && (spec.ipFamilies?.length ?? 0) > 1) spec.ipFamilies = spec.ipFamilies!.slice(0, 1);
    return errs;
  }
  const reduced = (n: readonly unknown[] | undefined, o: readonly unknown[] | undefined): boolean =>
    (n?.length ?? 0) !== 0 && n!.length < (o?.length ?? 0);
  if (reduced(spec.clusterIPs, old.clusterIPs)) errs.push(invalid('spec.ipFamilyPolicy', spec.ipFamilyPolicy, "must be 'SingleStack' to release the secondary cluster IP"));
  if (reduced(spec.ipFamilies, old.ipFamilies)) errs.push(invalid('spec.ipFamilyPolicy', spec.ipFamilyPolicy, "must be 'SingleStack' to release the secondary IP family"));
  return errs;
}

function checkSingleStack(spec: ServiceSpec): FieldError[] {
  if (spec.ipFamilyPolicy !== 'SingleStack') return [];
  const errs: FieldError[] = [];
  if (spec.clusterIPs?.length === 2) errs.push(invalid('spec.ipFamilyPolicy', spec.ipFamilyPolicy, "must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified"));
  if (spec.ipFamilies?.length === 2) errs.push(invalid('spec.ipFamilyPolicy', spec.ipFamilyPolicy, "must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified"));
  return errs;
}

/** Appends the family of each given clusterIP that has no ipFamilies entry yet. */
function inferFamilies(spec: ServiceSpec, cluster: ServiceClusterConfig): FieldError[] {
  const errs: FieldError[] = [];
  const ips = spec.clusterIPs ?? [];
  for (let i = 0; i < ips.length; i++) {
    if (ips[i] === CLUSTER_IP_NONE) break;
    if (i < (spec.ipFamilies?.length ?? 0)) continue;
    const fam = parseIpSloppy(ips[i])!.family;
    if (!cluster.families.includes(fam)) {
      errs.push(invalid(`spec.clusterIPs[${i}]`, goClusterIPs(spec.clusterIPs), `${fam} is not configured on this cluster`, FAMILY_NOT_ENABLED));
    } else spec.ipFamilies = [...(spec.ipFamilies ?? []), fam];
  }
  return errs;
}

function checkConfigured(spec: ServiceSpec, cluster: ServiceClusterConfig): FieldError[] {
  const errs: FieldError[] = [];
  if (spec.ipFamilyPolicy === 'RequireDualStack' && cluster.families.length < 2) {
    errs.push(invalid('spec.ipFamilyPolicy', spec.ipFamilyPolicy, 'this cluster is not configured for dual-stack services', FAMILY_NOT_ENABLED));
  }
  (spec.ipFamilies ?? []).forEach((f, i) => {
    if (!cluster.families.includes(f)) errs.push(invalid(`spec.ipFamilies[${i}]`, f, 'not configured on this cluster', FAMILY_NOT_ENABLED));
  });
  return errs;
}

/**
 * initIPFamilyFields: defaults policy and families in place and returns the errors that stop
 * the request (none means `spec.ipFamilies` is final, `old` undefined means create).
 */
export function initIPFamilyFields(spec: ServiceSpec, old: ServiceSpec | undefined, cluster: ServiceClusterConfig): FieldError[] {
  if (spec.type === 'ExternalName' || isMatchingPreferDualStack(spec, old)) return [];
  defaultPolicy(spec, old);
  const loose = validateClusterIPsRelatedFields(spec);
  if (loose.length) return loose;
  const errs = [...(old ? updatePrep(spec, old) : []), ...checkSingleStack(spec), ...inferFamilies(spec, cluster)];
  if (errs.length) return errs;
  const primary = cluster.families[0];
  if (isHeadlessSelectorless(spec)) {
    if (!spec.ipFamilies?.length) spec.ipFamilies = [primary];
    if (spec.ipFamilies.length < 2 && spec.ipFamilyPolicy !== 'SingleStack') spec.ipFamilies = [...spec.ipFamilies, otherFamily(spec.ipFamilies[0])];
    return [];
  }
  const notConfigured = checkConfigured(spec, cluster);
  if (notConfigured.length) return notConfigured;
  if (!spec.ipFamilies?.length) spec.ipFamilies = [primary];
  if (spec.ipFamilyPolicy !== 'SingleStack' && spec.ipFamilies.length === 1 && cluster.families.length === 2) {
    spec.ipFamilies = [...spec.ipFamilies, otherFamily(spec.ipFamilies[0])];
  }
  return [];
}
