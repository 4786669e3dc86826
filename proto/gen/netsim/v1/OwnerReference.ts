// Original file: netsim/v1/meta.proto


export interface OwnerReference {
  'kind'?: (string);
  'name'?: (string);
  'uid'?: (string);
  'apiVersion'?: (string);
  'controller'?: (boolean);
  'blockOwnerDeletion'?: (boolean);
  '_kind'?: "kind";
  '_name'?: "name";
  '_uid'?: "uid";
  '_apiVersion'?: "apiVersion";
  '_controller'?: "controller";
  '_blockOwnerDeletion'?: "blockOwnerDeletion";
}

export interface OwnerReference__Output {
  'kind'?: (string);
  'name'?: (string);
  'uid'?: (string);
  'apiVersion'?: (string);
  'controller'?: (boolean);
  'blockOwnerDeletion'?: (boolean);
}
