// Original file: netsim/v1/meta.proto


export interface LabelSelectorRequirement {
  'key'?: (string);
  'operator'?: (string);
  'values'?: (string)[];
  '_key'?: "key";
  '_operator'?: "operator";
}

export interface LabelSelectorRequirement__Output {
  'key'?: (string);
  'operator'?: (string);
  'values'?: (string)[];
}
