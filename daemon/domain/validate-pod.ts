// Pod and pod-template validation in Kubernetes v1.31's order and wording, plus pod warnings.
// Pure; imports domain/ only. Source: pkg/apis/core/validation/validation.go ValidatePodSpec,
// validatePodMetadataAndSpec, ValidatePodUpdate, ValidatePodTemplateSpec.
import { invalid, required, type FieldError } from './field-errors.js';
import type { Pod, PodSpec, PodTemplateSpec } from './types.js';
import { validateContainers, validateContainersOnlyForPod, validateHostNetworkPorts } from './validate-containers.js';
import { notSupportedInOrder } from './validate-go-values.js';
import { validateAnnotations, validateLabels, validateObjectMeta, validateObjectMetaUpdate } from './validate-meta.js';
import { nameIsDnsSubdomain } from './validate-names.js';
import { validateDnsPolicy, validateHostAliases, validateHostnameAndSubdomain, validatePodDnsConfig } from './validate-pod-network.js';
import { podSpecUpdateErrors } from './validate-pod-update.js';
import { podSpecWarnings } from './validate-pod-warnings.js';
import { validateTolerations } from './validate-tolerations.js';

export interface PodSpecOptions {
  /** The spec belongs to a Pod, not a template (hostNetwork ports must then be filled). */
  resourceIsPod: boolean;
}

export function validateRestartPolicy(policy: string | undefined, field: string): FieldError[] {
  if (!policy) return [required(field)];
  const valid = ['Always', 'OnFailure', 'Never'];
  return valid.includes(policy) ? [] : [notSupportedInOrder(field, policy, valid)];
}

function validateNameField(value: string | undefined, field: string): FieldError[] {
  return value ? nameIsDnsSubdomain(value, false).map((m) => invalid(field, value, m)) : [];
}

/** ValidatePodSpec for the fields netsim models, at `field` (`spec` or `spec.template.spec`). */
export function validatePodSpec(spec: PodSpec, field: string, opts: PodSpecOptions): FieldError[] {
  const errs: FieldError[] = [];
  if (spec.terminationGracePeriodSeconds === undefined) errs.push(required(`${field}.terminationGracePeriodSeconds`));
  errs.push(...validateContainers(spec.containers, `${field}.containers`));
  errs.push(...validateHostNetworkPorts(spec.containers ?? [], spec.hostNetwork === true, `${field}.containers`, opts.resourceIsPod));
  errs.push(...validateRestartPolicy(spec.restartPolicy, `${field}.restartPolicy`));
  errs.push(...validateDnsPolicy(spec.dnsPolicy, `${field}.dnsPolicy`));
  errs.push(...validateLabels(spec.nodeSelector, `${field}.nodeSelector`));
  errs.push(...validatePodDnsConfig(spec.dnsConfig, spec.dnsPolicy, `${field}.dnsConfig`));
  errs.push(...validateNameField(spec.serviceAccountName, `${field}.serviceAccountName`));
  errs.push(...validateNameField(spec.nodeName, `${field}.nodeName`));
  errs.push(...validateHostnameAndSubdomain(spec, field));
  errs.push(...validateTolerations(spec.tolerations, `${field}.tolerations`));
  errs.push(...validateHostAliases(spec.hostAliases, `${field}.hostAliases`));
  return errs;
}

/** ValidatePodCreate: metadata (DNS-1123 subdomain name, namespaced), spec, trimmed images. */
export function validatePod(pod: Pod): FieldError[] {
  return [
    ...validateObjectMeta(pod.metadata, true, nameIsDnsSubdomain),
    ...validatePodSpec(pod.spec, 'spec', { resourceIsPod: true }),
    ...validateContainersOnlyForPod(pod.spec.containers ?? [], 'spec.containers'),
  ];
}

/**
 * ValidatePodUpdate: the new pod must be valid, and its spec may differ from the old one only
 * in container images and added tolerations.
 */
export function validatePodUpdate(next: Pod, old: Pod): FieldError[] {
  return [
    ...validateObjectMetaUpdate(next.metadata, old.metadata),
    ...validatePod(next),
    ...podSpecUpdateErrors(next.spec, old.spec),
  ];
}

/** ValidatePodTemplateSpec at `field` (e.g. `spec.template`). */
export function validatePodTemplateSpec(template: PodTemplateSpec, field: string): FieldError[] {
  return [
    ...validateLabels(template.metadata?.labels, `${field}.labels`),
    ...validateAnnotations(template.metadata?.annotations, `${field}.annotations`),
    ...validatePodSpec(template.spec, `${field}.spec`, { resourceIsPod: false }),
  ];
}

/** The `Warning: ...` lines kubectl prints after a pod create (without the prefix). */
export function podWarnings(pod: Pod): string[] {
  return podSpecWarnings(pod.spec, 'spec');
}
