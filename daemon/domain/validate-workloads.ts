// Deployment and StatefulSet (apps/v1) validation in v1.31's wording: replicas, selector vs
// template labels, strategies, update rules. Pure; imports domain/ only. Source: pkg/apis/apps/
// validation/validation.go; registry/apps/deployment/strategy.go (immutable selector).
import { forbidden, invalid, notSupported, required, type FieldError, type FieldValue } from './field-errors.js';
import { fromLabelSelector, matchesSelector } from './labels.js';
import type { Deployment, LabelSelector, PodTemplateSpec, StatefulSet } from './types.js';
import { goLabelSelector, goStringMap } from './validate-go-values.js';
import { IMMUTABLE_MSG, validateAnnotations, validateLabels, validateLabelSelector, validateNonnegative, validateObjectMeta, validateObjectMetaUpdate } from './validate-meta.js';
import { nameIsDnsLabel, nameIsDnsSubdomain, regexError } from './validate-names.js';
import { semanticEqual } from './validate-pod-update.js';
import { validatePodTemplateSpec } from './validate-pod.js';

type Kind = 'deployment' | 'statefulset';

/**
 * Selector checks shared by both kinds. A nil selector converts to labels.Nothing(), which is
 * not Empty() and matches nothing, so it also yields the template-labels mismatch error.
 */
function validateSelector(sel: LabelSelector | undefined, template: PodTemplateSpec, kind: Kind): FieldError[] {
  if (!sel) return [required('spec.selector'), mismatch(template)];
  const errs = validateLabelSelector(sel, 'spec.selector');
  const empty = Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions?.length ?? 0) === 0;
  if (empty) errs.push(invalid('spec.selector', goLabelSelector(sel), `empty selector is invalid for ${kind}`));
  // LabelSelectorAsSelector fails exactly when the selector itself is invalid.
  if (errs.length && !empty) errs.push(invalid('spec.selector', goLabelSelector(sel), kind === 'deployment' ? 'invalid label selector' : ''));
  else if (!empty && !matchesSelector(fromLabelSelector(sel), template.metadata?.labels)) errs.push(mismatch(template));
  return errs;
}

function mismatch(template: PodTemplateSpec): FieldError {
  return invalid('spec.template.metadata.labels', goStringMap(template.metadata?.labels), '`selector` does not match template `labels`');
}

function restartAlways(template: PodTemplateSpec): FieldError[] {
  const p = template.spec?.restartPolicy;
  return p === 'Always' ? [] : [notSupported('spec.template.spec.restartPolicy', p ?? '', ['Always'])];
}

/** intstr.IntOrString prints through its String() method: unquoted. */
const intOrString = (v: number | string): FieldValue => ({ goSyntax: String(v) });

function validateIntOrPercent(v: number | string | undefined, field: string): FieldError[] {
  if (v === undefined) return [];
  if (typeof v === 'number') return validateNonnegative(v, field);
  return /^[0-9]+%$/.test(v) ? [] : [invalid(field, intOrString(v), regexError("a valid percent string must be a numeric string followed by an ending '%'", '[0-9]+%', '1%', '93%'))];
}

/** getIntOrPercentValue: a percentage's number, else IntValue() (strconv.Atoi, 0 on failure). */
function intOrPercentValue(v: number | string | undefined): number {
  if (typeof v !== 'string') return v ?? 0;
  if (/^[0-9]+%$/.test(v)) return Number(v.slice(0, -1));
  return /^[+-]?[0-9]+$/.test(v) ? Number(v) : 0;
}

function validateDeploymentStrategy(s: Deployment['spec']['strategy']): FieldError[] {
  const field = 'spec.strategy';
  if (s?.type === 'Recreate') return s.rollingUpdate ? [forbidden(`${field}.rollingUpdate`, "may not be specified when strategy `type` is 'Recreate'")] : [];
  if (s?.type !== 'RollingUpdate') {
    const ru = s?.rollingUpdate ? '&apps.RollingUpdateDeployment{...}' : '(*apps.RollingUpdateDeployment)(nil)';
    return [notSupported(field, { goSyntax: `apps.DeploymentStrategy{Type:"${s?.type ?? ''}", RollingUpdate:${ru}}` }, ['Recreate', 'RollingUpdate'])];
  }
  const ru = s.rollingUpdate;
  if (!ru) return [required(`${field}.rollingUpdate`, 'this should be defaulted and never be nil')];
  const errs = [...validateIntOrPercent(ru.maxUnavailable, `${field}.rollingUpdate.maxUnavailable`), ...validateIntOrPercent(ru.maxSurge, `${field}.rollingUpdate.maxSurge`)];
  if (intOrPercentValue(ru.maxUnavailable) === 0 && intOrPercentValue(ru.maxSurge) === 0) {
    errs.push(invalid(`${field}.rollingUpdate.maxUnavailable`, intOrString(ru.maxUnavailable ?? 0), 'may not be 0 when `maxSurge` is 0'));
  }
  // IsNotMoreThan100Percent: maxUnavailable only (a surge may exceed 100%).
  const mu = ru.maxUnavailable;
  if (typeof mu === 'string' && /^[0-9]+%$/.test(mu) && Number(mu.slice(0, -1)) > 100) {
    errs.push(invalid(`${field}.rollingUpdate.maxUnavailable`, intOrString(mu), 'must not be greater than 100%'));
  }
  return errs;
}

