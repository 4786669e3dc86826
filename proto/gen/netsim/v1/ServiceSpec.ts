// Original file: netsim/v1/services.proto

import type { ServicePort as _netsim_v1_ServicePort, ServicePort__Output as _netsim_v1_ServicePort__Output } from '../../netsim/v1/ServicePort.js';
import type { SessionAffinityConfig as _netsim_v1_SessionAffinityConfig, SessionAffinityConfig__Output as _netsim_v1_SessionAffinityConfig__Output } from '../../netsim/v1/SessionAffinityConfig.js';

export interface ServiceSpec {
  'ports'?: (_netsim_v1_ServicePort)[];
  'selector'?: ({[key: string]: string});
  'clusterIP'?: (string);
  'type'?: (string);
  'externalIPs'?: (string)[];
  'sessionAffinity'?: (string);
  'loadBalancerIP'?: (string);
  'loadBalancerSourceRanges'?: (string)[];
  'externalName'?: (string);
  'externalTrafficPolicy'?: (string);
  'healthCheckNodePort'?: (number);
  'publishNotReadyAddresses'?: (boolean);
  'sessionAffinityConfig'?: (_netsim_v1_SessionAffinityConfig | null);
  'ipFamilyPolicy'?: (string);
  'clusterIPs'?: (string)[];
  'ipFamilies'?: (string)[];
  'allocateLoadBalancerNodePorts'?: (boolean);
  'loadBalancerClass'?: (string);
  'internalTrafficPolicy'?: (string);
  '_clusterIP'?: "clusterIP";
  '_type'?: "type";
  '_sessionAffinity'?: "sessionAffinity";
  '_loadBalancerIP'?: "loadBalancerIP";
  '_externalName'?: "externalName";
  '_externalTrafficPolicy'?: "externalTrafficPolicy";
  '_healthCheckNodePort'?: "healthCheckNodePort";
  '_publishNotReadyAddresses'?: "publishNotReadyAddresses";
  '_ipFamilyPolicy'?: "ipFamilyPolicy";
  '_allocateLoadBalancerNodePorts'?: "allocateLoadBalancerNodePorts";
  '_loadBalancerClass'?: "loadBalancerClass";
  '_internalTrafficPolicy'?: "internalTrafficPolicy";
}

export interface ServiceSpec__Output {
  'ports'?: (_netsim_v1_ServicePort__Output)[];
  'selector'?: ({[key: string]: string});
  'clusterIP'?: (string);
  'type'?: (string);
  'externalIPs'?: (string)[];
  'sessionAffinity'?: (string);
  'loadBalancerIP'?: (string);
  'loadBalancerSourceRanges'?: (string)[];
  'externalName'?: (string);
  'externalTrafficPolicy'?: (string);
  'healthCheckNodePort'?: (number);
  'publishNotReadyAddresses'?: (boolean);
  'sessionAffinityConfig'?: (_netsim_v1_SessionAffinityConfig__Output);
  'ipFamilyPolicy'?: (string);
  'clusterIPs'?: (string)[];
  'ipFamilies'?: (string)[];
  'allocateLoadBalancerNodePorts'?: (boolean);
  'loadBalancerClass'?: (string);
  'internalTrafficPolicy'?: (string);
}
