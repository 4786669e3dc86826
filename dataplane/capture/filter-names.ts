// The name databases a pcap filter consults (getservbyname, getprotobyname, getnetbyname), as
// Debian 12's netbase ships them: a subset of /etc/services, all of /etc/protocols' common entries,
// and /etc/networks. Imports nothing. A port's protocol is 6 TCP, 17 UDP or PROTO_UNDEF (both).

export const IPPROTO_TCP = 6, IPPROTO_UDP = 17, IPPROTO_SCTP = 132;
/** libpcap PROTO_UNDEF: the name is the same port over TCP and UDP. */
export const PROTO_UNDEF = -1;

/** name (and aliases) → [port, 'tcp' | 'udp' | 'both'] from Debian 12 /etc/services. */
const SERVICES: readonly (readonly [string, number, 'tcp' | 'udp' | 'both'])[] = [
  ['ftp-data', 20, 'tcp'], ['ftp', 21, 'tcp'], ['ssh', 22, 'tcp'], ['telnet', 23, 'tcp'],
  ['smtp', 25, 'tcp'], ['mail', 25, 'tcp'], ['whois', 43, 'tcp'], ['nicname', 43, 'tcp'],
  ['domain', 53, 'both'], ['bootps', 67, 'udp'], ['bootpc', 68, 'udp'], ['tftp', 69, 'udp'],
  ['http', 80, 'tcp'], ['www', 80, 'tcp'], ['kerberos', 88, 'both'], ['kerberos5', 88, 'both'],
  ['krb5', 88, 'both'], ['kerberos-sec', 88, 'both'], ['pop3', 110, 'tcp'], ['pop-3', 110, 'tcp'],
  ['sunrpc', 111, 'both'], ['portmapper', 111, 'both'], ['ntp', 123, 'udp'], ['netbios-ns', 137, 'udp'],
  ['netbios-ssn', 139, 'tcp'], ['imap2', 143, 'tcp'], ['imap', 143, 'tcp'], ['snmp', 161, 'both'],
  ['snmp-trap', 162, 'both'], ['snmptrap', 162, 'both'], ['bgp', 179, 'tcp'], ['ldap', 389, 'both'],
  ['https', 443, 'both'], ['microsoft-ds', 445, 'tcp'], ['isakmp', 500, 'udp'], ['syslog', 514, 'udp'],
  ['dhcpv6-client', 546, 'udp'], ['dhcpv6-server', 547, 'udp'], ['submission', 587, 'tcp'],
  ['ldaps', 636, 'both'], ['rsync', 873, 'tcp'], ['imaps', 993, 'tcp'], ['pop3s', 995, 'tcp'],
  ['nfs', 2049, 'both'], ['mysql', 3306, 'tcp'], ['sip', 5060, 'both'], ['mdns', 5353, 'udp'],
  ['postgresql', 5432, 'tcp'], ['postgres', 5432, 'tcp'], ['redis', 6379, 'tcp'],
  ['http-alt', 8080, 'tcp'], ['webcache', 8080, 'tcp'],
];

