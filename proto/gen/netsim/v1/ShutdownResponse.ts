// Original file: netsim/v1/cluster.proto


export interface ShutdownResponse {
}

export interface ShutdownResponse__Output {
}
