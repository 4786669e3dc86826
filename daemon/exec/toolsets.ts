// Which programs each image's tool set has and whose implementation each imitates
// (documented in docs/images.md). Pure data; imports only catalog and command types.
import type { ToolSet } from '../images/catalog.js';
import type { Flavor } from './command.js';

const BASICS = ['cat', 'echo', 'env', 'printenv', 'hostname', 'sleep', 'true', 'false', 'ls', 'tail'];
const BUSYBOX_NET = ['ip', 'ifconfig', 'ping', 'ping6', 'traceroute', 'traceroute6', 'wget', 'nc', 'nslookup'];
const DEBIAN_NET = ['ip', 'ifconfig', 'ping', 'ping6', 'traceroute', 'traceroute6', 'wget', 'curl', 'nslookup', 'dig', 'host', 'nc', 'tcpdump'];

const flavored = (names: readonly string[], flavor: Flavor): Record<string, Flavor> =>
  Object.fromEntries(names.map((n) => [n, flavor]));

/**
 * Programs per tool set, with the implementation each imitates. busybox/alpine images have
 * busybox's applets and nothing else (no curl, dig or tcpdump, as in the real images).
 * Debian-family images (debian, ubuntu, nginx, httpd, centos, unknown images) and nodes carry
 * the Debian 12 tools product.md lists, although the real base images ship none of them.
 * agnhost, netshoot and curlimages/curl add what their Dockerfiles install to alpine.
 */
export const TOOLSETS: Readonly<Record<ToolSet, Readonly<Record<string, Flavor>>>> = {
  busybox: { ...flavored([...BASICS, ...BUSYBOX_NET, 'httpd'], 'busybox') },
  alpine: flavored([...BASICS, ...BUSYBOX_NET], 'busybox'),
  gnu: flavored([...BASICS, ...DEBIAN_NET], 'gnu'),
  agnhost: { ...flavored([...BASICS, ...BUSYBOX_NET], 'busybox'), ...flavored(['ip', 'curl', 'nslookup', 'dig', 'host', 'nc'], 'gnu') },
  netshoot: { ...flavored([...BASICS, ...BUSYBOX_NET], 'busybox'), ...flavored(['ip', 'ping', 'ping6', 'curl', 'nslookup', 'dig', 'host', 'nc', 'tcpdump'], 'gnu') },
  curl: { ...flavored([...BASICS, ...BUSYBOX_NET], 'busybox'), curl: 'gnu' },
  none: {},
};
