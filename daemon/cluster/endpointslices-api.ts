// EndpointSlices written by users, for Services without a selector (R9.5): create, update,
// delete with the basic validation of discovery/v1. Slices of selector Services are the
// controller's (endpoint-controller.ts).
import { AlreadyExistsError, InvalidError } from '../domain/errors.js';
import { invalid, notSupported, required, type FieldError } from '../domain/field-errors.js';
import type { EndpointSlice } from '../domain/service-types.js';
import { familyOf } from '../../dataplane/wire/ip.js';
import type { ClusterCore, WriteOptions } from './core.js';
import { refOf } from './kinds.js';
import { requireNamespace } from './namespaces-api.js';
import { createMeta, updateMeta } from './object-meta.js';
import { getObject } from './reads.js';

// discovery/validation ValidateEndpointSlice: addressType and every address of that family.
function validateSlice(s: EndpointSlice): FieldError[] {
  const errs: FieldError[] = [];
  if (!s.metadata.name) errs.push(required('metadata.name', 'name or generateName is required'));
  if (!s.addressType) errs.push(required('addressType'));
  else if (!['IPv4', 'IPv6', 'FQDN'].includes(s.addressType)) errs.push(notSupported('addressType', s.addressType, ['FQDN', 'IPv4', 'IPv6']));
  s.endpoints.forEach((ep, i) => {
    if (!ep.addresses?.length) errs.push(required(`endpoints[${i}].addresses`, 'must contain at least 1 address'));
    ep.addresses?.forEach((a, j) => {
      if (s.addressType !== 'FQDN' && familyOf(a) !== s.addressType) {
        errs.push(invalid(`endpoints[${i}].addresses[${j}]`, a, `must be a valid ${s.addressType} address`));
      }
    });
  });
  return errs;
}

export class EndpointSliceApi {
  constructor(private readonly c: ClusterCore) {}

  async create(input: EndpointSlice, opts: WriteOptions = {}): Promise<EndpointSlice> {
    const { c } = this;
    const ns = input.metadata?.namespace || 'default';
    requireNamespace(c.store, ns);
    const slice: EndpointSlice = { ...input, apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', endpoints: input.endpoints ?? [], metadata: createMeta(input.metadata, ns, c.clock, c.rng) };
    const errs = validateSlice(slice);
    if (errs.length) throw new InvalidError(refOf('EndpointSlice', slice.metadata.name, ns), errs);
    if (c.store.get('EndpointSlice', ns, slice.metadata.name)) throw new AlreadyExistsError(refOf('EndpointSlice', slice.metadata.name, ns));
    if (opts.dryRun) return slice;
    return (await c.store.commit([{ op: 'put', object: slice, expectVersion: '' }])).objects[0] as EndpointSlice;
  }

  async update(input: EndpointSlice, opts: WriteOptions = {}): Promise<EndpointSlice> {
    const { c } = this;
    const ns = input.metadata?.namespace || 'default';
    const live = getObject(c.store, 'EndpointSlice', ns, input.metadata.name);
    const next: EndpointSlice = { ...live, ...input, apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', endpoints: input.endpoints ?? [], metadata: updateMeta(input.metadata, live.metadata, false) };
    const errs = validateSlice(next);
    if (next.addressType !== live.addressType) errs.push(invalid('addressType', next.addressType, 'field is immutable'));
    if (errs.length) throw new InvalidError(refOf('EndpointSlice', live.metadata.name, ns), errs);
    if (opts.dryRun) return next;
    return (await c.store.commit([{ op: 'put', object: next, expectVersion: input.metadata.resourceVersion || live.metadata.resourceVersion }])).objects[0] as EndpointSlice;
  }

  async delete(namespace: string, name: string, opts: WriteOptions & { resourceVersion?: string } = {}): Promise<EndpointSlice> {
    const live = getObject(this.c.store, 'EndpointSlice', namespace, name);
    if (opts.dryRun) return live;
    await this.c.store.commit([{ op: 'delete', key: { kind: 'EndpointSlice', namespace, name }, expectVersion: opts.resourceVersion || undefined }]);
    return live;
  }
}
