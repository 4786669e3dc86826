// Original file: netsim/v1/exec.proto


export interface ExecRequest {
  'namespace'?: (string);
  'name'?: (string);
  'container'?: (string);
  'command'?: (string)[];
  'stdin'?: (Buffer | Uint8Array | string);
}

export interface ExecRequest__Output {
  'namespace'?: (string);
  'name'?: (string);
  'container'?: (string);
  'command'?: (string)[];
  'stdin'?: (Buffer);
}
