// Every netsim.v1 service of the daemon, keyed as createRpcServer expects.
import type { Cluster } from '../cluster/cluster.js';
import { clusterService, type DaemonInfo } from './cluster.js';
import { eventsService } from './events.js';
import { manifestsService } from './manifests.js';
import { namespacesService } from './namespaces.js';
import { networkService } from './network.js';
import { nodesService } from './nodes.js';
import { podsService } from './pods.js';
import type { NetsimHandlers } from './server.js';
import { deploymentsService, statefulSetsService } from './workloads.js';
import { endpointSlicesService, servicesService } from './services.js';

export function netsimHandlers(c: Cluster, info: DaemonInfo): NetsimHandlers {
  return {
    Cluster: clusterService(c, info),
    Nodes: nodesService(c),
    Pods: podsService(c),
    Namespaces: namespacesService(c),
    Deployments: deploymentsService(c),
    StatefulSets: statefulSetsService(c),
    Events: eventsService(c),
    Manifests: manifestsService(c),
    Services: servicesService(c),
    EndpointSlices: endpointSlicesService(c),
    Network: networkService(c),
  } as NetsimHandlers;
}
