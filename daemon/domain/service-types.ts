// Service (core/v1) and EndpointSlice (discovery.k8s.io/v1) as the control plane holds them:
// Kubernetes' JSON field names, the subset netsim models. Imports only types.ts.
import type { IpFamily, KubeObject, ObjectReference } from './types.js';

export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';
export type IpFamilyPolicy = 'SingleStack' | 'PreferDualStack' | 'RequireDualStack';
export type Protocol = 'TCP' | 'UDP' | 'SCTP';
/** Kubernetes' IntOrString as JSON shows it: 8080 or "http". */
export type IntOrString = number | string;

export interface ServicePort {
  name?: string;
  protocol?: Protocol;
  appProtocol?: string;
  port: number;
  targetPort?: IntOrString;
  nodePort?: number;
}

export interface SessionAffinityConfig { clientIP?: { timeoutSeconds?: number } }

export interface ServiceSpec {
  type?: ServiceType;
  ports?: ServicePort[];
  selector?: Record<string, string>;
  clusterIP?: string;
  clusterIPs?: string[];
  ipFamilies?: IpFamily[];
  ipFamilyPolicy?: IpFamilyPolicy;
  externalName?: string;
  externalIPs?: string[];
  sessionAffinity?: 'None' | 'ClientIP';
  sessionAffinityConfig?: SessionAffinityConfig;
  externalTrafficPolicy?: 'Cluster' | 'Local';
  internalTrafficPolicy?: 'Cluster' | 'Local';
  healthCheckNodePort?: number;
  loadBalancerIP?: string;
  loadBalancerClass?: string;
  loadBalancerSourceRanges?: string[];
  allocateLoadBalancerNodePorts?: boolean;
  publishNotReadyAddresses?: boolean;
}

export interface LoadBalancerIngress { ip?: string; hostname?: string; ipMode?: 'VIP' | 'Proxy' }

export interface ServiceStatus { loadBalancer?: { ingress?: LoadBalancerIngress[] } }

export interface Service extends KubeObject { kind: 'Service'; spec: ServiceSpec; status: ServiceStatus }

export interface EndpointConditions { ready?: boolean; serving?: boolean; terminating?: boolean }

export interface Endpoint {
  addresses: string[];
  conditions?: EndpointConditions;
  hostname?: string;
  nodeName?: string;
  zone?: string;
  targetRef?: ObjectReference;
}

export interface EndpointPort { name?: string; protocol?: Protocol; port?: number; appProtocol?: string }

export interface EndpointSlice extends KubeObject {
  kind: 'EndpointSlice';
  addressType: IpFamily | 'FQDN';
  endpoints: Endpoint[];
  ports?: EndpointPort[];
}
