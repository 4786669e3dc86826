// Original file: netsim/v1/pods.proto


export interface GetPodLogsResponse {
  'logs'?: (string);
}

export interface GetPodLogsResponse__Output {
  'logs'?: (string);
}
