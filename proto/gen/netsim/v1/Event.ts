// Original file: netsim/v1/events.proto

import type { ObjectMeta as _netsim_v1_ObjectMeta, ObjectMeta__Output as _netsim_v1_ObjectMeta__Output } from '../../netsim/v1/ObjectMeta.js';
import type { ObjectReference as _netsim_v1_ObjectReference, ObjectReference__Output as _netsim_v1_ObjectReference__Output } from '../../netsim/v1/ObjectReference.js';
import type { EventSource as _netsim_v1_EventSource, EventSource__Output as _netsim_v1_EventSource__Output } from '../../netsim/v1/EventSource.js';

export interface Event {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_netsim_v1_ObjectMeta | null);
  'involvedObject'?: (_netsim_v1_ObjectReference | null);
  'reason'?: (string);
  'message'?: (string);
  'source'?: (_netsim_v1_EventSource | null);
  'firstTimestamp'?: (string);
  'lastTimestamp'?: (string);
  'count'?: (number);
  'type'?: (string);
  '_reason'?: "reason";
  '_message'?: "message";
  '_firstTimestamp'?: "firstTimestamp";
  '_lastTimestamp'?: "lastTimestamp";
  '_count'?: "count";
  '_type'?: "type";
}

export interface Event__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_netsim_v1_ObjectMeta__Output);
  'involvedObject'?: (_netsim_v1_ObjectReference__Output);
  'reason'?: (string);
  'message'?: (string);
  'source'?: (_netsim_v1_EventSource__Output);
  'firstTimestamp'?: (string);
  'lastTimestamp'?: (string);
  'count'?: (number);
  'type'?: (string);
}
