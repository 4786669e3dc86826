// Original file: netsim/v1/cluster.proto


export interface ShutdownRequest {
}

export interface ShutdownRequest__Output {
}
