// Original file: netsim/v1/pods.proto

import type { PodCondition as _netsim_v1_PodCondition, PodCondition__Output as _netsim_v1_PodCondition__Output } from '../../netsim/v1/PodCondition.js';
import type { HostIP as _netsim_v1_HostIP, HostIP__Output as _netsim_v1_HostIP__Output } from '../../netsim/v1/HostIP.js';
import type { PodIP as _netsim_v1_PodIP, PodIP__Output as _netsim_v1_PodIP__Output } from '../../netsim/v1/PodIP.js';
import type { ContainerStatus as _netsim_v1_ContainerStatus, ContainerStatus__Output as _netsim_v1_ContainerStatus__Output } from '../../netsim/v1/ContainerStatus.js';

export interface PodStatus {
  'phase'?: (string);
  'conditions'?: (_netsim_v1_PodCondition)[];
  'hostIP'?: (string);
  'hostIPs'?: (_netsim_v1_HostIP)[];
  'podIP'?: (string);
  'podIPs'?: (_netsim_v1_PodIP)[];
  'startTime'?: (string);
  'containerStatuses'?: (_netsim_v1_ContainerStatus)[];
  'qosClass'?: (string);
  'message'?: (string);
  'reason'?: (string);
  '_phase'?: "phase";
  '_hostIP'?: "hostIP";
  '_podIP'?: "podIP";
  '_startTime'?: "startTime";
  '_qosClass'?: "qosClass";
  '_message'?: "message";
  '_reason'?: "reason";
}

export interface PodStatus__Output {
  'phase'?: (string);
  'conditions'?: (_netsim_v1_PodCondition__Output)[];
  'hostIP'?: (string);
  'hostIPs'?: (_netsim_v1_HostIP__Output)[];
  'podIP'?: (string);
  'podIPs'?: (_netsim_v1_PodIP__Output)[];
  'startTime'?: (string);
  'containerStatuses'?: (_netsim_v1_ContainerStatus__Output)[];
  'qosClass'?: (string);
  'message'?: (string);
  'reason'?: (string);
}