function validateDeploymentSpec(d: Deployment): FieldError[] {
  const s = d.spec;
  const errs = [...validateNonnegative(s.replicas, 'spec.replicas'), ...validateSelector(s.selector, s.template, 'deployment')];
  errs.push(...validatePodTemplateSpec(s.template, 'spec.template'), ...restartAlways(s.template));
  errs.push(...validateDeploymentStrategy(s.strategy));
  errs.push(...validateNonnegative(s.minReadySeconds, 'spec.minReadySeconds'), ...validateNonnegative(s.revisionHistoryLimit, 'spec.revisionHistoryLimit'));
  if (s.progressDeadlineSeconds !== undefined) {
    errs.push(...validateNonnegative(s.progressDeadlineSeconds, 'spec.progressDeadlineSeconds'));
    if (s.progressDeadlineSeconds <= (s.minReadySeconds ?? 0)) {
      errs.push(invalid('spec.progressDeadlineSeconds', s.progressDeadlineSeconds, 'must be greater than minReadySeconds'));
    }
  }
  return errs;
}

/** ValidateDeployment: DNS-1123 subdomain name; the template is validated as a pod template. */
export function validateDeployment(d: Deployment): FieldError[] {
  return [...validateObjectMeta(d.metadata, true, nameIsDnsSubdomain), ...validateDeploymentSpec(d)];
}

/** ValidateDeploymentUpdate plus the apps/v1 strategy's immutable selector. */
export function validateDeploymentUpdate(next: Deployment, old: Deployment): FieldError[] {
  const errs = [...validateObjectMetaUpdate(next.metadata, old.metadata), ...validateDeploymentSpec(next)];
  if (!semanticEqual(next.spec.selector, old.spec.selector)) errs.push(invalid('spec.selector', goLabelSelector(next.spec.selector), IMMUTABLE_MSG));
  return errs;
}

function validateStatefulSetStrategy(u: StatefulSet['spec']['updateStrategy']): FieldError[] {
  const field = 'spec.updateStrategy';
  if (!u?.type) return [required(field)];
  if (u.type === 'OnDelete') {
    return u.rollingUpdate ? [invalid(`${field}.rollingUpdate`, { goSyntax: `apps.RollingUpdateStatefulSetStrategy{Partition:${u.rollingUpdate.partition ?? 0}, MaxUnavailable:(*intstr.IntOrString)(nil)}` }, "only allowed for updateStrategy 'RollingUpdate'")] : [];
  }
  if (u.type === 'RollingUpdate') return validateNonnegative(u.rollingUpdate?.partition, `${field}.rollingUpdate.partition`);
  return [invalid(field, { goSyntax: `apps.StatefulSetUpdateStrategy{Type:"${u.type}", RollingUpdate:(*apps.RollingUpdateStatefulSetStrategy)(nil)}` }, "must be 'RollingUpdate' or 'OnDelete'")];
}

/**
 * ValidateStatefulSetSpec. Upstream validates only the template's labels and annotations,
 * not its pod spec (kubernetes#60619): a bad template fails later, when the controller
 * creates the pods. serviceName is not validated either.
 */
function validateStatefulSetSpec(s: StatefulSet['spec']): FieldError[] {
  const errs: FieldError[] = [];
  const pmp = s.podManagementPolicy as string | undefined;
  if (!pmp) errs.push(required('spec.podManagementPolicy'));
  else if (pmp !== 'OrderedReady' && pmp !== 'Parallel') errs.push(invalid('spec.podManagementPolicy', pmp, "must be 'OrderedReady' or 'Parallel'"));
  errs.push(...validateStatefulSetStrategy(s.updateStrategy));
  errs.push(...validateNonnegative(s.replicas, 'spec.replicas'), ...validateNonnegative(s.minReadySeconds, 'spec.minReadySeconds'));
  errs.push(...validateSelector(s.selector, s.template, 'statefulset'));
  errs.push(...validateLabels(s.template.metadata?.labels, 'spec.template.labels'));
  errs.push(...validateAnnotations(s.template.metadata?.annotations, 'spec.template.annotations'));
  errs.push(...restartAlways(s.template));
  return errs;
}

/** ValidateStatefulSet: the name must be a DNS-1123 label (its pods are named `<name>-<ordinal>`). */
export function validateStatefulSet(s: StatefulSet): FieldError[] {
  return [...validateObjectMeta(s.metadata, true, nameIsDnsLabel), ...validateStatefulSetSpec(s.spec)];
}

/** ValidateStatefulSetUpdate: only replicas, template, updateStrategy, minReadySeconds and the PVC policy may change. */
export function validateStatefulSetUpdate(next: StatefulSet, old: StatefulSet): FieldError[] {
  const errs = [...validateObjectMetaUpdate(next.metadata, old.metadata), ...validateStatefulSetSpec(next.spec)];
  const munged = {
    ...next.spec, replicas: old.spec.replicas, template: old.spec.template, updateStrategy: old.spec.updateStrategy,
    minReadySeconds: old.spec.minReadySeconds, persistentVolumeClaimRetentionPolicy: old.spec.persistentVolumeClaimRetentionPolicy,
  };
  if (!semanticEqual(munged, old.spec)) {
    errs.push(forbidden('spec', "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden"));
  }
  return errs;
}
