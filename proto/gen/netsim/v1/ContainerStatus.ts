// Original file: netsim/v1/pods.proto

import type { ContainerState as _netsim_v1_ContainerState, ContainerState__Output as _netsim_v1_ContainerState__Output } from '../../netsim/v1/ContainerState.js';

export interface ContainerStatus {
  'name'?: (string);
  'image'?: (string);
  'imageID'?: (string);
  'containerID'?: (string);
  'ready'?: (boolean);
  'started'?: (boolean);
  'restartCount'?: (number);
  'state'?: (_netsim_v1_ContainerState | null);
  'lastState'?: (_netsim_v1_ContainerState | null);
  '_name'?: "name";
  '_image'?: "image";
  '_imageID'?: "imageID";
  '_containerID'?: "containerID";
  '_ready'?: "ready";
  '_started'?: "started";
  '_restartCount'?: "restartCount";
}

export interface ContainerStatus__Output {
  'name'?: (string);
  'image'?: (string);
  'imageID'?: (string);
  'containerID'?: (string);
  'ready'?: (boolean);
  'started'?: (boolean);
  'restartCount'?: (number);
  'state'?: (_netsim_v1_ContainerState__Output);
  'lastState'?: (_netsim_v1_ContainerState__Output);
}
