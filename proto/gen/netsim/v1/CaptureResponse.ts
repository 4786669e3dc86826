// Original file: netsim/v1/network.proto


export interface CaptureResponse {
  'line'?: (string);
  'pcapng'?: (Buffer | Uint8Array | string);
  'banner'?: (string);
  'summary'?: (string);
}

export interface CaptureResponse__Output {
  'line'?: (string);
  'pcapng'?: (Buffer);
  'banner'?: (string);
  'summary'?: (string);
}
