// Original file: netsim/v1/pods.proto

import type { ContainerStateWaiting as _netsim_v1_ContainerStateWaiting, ContainerStateWaiting__Output as _netsim_v1_ContainerStateWaiting__Output } from '../../netsim/v1/ContainerStateWaiting.js';
import type { ContainerStateRunning as _netsim_v1_ContainerStateRunning, ContainerStateRunning__Output as _netsim_v1_ContainerStateRunning__Output } from '../../netsim/v1/ContainerStateRunning.js';
import type { ContainerStateTerminated as _netsim_v1_ContainerStateTerminated, ContainerStateTerminated__Output as _netsim_v1_ContainerStateTerminated__Output } from '../../netsim/v1/ContainerStateTerminated.js';

export interface ContainerState {
  'waiting'?: (_netsim_v1_ContainerStateWaiting | null);
  'running'?: (_netsim_v1_ContainerStateRunning | null);
  'terminated'?: (_netsim_v1_ContainerStateTerminated | null);
}

export interface ContainerState__Output {
  'waiting'?: (_netsim_v1_ContainerStateWaiting__Output);
  'running'?: (_netsim_v1_ContainerStateRunning__Output);
  'terminated'?: (_netsim_v1_ContainerStateTerminated__Output);
}