/** /etc/protocols names and aliases (getprotobyname is case-sensitive). */
const PROTOCOLS: Readonly<Record<string, number>> = {
  ip: 0, IP: 0, hopopt: 0, HOPOPT: 0, icmp: 1, ICMP: 1, igmp: 2, IGMP: 2, ggp: 3, GGP: 3, ipencap: 4,
  'IP-ENCAP': 4, st: 5, ST: 5, tcp: 6, TCP: 6, egp: 8, EGP: 8, igp: 9, IGP: 9, pup: 12, PUP: 12,
  udp: 17, UDP: 17, hmp: 20, HMP: 20, 'xns-idp': 22, 'XNS-IDP': 22, rdp: 27, RDP: 27, 'iso-tp4': 29,
  'ISO-TP4': 29, dccp: 33, DCCP: 33, xtp: 36, XTP: 36, ddp: 37, DDP: 37, 'idpr-cmtp': 38, 'IDPR-CMTP': 38,
  ipv6: 41, IPv6: 41, 'ipv6-route': 43, 'IPv6-Route': 43, 'ipv6-frag': 44, 'IPv6-Frag': 44, idrp: 45,
  IDRP: 45, rsvp: 46, RSVP: 46, gre: 47, GRE: 47, esp: 50, 'IPSEC-ESP': 50, ah: 51, 'IPSEC-AH': 51,
  skip: 57, SKIP: 57, 'ipv6-icmp': 58, 'IPv6-ICMP': 58, 'ipv6-nonxt': 59, 'IPv6-NoNxt': 59,
  'ipv6-opts': 60, 'IPv6-Opts': 60, rspf: 73, RSPF: 73, CPHB: 73, vmtp: 81, VMTP: 81, eigrp: 88, EIGRP: 88,
  ospf: 89, OSPFIGP: 89, 'ax.25': 93, 'AX.25': 93, ipip: 94, IPIP: 94, etherip: 97, ETHERIP: 97,
  encap: 98, ENCAP: 98, pim: 103, PIM: 103, ipcomp: 108, IPCOMP: 108, vrrp: 112, VRRP: 112, l2tp: 115,
  L2TP: 115, isis: 124, ISIS: 124, sctp: 132, SCTP: 132, fc: 133, FC: 133, 'mobility-header': 135,
  'Mobility-Header': 135, udplite: 136, UDPLite: 136, 'mpls-in-ip': 137, 'MPLS-in-IP': 137, manet: 138,
  hip: 139, HIP: 139, shim6: 140, Shim6: 140, wesp: 141, WESP: 141, rohc: 142, ROHC: 142,
  ethernet: 143, Ethernet: 143,
};

/**
 * /etc/networks on Debian 12 as getnetbyname returns it: `127.0.0.0` is the number 0x7f000000, so
 * gen_scode's left-justifying loop keeps a full mask (`net loopback` matches 127.0.0.0 only), and
 * `default` (0.0.0.0) reads as "unknown network".
 */
const NETWORKS: Readonly<Record<string, number>> = { default: 0, loopback: 0x7f000000, 'link-local': 0xa9fe0000 };

/** pcap_nametoport: [port, IPPROTO_TCP | IPPROTO_UDP | PROTO_UNDEF], or undefined. */
export function serviceByName(name: string): readonly [number, number] | undefined {
  if (/^[0-9]+$/.test(name)) return [Number(name), PROTO_UNDEF];    // getaddrinfo takes numeric services
  const e = SERVICES.find(([n]) => n === name);
  if (e === undefined) return undefined;
  return [e[1], e[2] === 'tcp' ? IPPROTO_TCP : e[2] === 'udp' ? IPPROTO_UDP : PROTO_UNDEF];
}

/** pcap_nametoportrange: `80-90` or `ssh-http` (split at the first `-`), or undefined. */
export function portRangeByName(name: string): readonly [number, number, number] | undefined {
  const m = /^(-?[0-9]+)-(-?[0-9]+)/.exec(name);
  if (m) return [Number(m[1]), Number(m[2]), PROTO_UNDEF];
  const dash = name.indexOf('-');
  if (dash < 0) return undefined;
  const a = serviceByName(name.slice(0, dash)), b = serviceByName(name.slice(dash + 1));
  if (a === undefined || b === undefined) return undefined;
  return [a[0], b[0], a[1] === b[1] ? a[1] : PROTO_UNDEF];
}

export function protocolByName(name: string): number | undefined {
  return Object.hasOwn(PROTOCOLS, name) ? PROTOCOLS[name] : undefined;
}

/** pcap_nametonetaddr: the network number, or 0 (libpcap's "unknown"). */
export function networkByName(name: string): number {
  return Object.hasOwn(NETWORKS, name) ? NETWORKS[name] : 0;
}
