// Original file: netsim/v1/pods.proto


export interface PodCondition {
  'type'?: (string);
  'status'?: (string);
  'lastProbeTime'?: (string);
  'lastTransitionTime'?: (string);
  'reason'?: (string);
  'message'?: (string);
  '_type'?: "type";
  '_status'?: "status";
  '_lastProbeTime'?: "lastProbeTime";
  '_lastTransitionTime'?: "lastTransitionTime";
  '_reason'?: "reason";
  '_message'?: "message";
}

export interface PodCondition__Output {
  'type'?: (string);
  'status'?: (string);
  'lastProbeTime'?: (string);
  'lastTransitionTime'?: (string);
  'reason'?: (string);
  'message'?: (string);
}
