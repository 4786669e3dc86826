// /etc/hosts: the kubelet-managed file of every pod (R6.2-R6.5) and a kind node's own (Docker).
// Pure, byte-exact; imports domain/ only. Source: kubelet_pods.go managedHostsFileContent,
// nodeHostsFileContent, GeneratePodHostNameAndDomain; moby libnetwork/etchosts/etchosts.go.
import type { HostAlias, Node, Pod } from '../domain/types.js';
import { isDns1123Label } from '../domain/validate-names.js';

const MANAGED_HEADER = '# Kubernetes-managed hosts file.\n';
const MANAGED_HEADER_HOST_NETWORK = '# Kubernetes-managed hosts file (host network).\n';
const HOSTNAME_MAX_LEN = 63;

/**
 * GeneratePodHostNameAndDomain: `spec.hostname` or the pod name, cut to 63 characters and
 * stripped of trailing `-`/`.`; the domain is `<subdomain>.<ns>.svc.<clusterDomain>` when a
 * subdomain is set. Throws the kubelet's error for a hostname or subdomain that is not a DNS
 * label (validation keeps those out).
 */
export function podHostnameAndDomain(pod: Pod, clusterDomain: string): { hostname: string; domain: string } {
  const { hostname: h, subdomain } = pod.spec;
  if (h) {
    const msgs = isDns1123Label(h);
    if (msgs.length) throw new Error(`pod Hostname ${JSON.stringify(h)} is not a valid DNS label: ${msgs.join(';')}`);
  }
  let hostname = h || pod.metadata.name;
  if (hostname.length > HOSTNAME_MAX_LEN) {
    const cut = hostname.slice(0, HOSTNAME_MAX_LEN).replace(/[-.]+$/, '');
    if (!cut) throw new Error(`hostname for pod ${JSON.stringify(pod.metadata.name)} was invalid: ${JSON.stringify(hostname)}`);
    hostname = cut;
  }
  if (!subdomain) return { hostname, domain: '' };
  const msgs = isDns1123Label(subdomain);
  if (msgs.length) throw new Error(`pod Subdomain ${JSON.stringify(subdomain)} is not a valid DNS label: ${msgs.join(';')}`);
  return { hostname, domain: `${subdomain}.${pod.metadata.namespace ?? 'default'}.svc.${clusterDomain}` };
}

/**
 * The hostname a container sees (`hostname`, $HOSTNAME): the pod's, or the node's for a
 * hostNetwork pod, whose sandbox gets no hostname from the kubelet (kuberuntime
 * generatePodSandboxConfig) and shares the node's UTS namespace.
 */
export function containerHostname(pod: Pod, clusterDomain = 'cluster.local'): string {
  if (pod.spec.hostNetwork) return pod.spec.nodeName ?? '';
  return podHostnameAndDomain(pod, clusterDomain).hostname;
}

/** hostsEntriesFromHostAliases: a blank line, the comment, one tab-joined line per alias. */
export function hostAliasesSection(aliases: readonly HostAlias[] | undefined): string {
  if (!aliases?.length) return '';
  return `\n# Entries added by HostAliases.\n${aliases.map((a) => `${a.ip}\t${(a.hostnames ?? []).join('\t')}\n`).join('')}`;
}

/** The pod's IPs in status order (primary family first); `podIP` alone for older objects. */
export function podIps(pod: Pod): string[] {
  const ips = (pod.status?.podIPs ?? []).map((p) => p.ip).filter((ip) => ip);
  return ips.length ? ips : pod.status?.podIP ? [pod.status.podIP] : [];
}

export interface HostsOptions {
  clusterDomain: string;
  /** The node's own /etc/hosts (renderNodeHosts), copied verbatim for hostNetwork pods. */
  nodeHostsFile: string;
}

/** The kubelet-managed /etc/hosts of `pod` (R6.3-R6.5), byte for byte. */
export function renderHosts(pod: Pod, opts: HostsOptions): string {
  const aliases = hostAliasesSection(pod.spec.hostAliases);
  if (pod.spec.hostNetwork) return MANAGED_HEADER_HOST_NETWORK + opts.nodeHostsFile + aliases;
  const { hostname, domain } = podHostnameAndDomain(pod, opts.clusterDomain);
  const names = domain ? `${hostname}.${domain}\t${hostname}` : hostname;
  return MANAGED_HEADER
    + '127.0.0.1\tlocalhost\n'
    + '::1\tlocalhost ip6-localhost ip6-loopback\n'
    + 'fe00::0\tip6-localnet\n'
    // The kubelet's own (historical) addresses for these two names, unlike Docker's ff00::/ff02::.
    + 'fe00::0\tip6-mcastprefix\n'
    + 'fe00::1\tip6-allnodes\n'
    + 'fe00::2\tip6-allrouters\n'
    + podIps(pod).map((ip) => `${ip}\t${names}\n`).join('')
    + aliases;
}

export interface NodeHostsOptions {
  /**
   * Docker before v26 wrote `fe00::0` and `ff00::0` (string records); v26+ writes netip forms
   * (`fe00::`, `ff00::`). Default: the current form.
   */
  legacyDocker?: boolean;
}

/**
 * A kind node's /etc/hosts as Docker writes it for the node container: the default records,
 * then `<ip>\t<hostname>` for each InternalIP, IPv4 before IPv6 (the endpoint's address then
 * its IPv6 address), the hostname being the node name.
 */
export function renderNodeHosts(node: Node, opts: NodeHostsOptions = {}): string {
  const zero = opts.legacyDocker ? '0' : '';
  const defaults = '127.0.0.1\tlocalhost\n'
    + '::1\tlocalhost ip6-localhost ip6-loopback\n'
    + `fe00::${zero}\tip6-localnet\n`
    + `ff00::${zero}\tip6-mcastprefix\n`
    + 'ff02::1\tip6-allnodes\n'
    + 'ff02::2\tip6-allrouters\n';
  const ips = (node.status?.addresses ?? []).filter((a) => a.type === 'InternalIP').map((a) => a.address);
  const ordered = [...ips.filter((ip) => !ip.includes(':')), ...ips.filter((ip) => ip.includes(':'))];
  // sandbox updateHostsFile: the FQDN, plus the short name when the FQDN has a dot.
  const name = node.metadata.name;
  const hosts = name.includes('.') ? `${name} ${name.split('.')[0]}` : name;
  return defaults + ordered.map((ip) => `${ip}\t${hosts}\n`).join('');
}
