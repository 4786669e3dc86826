// /etc/resolv.conf of a pod (R7.1-R7.7) and of a kind node. Pure; imports domain/ only.
// Source: kubelet network/dns/dns.go GetPodDNS and helpers; containerd CRI parseDNSOptions (file
// format); kind entrypoint enable_network_magic (node file).
import type { Pod, PodDNSConfigOption } from '../domain/types.js';
import { MAX_DNS_NAMESERVERS, MAX_DNS_SEARCH_LIST_CHARS, MAX_DNS_SEARCH_PATHS } from '../domain/validate-pod-network.js';

export interface ResolvConf { nameservers: string[]; searches: string[]; options: string[] }

/** A Warning event the kubelet records while forming the file, on the pod or on its node. */
export interface DnsEvent { type: 'Warning'; reason: string; message: string; involvedObject: 'Pod' | 'Node' }

export interface ResolvOptions {
  clusterDomain: string;
  /** kubelet --cluster-dns (kubeadm: the tenth address of the primary Service range). */
  clusterDNS: readonly string[];
  /** The node's resolv.conf (kubelet --resolv-conf), as parseResolvConf returns it. */
  nodeResolvConf: ResolvConf;
}

const omitDuplicates = (xs: readonly string[]): string[] => [...new Set(xs)];

/** parseResolvConf: nameservers accumulate; the last `search` and `options` lines win. */
export function parseResolvConf(text: string): ResolvConf {
  const conf: ResolvConf = { nameservers: [], searches: [], options: [] };
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('#')) continue;
    const fields = trimmed.split(/\s+/).filter((f) => f);
    if (fields[0] === 'nameserver' && fields.length >= 2) conf.nameservers.push(fields[1]);
    // The same domain with and without a trailing dot counts once.
    if (fields[0] === 'search') conf.searches = fields.slice(1).map((s) => s.replace(/\.$/, ''));
    if (fields[0] === 'options') conf.options = fields.slice(1);
  }
  return conf;
}

/** containerd parseDNSOptions: `search`, one `nameserver` line each, `options`; empty parts omitted. */
export function formatResolvConf(conf: ResolvConf): string {
  let out = '';
  if (conf.searches.length) out += `search ${conf.searches.join(' ')}\n`;
  for (const ns of conf.nameservers) out += `nameserver ${ns}\n`;
  if (conf.options.length) out += `options ${conf.options.join(' ')}\n`;
  return out;
}

/**
 * mergeDNSOptions. Upstream rebuilds the list from a Go map, so its order is random; here the
 * base options keep their order, pod options override them in place, and new pod options
 * follow in spec order.
 */
export function mergeDnsOptions(base: readonly string[], pod: readonly PodDNSConfigOption[]): string[] {
  const merged = new Map<string, string>();
  for (const op of base) {
    const i = op.indexOf(':');
    merged.set(i === -1 ? op : op.slice(0, i), i === -1 ? '' : op.slice(i + 1));
  }
  for (const op of pod) merged.set(op.name, op.value ?? '');
  return [...merged].map(([name, value]) => (value ? `${name}:${value}` : name));
}

function fitSearches(searches: string[], events: DnsEvent[]): string[] {
  let exceeded = false;
  let out = searches;
  if (out.length > MAX_DNS_SEARCH_PATHS) { out = out.slice(0, MAX_DNS_SEARCH_PATHS); exceeded = true; }
  // glibc aborts on search paths over 255 characters; longer than a DNS name is dropped.
  const kept = out.filter((s) => s.length <= 253);
  if (kept.length !== out.length) exceeded = true;
  out = kept;
  const lineLen = out.join(' ').length;
  if (lineLen > MAX_DNS_SEARCH_LIST_CHARS) {
    let cut = 0, cutLen = 0;
    for (let i = out.length - 1; i >= 0; i--) {
      cutLen += out[i].length + 1;
      cut++;
      if (lineLen - cutLen <= MAX_DNS_SEARCH_LIST_CHARS) break;
    }
    out = out.slice(0, out.length - cut);
    exceeded = true;
  }
  if (exceeded) {
    events.push({ type: 'Warning', reason: 'DNSConfigForming', involvedObject: 'Pod',
      message: `Search Line limits were exceeded, some search paths have been omitted, the applied search line is: ${out.join(' ')}` });
  }
  return out;
}

function fitNameservers(servers: string[], events: DnsEvent[]): string[] {
  if (servers.length <= MAX_DNS_NAMESERVERS) return servers;
  const out = servers.slice(0, MAX_DNS_NAMESERVERS);
  events.push({ type: 'Warning', reason: 'DNSConfigForming', involvedObject: 'Pod',
    message: `Nameserver limits were exceeded, some nameservers have been omitted, the applied nameserver line is: ${out.join(' ')}` });
  return out;
}

