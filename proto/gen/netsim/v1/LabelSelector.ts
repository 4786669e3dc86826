// Original file: netsim/v1/meta.proto

import type { LabelSelectorRequirement as _netsim_v1_LabelSelectorRequirement, LabelSelectorRequirement__Output as _netsim_v1_LabelSelectorRequirement__Output } from '../../netsim/v1/LabelSelectorRequirement.js';

export interface LabelSelector {
  'matchLabels'?: ({[key: string]: string});
  'matchExpressions'?: (_netsim_v1_LabelSelectorRequirement)[];
}

export interface LabelSelector__Output {
  'matchLabels'?: ({[key: string]: string});
  'matchExpressions'?: (_netsim_v1_LabelSelectorRequirement__Output)[];
}
