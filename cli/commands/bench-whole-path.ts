// Create throughput through the whole control-plane path in process, for pods (defaulting,
// validation, scheduling, host-local IPs, the kubelet's start) and Services (defaulting,
// dual-stack rules, ClusterIP allocation), each ending in the durable group commit of an lmdb
// store in a temporary directory (removed afterwards). Bounded by its time budget.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cluster } from '../../daemon/cluster/cluster.js';
import { parseClusterConfig } from '../../daemon/config/config.js';
import type { Pod } from '../../daemon/domain/types.js';
import type { Service } from '../../daemon/domain/service-types.js';
import { VirtualClock } from '../../daemon/sim/clock.js';
import { Rng } from '../../daemon/sim/rng.js';
import { openLmdbStore } from '../../daemon/store/lmdb.js';
import { statsFromBatches, type BatchSample, type BenchStats } from './bench-report.js';

// Room for every pod the budget can create: /16 per node, four workers.
const CONFIG = `kind: Cluster
apiVersion: netsim.dev/v1alpha1
networking:
  podSubnet: "10.0.0.0/8,fd00:10::/48"
  serviceSubnet: "10.96.0.0/16,fd00:10:96::/112"
  nodeCIDRMaskSizeIPv4: 16
  nodeCIDRMaskSizeIPv6: 64
nodes: [{role: control-plane}, {role: worker}, {role: worker}, {role: worker}, {role: worker}]
`;
const CONCURRENCY = 256;

function pod(i: number): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name: `bench-${i}`, namespace: 'default', labels: { app: 'bench' }, uid: '', resourceVersion: '', creationTimestamp: '' },
    spec: { containers: [{ name: 'web', image: 'nginx:1.23.2', ports: [{ containerPort: 80 }] }] },
    status: {},
  };
}

export function benchCreatePod(budgetMs: number): Promise<BenchStats> {
  return wholePath('create pod, whole path (durable)', 'pod', budgetMs, (c, i) => c.pods.create(pod(i)));
}

export function benchCreateService(budgetMs: number): Promise<BenchStats> {
  return wholePath('create dual-stack Service, whole path (durable)', 'service', budgetMs, (c, i) => c.services.create(service(i)));
}

function service(i: number): Service {
  return {
    apiVersion: 'v1', kind: 'Service',
    metadata: { name: `bench-${i}`, namespace: 'default', uid: '', resourceVersion: '', creationTimestamp: '' },
    spec: { ipFamilyPolicy: 'PreferDualStack', selector: { app: `bench-${i}` }, ports: [{ port: 80, protocol: 'TCP' }] },
    status: {},
  };
}

async function wholePath(name: string, unit: string, budgetMs: number, create: (c: Cluster, i: number) => Promise<unknown>): Promise<BenchStats> {
  const dir = mkdtempSync(join(tmpdir(), 'netsim-bench-'));
  const store = await openLmdbStore(join(dir, 'data'));
  try {
    const cluster = await Cluster.open({ config: parseClusterConfig(CONFIG, 'bench'), store, clock: new VirtualClock(), rng: new Rng(1) });
    const samples: BatchSample[] = [];
    const cpu0 = process.cpuUsage();
    let n = 0;
    const end = Date.now() + budgetMs;
    while (Date.now() < end && n < 60_000) {
      const t0 = process.hrtime.bigint();
      await Promise.all(Array.from({ length: CONCURRENCY }, () => create(cluster, n++)));
      samples.push({ ops: CONCURRENCY, ns: Number(process.hrtime.bigint() - t0) });
    }
    const cpu = process.cpuUsage(cpu0);
    return statsFromBatches(name, samples, { unit, cpuPerOpUs: (cpu.user + cpu.system) / Math.max(1, n) });
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
