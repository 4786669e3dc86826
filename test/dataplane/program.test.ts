// The compiled ForwardingProgram of a small cluster, whole, as a golden (kube-proxy
// baseRules style), and its references valid.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { dumpProgram, validateProgram } from '../../dataplane/index.js';
import { assertGoldenFile } from '../support/golden.js';
import { openNetFixture } from './fixture.js';

const t = suite('forwarding program');

for (const [name, config] of [
  ['dual-stack', undefined],
  ['ipv6', 'kind: Cluster\napiVersion: netsim.dev/v1alpha1\nnetworking:\n  ipFamily: ipv6\n'],
] as const) {
  t(`the program of a ${name} cluster with two pods`, async () => {
    const f = await openNetFixture({ web: 'netsim-worker', client: 'netsim-worker2' }, config);
    try {
      f.tc.cluster.network.sync();
      const p = f.tc.cluster.network.dataplane.program!;
      assert.equal(validateProgram(p), []);
      assert.ok(p.generation > 0);
      assertGoldenFile(`dataplane/program-${name}`, dumpProgram({ ...p, generation: 0 }));
    } finally { await f.tc.close(); }
  });
}

t.run();
