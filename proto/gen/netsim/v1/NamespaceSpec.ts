// Original file: netsim/v1/namespaces.proto


export interface NamespaceSpec {
  'finalizers'?: (string)[];
}

export interface NamespaceSpec__Output {
  'finalizers'?: (string)[];
}
