// Original file: netsim/v1/workloads.proto


export interface IntOrString {
  'intVal'?: (number);
  'strVal'?: (string);
  'value'?: "intVal"|"strVal";
}

export interface IntOrString__Output {
  'intVal'?: (number);
  'strVal'?: (string);
}