/** getPodDNSType: ClusterFirst on the host network falls back to Default. */
export function podDnsType(pod: Pod): 'cluster' | 'host' | 'none' {
  switch (pod.spec.dnsPolicy ?? 'ClusterFirst') {
    case 'None': return 'none';
    case 'ClusterFirstWithHostNet': return 'cluster';
    case 'Default': return 'host';
    default: return pod.spec.hostNetwork ? 'host' : 'cluster';
  }
}

function missingClusterDns(pod: Pod, events: DnsEvent[]): void {
  const msg = 'kubelet does not have ClusterDNS IP configured and cannot create Pod using "ClusterFirst" policy. Falling back to "Default" policy.';
  const { name, namespace, uid } = pod.metadata;
  events.push({ type: 'Warning', reason: 'MissingClusterDNS', message: msg, involvedObject: 'Node' });
  // format.Pod: name_namespace(uid)
  events.push({ type: 'Warning', reason: 'MissingClusterDNS', message: `pod: "${name}_${namespace ?? ''}(${uid})". ${msg}`, involvedObject: 'Pod' });
}

/** GetPodDNS: the pod's resolver configuration and the events forming it records. */
export function podDnsConfig(pod: Pod, opts: ResolvOptions): { config: ResolvConf; events: DnsEvent[] } {
  const events: DnsEvent[] = [];
  const host = opts.nodeResolvConf;
  let config: ResolvConf = { nameservers: [...host.nameservers], searches: host.searches.map((s) => s.replace(/\.$/, '')), options: [...host.options] };
  const type = podDnsType(pod);
  if (type === 'none') config = { nameservers: [], searches: [], options: [] };
  else if (type === 'cluster' && opts.clusterDNS.length) {
    const ns = pod.metadata.namespace ?? 'default', d = opts.clusterDomain;
    const searches = d ? omitDuplicates([`${ns}.svc.${d}`, `svc.${d}`, d, ...config.searches]) : config.searches;
    config = { nameservers: [...opts.clusterDNS], searches, options: ['ndots:5'] };
  } else if (type === 'cluster') missingClusterDns(pod, events);
  const extra = pod.spec.dnsConfig;
  if (extra) {
    config = {
      nameservers: omitDuplicates([...config.nameservers, ...(extra.nameservers ?? [])]),
      searches: omitDuplicates([...config.searches, ...(extra.searches ?? [])]),
      options: mergeDnsOptions(config.options, extra.options ?? []),
    };
  }
  config.nameservers = fitNameservers(config.nameservers, events);
  config.searches = fitSearches(config.searches, events);
  return { config, events };
}

/** The pod's /etc/resolv.conf as the runtime writes it, and the kubelet's events. */
export function renderResolvConf(pod: Pod, opts: ResolvOptions): { text: string; events: DnsEvent[] } {
  const { config, events } = podDnsConfig(pod, opts);
  return { text: formatResolvConf(config), events };
}

/** The Docker network gateway kind's default network (172.18.0.0/16) gives node containers. */
export const KIND_DNS_GATEWAY = '172.18.0.1';

/**
 * A kind node's resolv.conf as its processes read it: Docker's generated file for a container
 * on a user-defined network (embedded DNS, ndots:0, the host's other options; here a
 * systemd-resolved host's `edns0 trust-ad`) with 127.0.0.11 replaced by the network gateway,
 * as kind's entrypoint does so pods can reach it.
 */
export function renderNodeResolvConf(gateway = KIND_DNS_GATEWAY, hostSearches: readonly string[] = []): string {
  return '# Generated by Docker Engine.\n'
    + '# This file can be edited; Docker Engine will not make further changes once it\n'
    + '# has been modified.\n\n'
    + `nameserver ${gateway}\n`
    + (hostSearches.length ? `search ${hostSearches.join(' ')}\n` : '')
    + 'options edns0 trust-ad ndots:0\n\n'
    + "# Based on host file: '/etc/resolv.conf' (internal resolver)\n"
    + '# ExtServers: [host(127.0.0.53)]\n'
    + '# Overrides: []\n'
    + '# Option ndots from: internal\n';
}

/** parseResolvConf(renderNodeResolvConf(gateway)): the `nodeResolvConf` kubelets on kind nodes use. */
export function kindNodeResolvConf(gateway = KIND_DNS_GATEWAY): ResolvConf {
  return parseResolvConf(renderNodeResolvConf(gateway));
}
