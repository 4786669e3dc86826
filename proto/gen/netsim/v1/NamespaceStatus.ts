// Original file: netsim/v1/namespaces.proto


export interface NamespaceStatus {
  'phase'?: (string);
  '_phase'?: "phase";
}

export interface NamespaceStatus__Output {
  'phase'?: (string);
}
