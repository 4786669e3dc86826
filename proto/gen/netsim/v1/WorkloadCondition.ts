// Original file: netsim/v1/workloads.proto


export interface WorkloadCondition {
  'type'?: (string);
  'status'?: (string);
  'reason'?: (string);
  'message'?: (string);
  'lastTransitionTime'?: (string);
  'lastUpdateTime'?: (string);
  '_type'?: "type";
  '_status'?: "status";
  '_reason'?: "reason";
  '_message'?: "message";
  '_lastTransitionTime'?: "lastTransitionTime";
  '_lastUpdateTime'?: "lastUpdateTime";
}

export interface WorkloadCondition__Output {
  'type'?: (string);
  'status'?: (string);
  'reason'?: (string);
  'message'?: (string);
  'lastTransitionTime'?: (string);
  'lastUpdateTime'?: (string);
}
