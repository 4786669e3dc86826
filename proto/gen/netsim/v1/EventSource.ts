// Original file: netsim/v1/events.proto


export interface EventSource {
  'component'?: (string);
  'host'?: (string);
  '_component'?: "component";
  '_host'?: "host";
}

export interface EventSource__Output {
  'component'?: (string);
  'host'?: (string);
}
