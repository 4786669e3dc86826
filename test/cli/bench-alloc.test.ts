// Shape of `netsim bench alloc`'s report from a one-second run. No timing is asserted: the
// figures themselves are checked by the benchmark, never by a unit test (performance.md).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runAllocBench } from '../../cli/commands/bench-alloc.js';
import { statsFromBatches } from '../../cli/commands/bench-report.js';

const t = suite('cli/bench-alloc');

t('runs every section and ratio, and calls the whole-path hook with a budget', async () => {
  let hookBudget = -1;
  const report = await runAllocBench({
    seconds: 1,
    createPodWholePath: async (budgetMs) => {
      hookBudget = budgetMs;
      return statsFromBatches('create pod, whole path', [{ ops: 10, ns: 1000 }]);
    },
  });
  assert.equal(report.sections.map((s) => s.name), [
    'bitmap allocate, /16 filled to 90%', 'node podCIDR allocate', 'pod IP allocate (host-local)', 'create pod, whole path',
  ]);
  assert.equal(Object.keys(report.ratios), ['bitmap 99.9% full vs empty', 'flat bitmap 99.9% full vs empty (control)']);
  assert.is(hookBudget, 200);                                        // a fifth of the 1 s budget
  for (const s of report.sections) {
    assert.ok(s.count > 0, s.name);
    assert.is(s.statusCodeDistribution.OK, s.count);
  }
  assert.is(report.count, report.sections[0].count);                 // the headline is the first section
  for (const r of Object.values(report.ratios)) {
    assert.is(r.rounds, 7);
    assert.ok(r.min <= r.median && r.median <= r.max);
  }
  assert.ok(report.heapBytes > 0 && report.rssBytes > 0);
  assert.is(report.nodeVersion, process.version);
  assert.ok(JSON.parse(JSON.stringify(report)).latencyDistribution.length === 5);
});

t.run();
