// The image catalog: what each known container image is (its distribution, shell, tools,
// ENTRYPOINT/CMD and what its default process listens on), documented in docs/images.md.
// Pure data plus resolveImage(); imports only image-ref.ts.
import { parseImageRef } from './image-ref.js';

export type ImageFamily = 'busybox' | 'alpine' | 'debian' | 'ubuntu' | 'centos' | 'distroless';
/** The image's interactive shell (`none`: no shell at all, as in scratch/distroless images). */
export type ShellKind = 'ash' | 'bash' | 'zsh' | 'none';
/** What /bin/sh is: busybox ash, Debian's dash, or bash in POSIX mode (CentOS). */
export type BinSh = 'ash' | 'dash' | 'bash' | 'none';
/** Which command set the image carries; daemon/exec/registry.ts maps each to its commands. */
export type ToolSet = 'busybox' | 'alpine' | 'gnu' | 'agnhost' | 'netshoot' | 'curl' | 'none';

export interface PortListen { port: number; protocol: 'TCP' | 'UDP' | 'SCTP' }

export interface ImageProfile {
  /** The reference as the pod spec gave it. */
  image: string;
  /** Catalog key (`nginx`, `agnhost`, ...); `generic` for images the catalog does not know. */
  name: string;
  repository: string;
  tag: string;
  family: ImageFamily;
  shell: ShellKind;
  sh: BinSh;
  tools: ToolSet;
  /** The image's own programs besides its tool set (nginx, coredns, ...): daemon/exec/servers.ts. */
  binaries: readonly string[];
  entrypoint: readonly string[];
  cmd: readonly string[];
  /** ENTRYPOINT + CMD: what runs when the container spec sets neither command nor args. */
  defaultCommand: readonly string[];
  /** What the default command binds. */
  listens: readonly PortListen[];
  /** Whether the default command keeps running. */
  longRunning: boolean;
  version: string;
  /** False for the generic fallback profile. */
  known: boolean;
}

interface CatalogEntry {
  name: string;
  repositories: readonly string[];
  family: ImageFamily;
  shell: ShellKind;
  sh: BinSh;
  tools: ToolSet;
  binaries?: readonly string[];
  entrypoint: readonly string[];
  cmd: readonly string[];
  listens: readonly PortListen[];
  longRunning: boolean;
  /** The version `latest` (or a non-numeric tag) stands for. */
  defaultVersion: string;
  /** Last patch release of a `X.Y` tag. */
  minorToPatch?: Readonly<Record<string, string>>;
}

const TCP = (port: number): PortListen => ({ port, protocol: 'TCP' });
const UDP = (port: number): PortListen => ({ port, protocol: 'UDP' });

