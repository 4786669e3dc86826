// Original file: netsim/v1/nodes.proto


export interface NodeSystemInfo {
  'machineID'?: (string);
  'systemUUID'?: (string);
  'bootID'?: (string);
  'kernelVersion'?: (string);
  'osImage'?: (string);
  'containerRuntimeVersion'?: (string);
  'kubeletVersion'?: (string);
  'kubeProxyVersion'?: (string);
  'operatingSystem'?: (string);
  'architecture'?: (string);
  '_machineID'?: "machineID";
  '_systemUUID'?: "systemUUID";
  '_bootID'?: "bootID";
  '_kernelVersion'?: "kernelVersion";
  '_osImage'?: "osImage";
  '_containerRuntimeVersion'?: "containerRuntimeVersion";
  '_kubeletVersion'?: "kubeletVersion";
  '_kubeProxyVersion'?: "kubeProxyVersion";
  '_operatingSystem'?: "operatingSystem";
  '_architecture'?: "architecture";
}

export interface NodeSystemInfo__Output {
  'machineID'?: (string);
  'systemUUID'?: (string);
  'bootID'?: (string);
  'kernelVersion'?: (string);
  'osImage'?: (string);
  'containerRuntimeVersion'?: (string);
  'kubeletVersion'?: (string);
  'kubeProxyVersion'?: (string);
  'operatingSystem'?: (string);
  'architecture'?: (string);
}
