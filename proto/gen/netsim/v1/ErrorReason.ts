// Original file: netsim/v1/errors.proto

export const ErrorReason = {
  ERROR_REASON_UNSPECIFIED: 'ERROR_REASON_UNSPECIFIED',
  NOT_FOUND: 'NOT_FOUND',
  ALREADY_EXISTS: 'ALREADY_EXISTS',
  IP_ALLOCATED: 'IP_ALLOCATED',
  INVALID_SPEC: 'INVALID_SPEC',
  IP_NOT_IN_RANGE: 'IP_NOT_IN_RANGE',
  RANGE_FULL: 'RANGE_FULL',
  FAMILY_NOT_ENABLED: 'FAMILY_NOT_ENABLED',
  CONFLICT: 'CONFLICT',
  NOT_READY: 'NOT_READY',
  EXPIRED: 'EXPIRED',
  BAD_REQUEST: 'BAD_REQUEST',
  FORBIDDEN: 'FORBIDDEN',
  INTERNAL: 'INTERNAL',
} as const;

export type ErrorReason =
  | 'ERROR_REASON_UNSPECIFIED'
  | 0
  | 'NOT_FOUND'
  | 1
  | 'ALREADY_EXISTS'
  | 2
  | 'IP_ALLOCATED'
  | 3
  | 'INVALID_SPEC'
  | 4
  | 'IP_NOT_IN_RANGE'
  | 5
  | 'RANGE_FULL'
  | 6
  | 'FAMILY_NOT_ENABLED'
  | 7
  | 'CONFLICT'
  | 8
  | 'NOT_READY'
  | 9
  | 'EXPIRED'
  | 10
  | 'BAD_REQUEST'
  | 11
  | 'FORBIDDEN'
  | 12
  | 'INTERNAL'
  | 13

export type ErrorReason__Output = typeof ErrorReason[keyof typeof ErrorReason]
