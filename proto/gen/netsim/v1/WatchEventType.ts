// Original file: netsim/v1/meta.proto

export const WatchEventType = {
  WATCH_EVENT_TYPE_UNSPECIFIED: 'WATCH_EVENT_TYPE_UNSPECIFIED',
  ADDED: 'ADDED',
  MODIFIED: 'MODIFIED',
  DELETED: 'DELETED',
  BOOKMARK: 'BOOKMARK',
  ERROR: 'ERROR',
} as const;

export type WatchEventType =
  | 'WATCH_EVENT_TYPE_UNSPECIFIED'
  | 0
  | 'ADDED'
  | 1
  | 'MODIFIED'
  | 2
  | 'DELETED'
  | 3
  | 'BOOKMARK'
  | 4
  | 'ERROR'
  | 5

export type WatchEventType__Output = typeof WatchEventType[keyof typeof WatchEventType]
