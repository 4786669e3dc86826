// An in-process cluster over a real lmdb store in a temporary directory, a manual clock and a
// fixed seed: the control plane without gRPC, for tests of its semantics.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cluster } from '../../daemon/cluster/cluster.js';
import { defaultClusterConfig, parseClusterConfig } from '../../daemon/config/config.js';
import type { Container, Pod } from '../../daemon/domain/types.js';
import { ManualClock } from '../../daemon/sim/clock.js';
import { Rng } from '../../daemon/sim/rng.js';
import { openLmdbStore } from '../../daemon/store/lmdb.js';

export interface TestCluster { cluster: Cluster; close(): Promise<void> }

export async function openTestCluster(configYaml?: string, seed = 42): Promise<TestCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'nscl-'));
  const store = await openLmdbStore(join(dir, 'data'));
  const config = configYaml ? parseClusterConfig(configYaml, 'test') : defaultClusterConfig();
  const cluster = await Cluster.open({ config, store, clock: new ManualClock(), rng: new Rng(seed) });
  return {
    cluster,
    async close() { await store.close(); rmSync(dir, { recursive: true, force: true }); },
  };
}

export function podManifest(name: string, containers: Partial<Container>[] = [{}], spec: Partial<Pod['spec']> = {}, namespace = 'default'): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name, namespace, uid: '', resourceVersion: '', creationTimestamp: '' },
    spec: { containers: containers.map((c, i) => ({ name: `c${i}`, image: 'nginx:1.23.2', ...c })), ...spec },
    status: {},
  };
}
