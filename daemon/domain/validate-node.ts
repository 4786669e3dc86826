// Node validation: name, taints, podCIDRs (one per family, R4.5) and podCIDR immutability on
// update. Pure; imports domain/ only. Source: core/validation ValidateNode, ValidateNodeUpdate,
// validateNodeTaints; registry/core/node/strategy.go (both run on update).
import { duplicate, forbidden, goStringSlice, invalid, type FieldError } from './field-errors.js';
import type { Node, Taint } from './types.js';
import { goTaint } from './validate-go-values.js';
import { validateLabelName, validateObjectMeta, validateObjectMetaUpdate } from './validate-meta.js';
import { CIDR_DETAIL, isValidLabelValue, nameIsDnsSubdomain, parseCidrSloppy } from './validate-names.js';
import { validateTaintEffect } from './validate-tolerations.js';

/**
 * validateNodeTaints. Upstream passes `metadata` as the parent path, so node taint errors read
 * `metadata.taints[0].key`, not `spec.taints[0].key`; kept as is.
 */
export function validateNodeTaints(taints: readonly Taint[] | undefined, field = 'metadata.taints'): FieldError[] {
  const errs: FieldError[] = [];
  const unique = new Map<string, Set<string>>();
  (taints ?? []).forEach((t, i) => {
    const p = `${field}[${i}]`;
    errs.push(...validateLabelName(t.key ?? '', `${p}.key`));
    const msgs = isValidLabelValue(t.value ?? '');
    if (msgs.length) errs.push(invalid(`${p}.value`, t.value ?? '', msgs.join(';')));
    errs.push(...validateTaintEffect(t.effect, false, `${p}.effect`));
    const keys = unique.get(t.effect) ?? new Set<string>();
    if (keys.has(t.key)) {
      errs.push({ ...duplicate(p, goTaint(t)), detail: 'taints must be unique by key and effect pair' });
      return;
    }
    unique.set(t.effect, keys.add(t.key));
  });
  return errs;
}

function validatePodCidrs(cidrs: readonly string[] | undefined): FieldError[] {
  if (!cidrs?.length) return [];
  const field = 'spec.podCIDRs';
  const errs: FieldError[] = [];
  const parsed = cidrs.map((c) => parseCidrSloppy(c));
  parsed.forEach((p, i) => { if (!p) errs.push(invalid(`${field}[${i}]`, cidrs[i], CIDR_DETAIL)); });
  if (cidrs.length < 2) return errs;
  const bad = parsed.findIndex((p) => !p);
  if (bad >= 0) {
    // netutils.IsDualStackCIDRStrings → ParseCIDRs error text.
    errs.push({ type: 'Internal error', field, detail: `invalid PodCIDRs. failed to check with dual stack with error:invalid CIDR[${bad}]: <nil> (invalid CIDR address: ${cidrs[bad]})`, reason: 'INVALID_SPEC' });
  }
  const dualStack = bad < 0 && parsed.some((p) => p!.family === 'IPv4') && parsed.some((p) => p!.family === 'IPv6');
  if (!dualStack || cidrs.length > 2) errs.push(invalid(field, goStringSlice(cidrs), 'may specify no more than one CIDR for each IP family'));
  const seen = new Set<string>();
  cidrs.forEach((c, i) => { if (seen.has(c)) errs.push(duplicate(`${field}[${i}]`, c)); seen.add(c); });
  return errs;
}

/** ValidateNode: DNS-1123 subdomain name, cluster-scoped metadata, taints, podCIDRs. */
export function validateNode(node: Node): FieldError[] {
  return [
    ...validateObjectMeta(node.metadata, false, nameIsDnsSubdomain),
    ...(node.spec.taints?.length ? validateNodeTaints(node.spec.taints) : []),
    ...validatePodCidrs(node.spec.podCIDRs),
  ];
}

/** ValidateNode plus ValidateNodeUpdate: podCIDRs may only go from unset to set. */
export function validateNodeUpdate(next: Node, old: Node): FieldError[] {
  const errs = [...validateNode(next), ...validateObjectMetaUpdate(next.metadata, old.metadata)];
  const oldCidrs = old.spec.podCIDRs ?? [], newCidrs = next.spec.podCIDRs ?? [];
  if (oldCidrs.length > 0) {
    const msg = 'node updates may not change podCIDR except from "" to valid';
    if (oldCidrs.length !== newCidrs.length) errs.push(forbidden('spec.podCIDRs', msg));
    else oldCidrs.forEach((c, i) => { if (c !== newCidrs[i]) errs.push(forbidden('spec.podCIDRs', msg)); });
  }
  return errs;
}
