// Versions netsim reports: its own (from package.json) and the Kubernetes release whose
// behaviour and output it reproduces. Imports only node:fs.
import { readFileSync } from 'node:fs';

function packageVersion(): string {
  let dir = new URL('.', import.meta.url);
  for (let i = 0; i < 5; i++) {
    try {
      return (JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { version: string }).version;
    } catch { dir = new URL('..', dir); }
  }
  return '0.0.0';
}

export const NETSIM_VERSION = packageVersion();
/** The Kubernetes release the simulated nodes report (kubeletVersion) and whose semantics apply. */
export const KUBERNETES_VERSION = 'v1.31.0';
export const NODE_OS_IMAGE = 'Debian GNU/Linux 12 (bookworm)';
export const NODE_KERNEL_VERSION = '6.1.0-27-amd64';
export const CONTAINER_RUNTIME_VERSION = 'containerd://1.7.18';
