// Original file: netsim/v1/pods.proto


export interface ResourceRequirements {
  'limits'?: ({[key: string]: string});
  'requests'?: ({[key: string]: string});
}

export interface ResourceRequirements__Output {
  'limits'?: ({[key: string]: string});
  'requests'?: ({[key: string]: string});
}
