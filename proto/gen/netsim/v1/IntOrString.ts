// Original file: netsim/v1/meta.proto


export interface IntOrString {
  'intVal'?: (number);
  'strVal'?: (string);
  'value'?: "intVal"|"strVal";
}

export interface IntOrString__Output {
  'intVal'?: (number);
  'strVal'?: (string);
}
