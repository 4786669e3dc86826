// Original file: netsim/v1/pods.proto

import type { ContainerPort as _netsim_v1_ContainerPort, ContainerPort__Output as _netsim_v1_ContainerPort__Output } from '../../netsim/v1/ContainerPort.js';
import type { EnvVar as _netsim_v1_EnvVar, EnvVar__Output as _netsim_v1_EnvVar__Output } from '../../netsim/v1/EnvVar.js';
import type { ResourceRequirements as _netsim_v1_ResourceRequirements, ResourceRequirements__Output as _netsim_v1_ResourceRequirements__Output } from '../../netsim/v1/ResourceRequirements.js';

export interface Container {
  'name'?: (string);
  'image'?: (string);
  'command'?: (string)[];
  'args'?: (string)[];
  'workingDir'?: (string);
  'ports'?: (_netsim_v1_ContainerPort)[];
  'env'?: (_netsim_v1_EnvVar)[];
  'imagePullPolicy'?: (string);
  'resources'?: (_netsim_v1_ResourceRequirements | null);
  'terminationMessagePath'?: (string);
  'terminationMessagePolicy'?: (string);
  '_name'?: "name";
  '_image'?: "image";
  '_workingDir'?: "workingDir";
  '_imagePullPolicy'?: "imagePullPolicy";
  '_terminationMessagePath'?: "terminationMessagePath";
  '_terminationMessagePolicy'?: "terminationMessagePolicy";
}

export interface Container__Output {
  'name'?: (string);
  'image'?: (string);
  'command'?: (string)[];
  'args'?: (string)[];
  'workingDir'?: (string);
  'ports'?: (_netsim_v1_ContainerPort__Output)[];
  'env'?: (_netsim_v1_EnvVar__Output)[];
  'imagePullPolicy'?: (string);
  'resources'?: (_netsim_v1_ResourceRequirements__Output);
  'terminationMessagePath'?: (string);
  'terminationMessagePolicy'?: (string);
}
