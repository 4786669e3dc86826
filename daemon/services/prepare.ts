// The Service write path of the apiserver registry as pure functions: defaults, linked-field
// fix-ups, dual-stack defaulting, validation, and the allocation plan the caller carries out.
// Imports only daemon/domain and this folder; never an allocator, store or RPC module.
// Source: pkg/registry/core/service/storage/storage.go beginCreate, beginUpdate; strategy.go.
import type { FieldError } from '../domain/field-errors.js';
import type { Service } from '../domain/service-types.js';
import { NO_ALLOCATIONS, NO_RELEASES, planCreate, planUpdate, type ServiceAllocations, type ServiceReleases } from './allocation.js';
import { defaultService } from './defaults.js';
import { initIPFamilyFields, type ServiceClusterConfig } from './ip-families.js';
import { dropTypeDependentFields, normalizeClusterIPs, patchAllocatedValues } from './normalize.js';
import { draftOf } from './predicates.js';
import { validateService, validateServiceUpdate } from './validate.js';

export interface ServiceCreatePlan {
  /** The Service to store once `allocate` is carried out (see applyAllocations). */
  readonly service: Service;
  /** Non-empty: reject with InvalidError; nothing is to be allocated. */
  readonly errors: readonly FieldError[];
  readonly allocate: ServiceAllocations;
}

export interface ServiceUpdatePlan extends ServiceCreatePlan {
  /** To give back after the update commits (never on failure). */
  readonly release: ServiceReleases;
}

const pending = (svc: Service, plan: ServiceAllocations): boolean => !!plan.healthCheckNodePort && !svc.spec.healthCheckNodePort;

/** beginCreate then BeforeCreate: normalizeClusterIPs → initIPFamilyFields → PrepareForCreate → ValidateService. */
export function prepareServiceCreate(input: Service, cluster: ServiceClusterConfig): ServiceCreatePlan {
  const svc = draftOf(defaultService(input));
  normalizeClusterIPs(svc.spec, undefined);
  const init = initIPFamilyFields(svc.spec, undefined, cluster);
  if (init.length) return { service: svc, errors: init, allocate: NO_ALLOCATIONS };
  svc.status = {};
  const allocate = planCreate(svc.spec);
  const errors = validateService(svc, { healthCheckPending: pending(svc, allocate) });
  return { service: svc, errors, allocate: errors.length ? NO_ALLOCATIONS : allocate };
}

/**
 * beginUpdate then BeforeUpdate: patchAllocatedValues → normalizeClusterIPs → initIPFamilyFields
 * → (allocation plan) → PrepareForUpdate (status kept, dropTypeDependentFields) → ValidateServiceUpdate.
 * `old` is the stored object.
 */
export function prepareServiceUpdate(next: Service, old: Service, cluster: ServiceClusterConfig): ServiceUpdatePlan {
  const svc = draftOf(defaultService(next));
  patchAllocatedValues(svc.spec, old.spec);
  normalizeClusterIPs(svc.spec, old.spec);
  const init = initIPFamilyFields(svc.spec, old.spec, cluster);
  if (init.length) return { service: svc, errors: init, allocate: NO_ALLOCATIONS, release: NO_RELEASES };
  const plan = planUpdate(svc.spec, old.spec);
  svc.status = structuredClone(old.status ?? {});
  dropTypeDependentFields(svc, old);
  const errors = validateServiceUpdate(svc, old, { healthCheckPending: pending(svc, plan.allocate) });
  if (errors.length) return { service: svc, errors, allocate: NO_ALLOCATIONS, release: NO_RELEASES };
  return { service: svc, errors, ...plan };
}
