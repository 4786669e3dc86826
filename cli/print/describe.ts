// `kubectl describe` entry points, one per layout: pods, nodes, and the rest (deployments,
// statefulsets, namespaces, services, then the generic field listing). Imports only sibling print modules.
export { describePod, type DescribeOptions } from './describe-pod.js';
export { describeNode, type DescribeNodeOptions, type NodeLease } from './describe-node.js';
export { describeService, formatEndpointSlices } from './describe-service.js';
export { describeGeneric, type DescribeGenericOptions, type ReplicaSetSummary } from './describe-generic.js';
