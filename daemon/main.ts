#!/usr/bin/env node
// netsimd: flags, start, signals. SIGTERM and SIGINT drain the calls in flight and exit 0.
import { FlagError, parseDaemonFlags, USAGE } from './flags.js';
import { StartError, startDaemon } from './daemon.js';
import { NETSIM_VERSION } from './version.js';

async function main(argv: string[]): Promise<number> {
  let flags;
  try {
    flags = parseDaemonFlags(argv);
  } catch (e) {
    if (e instanceof FlagError) { process.stderr.write(`netsimd: ${e.message}\n${USAGE}`); return 2; }
    throw e;
  }
  if (flags.help) { process.stdout.write(USAGE); return 0; }
  if (flags.version) { process.stdout.write(`netsimd ${NETSIM_VERSION}\n`); return 0; }
  let d;
  try {
    d = await startDaemon(flags);
  } catch (e) {
    if (e instanceof StartError) { process.stderr.write(`netsimd: ${e.message}\n`); return 1; }
    throw e;
  }
  const { config } = d.cluster;
  console.log(`netsimd ${NETSIM_VERSION} serving on unix://${d.paths.socket}${d.tcpAddress ? ` and ${d.tcpAddress}` : ''}`);
  console.log(`netsimd: seed ${d.seed} (replay with --seed ${d.seed}); home ${d.paths.home}`);
  console.log(`netsimd: cluster ${config.ipFamily} pods ${config.podSubnets.join(',')} services ${config.serviceSubnets.join(',')}; `
    + `${d.cluster.store.list('Node').length} nodes; dns ${d.dnsAddress ? `${d.dnsAddress} (reserved: the cluster DNS server is not built yet)` : 'off'}`);
  const onSignal = (sig: string) => {
    console.log(`netsimd: ${sig} received, draining`);
    void d.stop();
  };
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  process.once('SIGINT', () => onSignal('SIGINT'));
  await d.stopped;
  console.log('netsimd: stopped');
  return 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
  console.error('netsimd: fatal:', e);
  process.exitCode = 70;
});
