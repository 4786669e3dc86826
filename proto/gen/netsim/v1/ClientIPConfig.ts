// Original file: netsim/v1/services.proto


export interface ClientIPConfig {
  'timeoutSeconds'?: (number);
  '_timeoutSeconds'?: "timeoutSeconds";
}

export interface ClientIPConfig__Output {
  'timeoutSeconds'?: (number);
}
