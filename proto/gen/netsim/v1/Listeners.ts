// Original file: netsim/v1/cluster.proto


export interface Listeners {
  'unix_socket'?: (string);
  'tcp_address'?: (string);
  'dns_address'?: (string);
  'metrics_address'?: (string);
}

export interface Listeners__Output {
  'unix_socket'?: (string);
  'tcp_address'?: (string);
  'dns_address'?: (string);
  'metrics_address'?: (string);
}
