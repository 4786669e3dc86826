// Original file: netsim/v1/nodes.proto


export interface NodeCondition {
  'type'?: (string);
  'status'?: (string);
  'lastHeartbeatTime'?: (string);
  'lastTransitionTime'?: (string);
  'reason'?: (string);
  'message'?: (string);
  '_type'?: "type";
  '_status'?: "status";
  '_lastHeartbeatTime'?: "lastHeartbeatTime";
  '_lastTransitionTime'?: "lastTransitionTime";
  '_reason'?: "reason";
  '_message'?: "message";
}

export interface NodeCondition__Output {
  'type'?: (string);
  'status'?: (string);
  'lastHeartbeatTime'?: (string);
  'lastTransitionTime'?: (string);
  'reason'?: (string);
  'message'?: (string);
}
