// ValidateService and ValidateServiceUpdate (spec R1.3, R1.5-R1.9, R3.2, R3.4) in upstream's
// order. Pure; the caller wraps the errors in InvalidError. Source: pkg/apis/core/validation/
// validation.go (v1.31) ValidateService, ValidateServiceUpdate, validateLoadBalancerClassField.
import { forbidden, invalid, notSupported, required, type FieldError } from '../domain/field-errors.js';
import type { Service } from '../domain/service-types.js';
import { IMMUTABLE_MSG, validateLabels, validateObjectMeta, validateObjectMetaUpdate } from '../domain/validate-meta.js';
import { isDns1035Label } from './dns1035.js';
import { isHeadless, needsHealthCheck } from './predicates.js';
import {
  validateClusterIPsRelatedFields, validateExternalNameIPFields, validateUpgradeDowngradeClusterIPs, validateUpgradeDowngradeIPFamilies,
} from './validate-cluster-ips.js';
import {
  validateExternalIPs, validateExternalName, validateLoadBalancerFields, validateSessionAffinity, validateSourceRanges, validateTrafficPolicies,
} from './validate-fields.js';
import { validateLoadBalancerPorts, validateNodePortRules, validateServicePorts } from './validate-ports.js';

const TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const TOPOLOGY_MODE = 'service.kubernetes.io/topology-mode';
const TOPOLOGY_HINTS = 'service.kubernetes.io/topology-aware-hints';

/** ValidateServiceName: a DNS-1035 label; generateName is masked as apimachinery maskTrailingDash does. */
const serviceName = (name: string, prefix: boolean): string[] => isDns1035Label(prefix && name.length > 1 && name.endsWith('-') ? `${name.slice(0, -2)}a` : name);

function validateMeta(svc: Service): FieldError[] {
  const errs = validateObjectMeta(svc.metadata, true, serviceName);
  const a = svc.metadata.annotations ?? {};
  if (a[TOPOLOGY_MODE] !== undefined && a[TOPOLOGY_HINTS] !== undefined && a[TOPOLOGY_MODE] !== a[TOPOLOGY_HINTS]) {
    errs.push(invalid(`metadata.annotations[${TOPOLOGY_MODE}]`, a[TOPOLOGY_MODE], `must match annotations[${TOPOLOGY_HINTS}] when both are specified`));
  }
  return errs;
}

function validateByType(svc: Service): FieldError[] {
  const spec = svc.spec;
  switch (spec.type) {
    case 'LoadBalancer':
    case 'NodePort': {
      const errs = spec.type === 'LoadBalancer' ? validateLoadBalancerPorts(spec) : [];
      if (isHeadless(spec)) errs.push(invalid('spec.clusterIPs[0]', spec.clusterIPs![0], `may not be set to 'None' for ${spec.type} services`));
      return errs;
    }
    case 'ExternalName': return [...validateExternalNameIPFields(spec), ...validateExternalName(spec)];
    default: return [];
  }
}

/**
 * Options for validating before allocation: upstream allocates first, so a health-check
 * NodePort the allocator will pick is not yet "Required".
 */
export interface ValidateServiceOptions { healthCheckPending?: boolean }

/** ValidateService (create and, after the update-only checks, update). */
export function validateService(svc: Service, opts: ValidateServiceOptions = {}): FieldError[] {
  const spec = svc.spec;
  const errs = validateMeta(svc);
  if (!spec.ports?.length && !isHeadless(spec) && spec.type !== 'ExternalName') errs.push(required('spec.ports'));
  errs.push(...validateByType(svc), ...validateServicePorts(spec));
  if (spec.selector !== undefined) errs.push(...validateLabels(spec.selector, 'spec.selector'));
  errs.push(...validateSessionAffinity(spec), ...validateClusterIPsRelatedFields(spec), ...validateExternalIPs(spec));
  if (!spec.type) errs.push(required('spec.type'));
  else if (!TYPES.includes(spec.type)) errs.push(notSupported('spec.type', spec.type, TYPES));
  errs.push(...validateNodePortRules(spec), ...validateSourceRanges(spec, svc.metadata.annotations));
  errs.push(...validateLoadBalancerFields(spec), ...validateTrafficPolicies(spec, opts.healthCheckPending));
  return errs;
}

/** ValidateServiceUpdate: metadata, upgrade/downgrade, loadBalancerClass and health-check immutability, then ValidateService. */
export function validateServiceUpdate(next: Service, old: Service, opts: ValidateServiceOptions = {}): FieldError[] {
  const errs = validateObjectMetaUpdate(next.metadata, old.metadata);
  errs.push(...validateUpgradeDowngradeClusterIPs(old.spec, next.spec), ...validateUpgradeDowngradeIPFamilies(old.spec, next.spec));
  if (old.spec.type === 'LoadBalancer' && next.spec.type === 'LoadBalancer' && old.spec.loadBalancerClass !== next.spec.loadBalancerClass) {
    errs.push(invalid('spec.loadBalancerClass', next.spec.loadBalancerClass, 'may not change once set'));
  }
  if (needsHealthCheck(old.spec) && needsHealthCheck(next.spec) && (old.spec.healthCheckNodePort ?? 0) !== (next.spec.healthCheckNodePort ?? 0)) {
    errs.push(forbidden('spec.healthCheckNodePort', IMMUTABLE_MSG));
  }
  return [...errs, ...validateService(next, opts)];
}
