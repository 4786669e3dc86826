// Original file: netsim/v1/events.proto


export interface ObjectReference {
  'kind'?: (string);
  'namespace'?: (string);
  'name'?: (string);
  'uid'?: (string);
  'apiVersion'?: (string);
  'resourceVersion'?: (string);
  'fieldPath'?: (string);
  '_kind'?: "kind";
  '_namespace'?: "namespace";
  '_name'?: "name";
  '_uid'?: "uid";
  '_apiVersion'?: "apiVersion";
  '_resourceVersion'?: "resourceVersion";
  '_fieldPath'?: "fieldPath";
}

export interface ObjectReference__Output {
  'kind'?: (string);
  'namespace'?: (string);
  'name'?: (string);
  'uid'?: (string);
  'apiVersion'?: (string);
  'resourceVersion'?: (string);
  'fieldPath'?: (string);
}