/** The catalog. Keep docs/images.md in step with this table. */
export const CATALOG: readonly CatalogEntry[] = [
  { name: 'busybox', repositories: ['busybox'], family: 'busybox', shell: 'ash', sh: 'ash', tools: 'busybox',
    entrypoint: [], cmd: ['sh'], listens: [], longRunning: false, defaultVersion: '1.36.1',
    minorToPatch: { '1.28': '1.28.4', '1.31': '1.31.1', '1.32': '1.32.1', '1.33': '1.33.1', '1.34': '1.34.1', '1.35': '1.35.0', '1.36': '1.36.1', '1.37': '1.37.0' } },
  { name: 'alpine', repositories: ['alpine'], family: 'alpine', shell: 'ash', sh: 'ash', tools: 'alpine',
    entrypoint: [], cmd: ['/bin/sh'], listens: [], longRunning: false, defaultVersion: '3.20.3' },
  { name: 'nginx', repositories: ['nginx'], family: 'debian', shell: 'bash', sh: 'dash', tools: 'gnu',
    binaries: ['nginx', 'docker-entrypoint.sh'],
    entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'], listens: [TCP(80)], longRunning: true,
    defaultVersion: '1.27.3',
    minorToPatch: { '1.19': '1.19.10', '1.20': '1.20.2', '1.21': '1.21.6', '1.22': '1.22.1', '1.23': '1.23.4', '1.24': '1.24.0', '1.25': '1.25.5', '1.26': '1.26.2', '1.27': '1.27.3' } },
  { name: 'httpd', repositories: ['httpd'], family: 'debian', shell: 'bash', sh: 'dash', tools: 'gnu',
    binaries: ['httpd', 'httpd-foreground', 'apachectl'],
    entrypoint: [], cmd: ['httpd-foreground'], listens: [TCP(80)], longRunning: true, defaultVersion: '2.4.62' },
  { name: 'centos', repositories: ['centos', 'quay.io/centos/centos'], family: 'centos', shell: 'bash', sh: 'bash', tools: 'gnu',
    entrypoint: [], cmd: ['/bin/bash'], listens: [], longRunning: false, defaultVersion: '8.4.2105', minorToPatch: { '7': '7.9.2009', '8': '8.4.2105' } },
  { name: 'debian', repositories: ['debian'], family: 'debian', shell: 'bash', sh: 'dash', tools: 'gnu',
    entrypoint: [], cmd: ['bash'], listens: [], longRunning: false, defaultVersion: '12' },
  { name: 'ubuntu', repositories: ['ubuntu'], family: 'ubuntu', shell: 'bash', sh: 'dash', tools: 'gnu',
    entrypoint: [], cmd: ['/bin/bash'], listens: [], longRunning: false, defaultVersion: '24.04' },
  // kube-system's CoreDNS: the kubeadm Corefile (health :8080, ready :8181, prometheus :9153).
  { name: 'coredns', repositories: ['registry.k8s.io/coredns/coredns', 'k8s.gcr.io/coredns/coredns', 'coredns/coredns', 'k8s.gcr.io/coredns', 'registry.k8s.io/coredns'],
    family: 'distroless', shell: 'none', sh: 'none', tools: 'none', binaries: ['coredns'],
    entrypoint: ['/coredns'], cmd: [], listens: [UDP(53), TCP(53), TCP(9153), TCP(8080), TCP(8181)], longRunning: true, defaultVersion: '1.11.1' },
  // agnhost's Dockerfile adds bash, curl, bind-tools, iproute2 and netcat-openbsd to alpine.
  { name: 'agnhost', repositories: ['registry.k8s.io/e2e-test-images/agnhost', 'k8s.gcr.io/e2e-test-images/agnhost', 'gcr.io/kubernetes-e2e-test-images/agnhost', 'agnhost'],
    family: 'alpine', shell: 'bash', sh: 'ash', tools: 'agnhost', binaries: ['agnhost'],
    entrypoint: ['/agnhost'], cmd: [], listens: [], longRunning: false, defaultVersion: '2.52' },
  { name: 'http-echo', repositories: ['hashicorp/http-echo'], family: 'distroless', shell: 'none', sh: 'none', tools: 'none', binaries: ['http-echo'],
    entrypoint: ['/http-echo'], cmd: [], listens: [], longRunning: false, defaultVersion: '1.0.0' },
  { name: 'pause', repositories: ['registry.k8s.io/pause', 'k8s.gcr.io/pause'], family: 'distroless', shell: 'none', sh: 'none', tools: 'none', binaries: ['pause'],
    entrypoint: ['/pause'], cmd: [], listens: [], longRunning: true, defaultVersion: '3.10' },
  { name: 'netshoot', repositories: ['nicolaka/netshoot'], family: 'alpine', shell: 'zsh', sh: 'ash', tools: 'netshoot',
    entrypoint: [], cmd: ['zsh'], listens: [], longRunning: false, defaultVersion: '0.13' },
  { name: 'curl', repositories: ['curlimages/curl'], family: 'alpine', shell: 'ash', sh: 'ash', tools: 'curl', binaries: ['entrypoint.sh'],
    entrypoint: ['/entrypoint.sh'], cmd: ['curl'], listens: [], longRunning: false, defaultVersion: '8.11.0' },
  { name: 'dnsutils', repositories: ['registry.k8s.io/e2e-test-images/jessie-dnsutils', 'gcr.io/kubernetes-e2e-test-images/dnsutils', 'tutum/dnsutils'],
    family: 'debian', shell: 'bash', sh: 'dash', tools: 'gnu', entrypoint: [], cmd: ['/bin/bash'], listens: [], longRunning: false, defaultVersion: '1.7' },
];

/**
 * Images the catalog does not know: a Debian-like image whose default process keeps running
 * and serves the container's declared ports (daemon/exec/container.ts).
 */
export const GENERIC_ENTRY: CatalogEntry = {
  name: 'generic', repositories: [], family: 'debian', shell: 'bash', sh: 'dash', tools: 'gnu',
  entrypoint: [], cmd: [], listens: [], longRunning: true, defaultVersion: 'unknown',
};

/** `exec node/NAME`: a kind node (kindest/node, Debian 12) with the Debian 12 network tools. */
export const NODE_PROFILE: ImageProfile = {
  image: 'kindest/node', name: 'node', repository: 'kindest/node', tag: 'latest', family: 'debian', shell: 'bash', sh: 'dash',
  tools: 'gnu', binaries: [], entrypoint: ['/usr/local/bin/entrypoint', '/sbin/init'], cmd: [],
  defaultCommand: ['/usr/local/bin/entrypoint', '/sbin/init'], listens: [], longRunning: true, version: '12', known: true,
};

// `nginx:1.23.2-alpine`, `httpd:alpine`: the same program on alpine with busybox tools.
function alpineVariant(e: CatalogEntry, tag: string): CatalogEntry {
  if (!/(^|-)alpine/.test(tag) || e.family !== 'debian') return e;
  return { ...e, family: 'alpine', shell: 'ash', sh: 'ash', tools: 'alpine' };
}

function versionOf(e: CatalogEntry, tag: string): string {
  const m = /^v?(\d+(?:\.\d+)*)/.exec(tag);
  if (!m) return e.defaultVersion;
  return e.minorToPatch?.[m[1]] ?? m[1];
}

/** The profile of an image reference; unknown images get the generic profile. Never throws. */
export function resolveImage(image: string): ImageProfile {
  const ref = parseImageRef(image);
  const found = CATALOG.find((e) => e.repositories.includes(ref.repository));
  const e = alpineVariant(found ?? GENERIC_ENTRY, ref.tag);
  return {
    image, name: e.name, repository: ref.repository, tag: ref.tag, family: e.family, shell: e.shell, sh: e.sh, tools: e.tools,
    binaries: e.binaries ?? [], entrypoint: e.entrypoint, cmd: e.cmd, defaultCommand: [...e.entrypoint, ...e.cmd],
    listens: e.listens, longRunning: e.longRunning, version: found ? versionOf(e, ref.tag) : e.defaultVersion, known: !!found,
  };
}
