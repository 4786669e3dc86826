// Original file: netsim/v1/workloads.proto


export interface RollingUpdateStatefulSetStrategy {
  'partition'?: (number);
  '_partition'?: "partition";
}

export interface RollingUpdateStatefulSetStrategy__Output {
  'partition'?: (number);
}
