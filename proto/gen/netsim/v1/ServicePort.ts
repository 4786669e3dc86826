// Original file: netsim/v1/services.proto

import type { IntOrString as _netsim_v1_IntOrString, IntOrString__Output as _netsim_v1_IntOrString__Output } from '../../netsim/v1/IntOrString.js';

export interface ServicePort {
  'name'?: (string);
  'protocol'?: (string);
  'port'?: (number);
  'targetPort'?: (_netsim_v1_IntOrString | null);
  'nodePort'?: (number);
  'appProtocol'?: (string);
  '_name'?: "name";
  '_protocol'?: "protocol";
  '_port'?: "port";
  '_nodePort'?: "nodePort";
  '_appProtocol'?: "appProtocol";
}

export interface ServicePort__Output {
  'name'?: (string);
  'protocol'?: (string);
  'port'?: (number);
  'targetPort'?: (_netsim_v1_IntOrString__Output);
  'nodePort'?: (number);
  'appProtocol'?: (string);
}
