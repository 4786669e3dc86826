// A small cluster for dataplane scenarios: the default dual-stack cluster (or another config)
// with running pods pinned to nodes, and each namespace's NetAccess. Test-only.
import type { Pod } from '../../daemon/domain/types.js';
import type { NetAccess } from '../../daemon/exec/net.js';
import { openTestCluster, podManifest, type TestCluster } from '../support/cluster.js';

export interface NetFixture {
  tc: TestCluster;
  pods: Record<string, Pod>;
  pod(name: string): NetAccess;
  node(name: string): NetAccess;
  ips(name: string): { v4?: string; v6?: string };
}

/** Opens a cluster and creates `pods` (name → node) running busybox `sleep infinity`. */
export async function openNetFixture(pods: Record<string, string>, configYaml?: string): Promise<NetFixture> {
  const tc = await openTestCluster(configYaml);
  const c = tc.cluster;
  const made: Record<string, Pod> = {};
  for (const [name, nodeName] of Object.entries(pods)) {
    const r = await c.pods.create(podManifest(name, [{ image: 'busybox', command: ['sleep', 'infinity'] }], { nodeName }));
    made[name] = c.store.get('Pod', 'default', r.pod.metadata.name)!;
  }
  return {
    tc, pods: made,
    pod: (name) => c.network.accessForPod(c.store.get('Pod', 'default', name)!),
    node: (name) => c.network.accessForNode(c.store.get('Node', undefined, name)!),
    ips(name) {
      const ips = (c.store.get('Pod', 'default', name)!.status.podIPs ?? []).map((p) => p.ip);
      return { v4: ips.find((ip) => !ip.includes(':')), v6: ips.find((ip) => ip.includes(':')) };
    },
  };
}

export const echoOpts = (family: 'IPv4' | 'IPv6', dst: string, count = 3, ttl = 64) =>
  ({ family, dst, count, intervalMs: 1000, payloadSize: 56, ttl, ident: 4242 });
