// Original file: netsim/v1/pods.proto


export interface ObjectFieldSelector {
  'apiVersion'?: (string);
  'fieldPath'?: (string);
  '_apiVersion'?: "apiVersion";
  '_fieldPath'?: "fieldPath";
}

export interface ObjectFieldSelector__Output {
  'apiVersion'?: (string);
  'fieldPath'?: (string);
}
