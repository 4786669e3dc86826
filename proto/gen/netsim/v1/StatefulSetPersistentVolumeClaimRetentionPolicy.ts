// Original file: netsim/v1/workloads.proto


export interface StatefulSetPersistentVolumeClaimRetentionPolicy {
  'whenDeleted'?: (string);
  'whenScaled'?: (string);
  '_whenDeleted'?: "whenDeleted";
  '_whenScaled'?: "whenScaled";
}

export interface StatefulSetPersistentVolumeClaimRetentionPolicy__Output {
  'whenDeleted'?: (string);
  'whenScaled'?: (string);
}
