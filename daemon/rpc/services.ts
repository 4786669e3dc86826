// netsim.v1.Services and netsim.v1.EndpointSlices: the standard methods.
import type { Cluster } from '../cluster/cluster.js';
import type { EndpointSlice, Service } from '../domain/service-types.js';
import { resourceHandlers } from './resources.js';

export function servicesService(c: Cluster) {
  return resourceHandlers<Service>('Service', 'Services', c.store, {
    create: (o) => c.services.create(o), update: (o) => c.services.update(o),
    delete: (ns, name, rv) => c.services.delete(ns ?? 'default', name, { resourceVersion: rv }),
  });
}

export function endpointSlicesService(c: Cluster) {
  return resourceHandlers<EndpointSlice>('EndpointSlice', 'EndpointSlices', c.store, {
    create: (o) => c.endpointSlices.create(o), update: (o) => c.endpointSlices.update(o),
    delete: (ns, name, rv) => c.endpointSlices.delete(ns ?? 'default', name, { resourceVersion: rv }),
  });
}
