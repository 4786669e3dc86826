// Original file: netsim/v1/meta.proto

import type { OwnerReference as _netsim_v1_OwnerReference, OwnerReference__Output as _netsim_v1_OwnerReference__Output } from '../../netsim/v1/OwnerReference.js';
import type { Long } from '@grpc/proto-loader';

export interface ObjectMeta {
  'name'?: (string);
  'generateName'?: (string);
  'namespace'?: (string);
  'uid'?: (string);
  'resourceVersion'?: (string);
  'generation'?: (number | string | Long);
  'creationTimestamp'?: (string);
  'deletionTimestamp'?: (string);
  'labels'?: ({[key: string]: string});
  'annotations'?: ({[key: string]: string});
  'ownerReferences'?: (_netsim_v1_OwnerReference)[];
  '_name'?: "name";
  '_generateName'?: "generateName";
  '_namespace'?: "namespace";
  '_uid'?: "uid";
  '_resourceVersion'?: "resourceVersion";
  '_generation'?: "generation";
  '_creationTimestamp'?: "creationTimestamp";
  '_deletionTimestamp'?: "deletionTimestamp";
}

export interface ObjectMeta__Output {
  'name'?: (string);
  'generateName'?: (string);
  'namespace'?: (string);
  'uid'?: (string);
  'resourceVersion'?: (string);
  'generation'?: (string);
  'creationTimestamp'?: (string);
  'deletionTimestamp'?: (string);
  'labels'?: ({[key: string]: string});
  'annotations'?: ({[key: string]: string});
  'ownerReferences'?: (_netsim_v1_OwnerReference__Output)[];
}
