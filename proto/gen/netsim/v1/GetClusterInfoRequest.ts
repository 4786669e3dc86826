// Original file: netsim/v1/cluster.proto


export interface GetClusterInfoRequest {
}

export interface GetClusterInfoRequest__Output {
}
