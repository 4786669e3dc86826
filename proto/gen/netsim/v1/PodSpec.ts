// Original file: netsim/v1/pods.proto

import type { Container as _netsim_v1_Container, Container__Output as _netsim_v1_Container__Output } from '../../netsim/v1/Container.js';
import type { HostAlias as _netsim_v1_HostAlias, HostAlias__Output as _netsim_v1_HostAlias__Output } from '../../netsim/v1/HostAlias.js';
import type { PodDNSConfig as _netsim_v1_PodDNSConfig, PodDNSConfig__Output as _netsim_v1_PodDNSConfig__Output } from '../../netsim/v1/PodDNSConfig.js';
import type { Toleration as _netsim_v1_Toleration, Toleration__Output as _netsim_v1_Toleration__Output } from '../../netsim/v1/Toleration.js';
import type { PodSecurityContext as _netsim_v1_PodSecurityContext, PodSecurityContext__Output as _netsim_v1_PodSecurityContext__Output } from '../../netsim/v1/PodSecurityContext.js';
import type { Long } from '@grpc/proto-loader';

export interface PodSpec {
  'containers'?: (_netsim_v1_Container)[];
  'restartPolicy'?: (string);
  'nodeName'?: (string);
  'nodeSelector'?: ({[key: string]: string});
  'hostNetwork'?: (boolean);
  'hostname'?: (string);
  'subdomain'?: (string);
  'hostAliases'?: (_netsim_v1_HostAlias)[];
  'dnsPolicy'?: (string);
  'dnsConfig'?: (_netsim_v1_PodDNSConfig | null);
  'tolerations'?: (_netsim_v1_Toleration)[];
  'serviceAccountName'?: (string);
  'terminationGracePeriodSeconds'?: (number | string | Long);
  'serviceAccount'?: (string);
  'schedulerName'?: (string);
  'enableServiceLinks'?: (boolean);
  'priority'?: (number);
  'preemptionPolicy'?: (string);
  'securityContext'?: (_netsim_v1_PodSecurityContext | null);
  '_restartPolicy'?: "restartPolicy";
  '_nodeName'?: "nodeName";
  '_hostNetwork'?: "hostNetwork";
  '_hostname'?: "hostname";
  '_subdomain'?: "subdomain";
  '_dnsPolicy'?: "dnsPolicy";
  '_serviceAccountName'?: "serviceAccountName";
  '_terminationGracePeriodSeconds'?: "terminationGracePeriodSeconds";
  '_serviceAccount'?: "serviceAccount";
  '_schedulerName'?: "schedulerName";
  '_enableServiceLinks'?: "enableServiceLinks";
  '_priority'?: "priority";
  '_preemptionPolicy'?: "preemptionPolicy";
}

export interface PodSpec__Output {
  'containers'?: (_netsim_v1_Container__Output)[];
  'restartPolicy'?: (string);
  'nodeName'?: (string);
  'nodeSelector'?: ({[key: string]: string});
  'hostNetwork'?: (boolean);
  'hostname'?: (string);
  'subdomain'?: (string);
  'hostAliases'?: (_netsim_v1_HostAlias__Output)[];
  'dnsPolicy'?: (string);
  'dnsConfig'?: (_netsim_v1_PodDNSConfig__Output);
  'tolerations'?: (_netsim_v1_Toleration__Output)[];
  'serviceAccountName'?: (string);
  'terminationGracePeriodSeconds'?: (string);
  'serviceAccount'?: (string);
  'schedulerName'?: (string);
  'enableServiceLinks'?: (boolean);
  'priority'?: (number);
  'preemptionPolicy'?: (string);
  'securityContext'?: (_netsim_v1_PodSecurityContext__Output);
}
