// Original file: netsim/v1/workloads.proto


export interface DeploymentStrategy {
  'type'?: (string);
  '_type'?: "type";
}

export interface DeploymentStrategy__Output {
  'type'?: (string);
}
