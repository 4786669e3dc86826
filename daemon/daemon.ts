// One running netsimd: home, config (fixed at first start), durable store, cluster, gRPC
// listeners and health. startDaemon() resolves once health says SERVING; stop() drains calls,
// closes the store and resolves. main.ts adds flags and signals; tests start it in process.
import { rmSync } from 'node:fs';
import { availableParallelism, homedir } from 'node:os';
import { readFile } from 'node:fs/promises';
import { DataplaneHost } from '../dataplane/index.js';
import { Cluster } from './cluster/cluster.js';
import { DataplaneSync } from './cluster/dataplane-sync.js';
import { defaultClusterConfig, parseClusterConfig, type ClusterConfig } from './config/config.js';
import { prepareHome, resolveHome, type HomePaths } from './config/home.js';
import { checkListenAddress, parseDnsListen } from './config/listen.js';
import { STORED_CONFIG_META_KEY, compareWithStored, parseStoredConfig, serializeStoredConfig } from './config/stored.js';
import type { DaemonFlags } from './flags.js';
import { netsimHandlers } from './rpc/handlers.js';
import { bindTcp, bindUnix, createRpcServer, setServing, shutdown } from './rpc/server.js';
import { VirtualClock } from './sim/clock.js';
import { randomSeed, Rng } from './sim/rng.js';
import { openLmdbStore } from './store/lmdb.js';
import type { Store } from './store/store.js';

export class StartError extends Error {}

export interface RunningDaemon {
  readonly paths: HomePaths;
  readonly cluster: Cluster;
  readonly seed: number;
  readonly tcpAddress?: string;
  readonly dnsAddress?: string;
  /** Resolves when stop() finished, whoever asked for it (signal, Shutdown RPC). */
  readonly stopped: Promise<void>;
  stop(): Promise<void>;
}

export async function startDaemon(flags: DaemonFlags, log: (line: string) => void = console.log): Promise<RunningDaemon> {
  const home = resolveHome({ flag: flags.home, env: process.env, homedir: homedir() });
  const paths = wrap(() => prepareHome(home));
  const listen = flags.listen ? wrap(() => checkListenAddress(flags.listen!)) : undefined;
  const dns = wrap(() => parseDnsListen(flags.dnsListen));
  const requested = flags.config ? await loadConfig(flags.config) : undefined;
  if (flags.reset) rmSync(paths.data, { recursive: true, force: true });
  const store = await openLmdbStore(paths.data, { onFatal: (e) => { console.error(`netsimd: store failure: ${String(e)}`); process.exit(70); } });
  let config: ClusterConfig;
  try {
    config = await fixConfig(store, requested, home);
  } catch (e) {
    await store.close();
    throw e;
  }
  const seed = flags.seed ?? randomSeed();
  const clock = new VirtualClock(flags.realTime);
  const cluster = await Cluster.open({ config, store, clock, rng: new Rng(seed), log: (l) => log(`netsimd: ${l}`) });
  const workers = await DataplaneHost.start({ workers: flags.workers ?? availableParallelism(), seed });
  cluster.network.onInstall((p) => { workers.install(p).catch((e: Error) => log(`netsimd: dataplane workers: ${e.message}`)); });
  const sync = new DataplaneSync(cluster.network, store);
  sync.start();
  let stopping: Promise<void> | undefined;
  let resolveStopped!: () => void;
  const stopped = new Promise<void>((r) => { resolveStopped = r; });
  const listeners = { unixSocket: paths.socket, tcpAddress: undefined as string | undefined, dnsAddress: dns ? `${dns.host.includes(':') ? `[${dns.host}]` : dns.host}:${dns.port}` : undefined };
  const server = createRpcServer(netsimHandlers(cluster, { seed, listeners, requestShutdown: () => void stop() }));
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      setServing(server, false);
      await shutdown(server, 5_000);
      sync.stop();
      await workers.close();
      await store.close();
      rmSync(paths.socket, { force: true });
      resolveStopped();
    })();
    return stopping;
  };
  try {
    await bindUnix(server, paths.socket);
    if (listen) listeners.tcpAddress = `${listen.host.includes(':') ? `[${listen.host}]` : listen.host}:${await bindTcp(server, flags.listen!)}`;
  } catch (e) {
    server.forceShutdown();
    sync.stop();
    await workers.close();
    await store.close();
    throw new StartError((e as Error).message);
  }
  setServing(server, true);
  return { paths, cluster, seed, tcpAddress: listeners.tcpAddress, dnsAddress: listeners.dnsAddress, stopped, stop };
}

function wrap<T>(fn: () => T): T {
  try { return fn(); } catch (e) { throw new StartError((e as Error).message); }
}

async function loadConfig(file: string): Promise<ClusterConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new StartError(`cannot read config ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  return wrap(() => parseClusterConfig(text, file));
}

/** The cluster config is fixed when the home is first initialised (product.md). */
async function fixConfig(store: Store, requested: ClusterConfig | undefined, home: string): Promise<ClusterConfig> {
  const storedText = store.getMeta<string>(STORED_CONFIG_META_KEY);
  if (storedText === undefined) {
    const config = requested ?? defaultClusterConfig();
    await store.commit([{ op: 'meta', key: STORED_CONFIG_META_KEY, value: serializeStoredConfig(config) }]);
    return config;
  }
  const stored = wrap(() => parseStoredConfig(storedText, `${home}/data`));
  if (requested) {
    const diff = compareWithStored(stored, requested, home);
    if (diff) throw new StartError(diff);
  }
  return stored;
}
