import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  formatBenchReport, formatDuration, formatRate, ratioOf, statsFromBatches, type BenchReport,
} from '../../cli/commands/bench-report.js';

const t = suite('cli/bench-report');

t('statsFromBatches: ghz fields from timed batches', () => {
  const s = statsFromBatches('op', [{ ops: 100, ns: 1000 }, { ops: 100, ns: 3000 }, { ops: 200, ns: 2000 }], { unit: 'pair' });
  assert.is(s.count, 400);
  assert.is(s.total, 6000);
  assert.is(s.average, 15);
  assert.is(s.fastest, 10);
  assert.is(s.slowest, 30);
  assert.is(s.rps, 400 / 6e-6);
  assert.equal(s.latencyDistribution.map((b) => b.percentage), [50, 90, 95, 99, 99.9]);
  assert.equal(s.latencyDistribution.map((b) => b.latency), [10, 30, 30, 30, 30]);
  assert.equal(s.statusCodeDistribution, { OK: 400 });
  assert.is(s.unit, 'pair');
});

t('statsFromBatches with no samples is all zeros', () => {
  const s = statsFromBatches('none', []);
  assert.equal([s.count, s.total, s.average, s.fastest, s.slowest, s.rps], [0, 0, 0, 0, 0, 0]);
});

const ratios = [
  { name: 'odd rounds', rounds: [0.5, 0.1, 0.3], want: { median: 0.3, min: 0.1, max: 0.5, rounds: 3 } },
  { name: 'even rounds average the middle pair', rounds: [4, 1, 2, 3], want: { median: 2.5, min: 1, max: 4, rounds: 4 } },
];
for (const c of ratios) t(`ratioOf ${c.name}`, () => assert.equal(ratioOf(c.rounds), c.want));

const durations = [
  { ns: 4.24, want: '4.2ns' }, { ns: 45, want: '45ns' }, { ns: 1234, want: '1.23µs' },
  { ns: 4_560_000, want: '4.56ms' }, { ns: 1.2e9, want: '1.20s' },
];
for (const c of durations) t(`formatDuration ${c.want}`, () => assert.is(formatDuration(c.ns), c.want));

t('formatRate', () => {
  assert.equal([formatRate(12_340_000), formatRate(456_700), formatRate(89)], ['12.34M', '456.7k', '89']);
});

t('formatBenchReport renders the tables (golden)', () => {
  const fill = statsFromBatches('bitmap allocate, /16 filled to 90%', [{ ops: 58980, ns: 700_000 }, { ops: 58980, ns: 900_000 }],
    { unit: 'address', cpuPerOpUs: 0.012, targetRps: 5e6 });
  const pods = statsFromBatches('pod IP allocate (host-local)', [{ ops: 250, ns: 250_000 }], { unit: 'dual-stack pair' });
  const report: BenchReport = {
    ...fill, date: '2025-01-01T00:00:00.000Z', sections: [fill, pods],
    ratios: {
      'bitmap 99.9% full vs empty': { median: 0.391, min: 0.3, max: 0.44, rounds: 7, target: 0.2 },
      'flat bitmap 99.9% full vs empty (control)': { median: 0.013, min: 0.01, max: 0.02, rounds: 7 },
      'made-up ratio below its target': { median: 0.1, min: 0.1, max: 0.1, rounds: 5, target: 0.2 },
    },
    heapBytes: 64 * 2 ** 20, rssBytes: 180 * 2 ** 20,
    machine: { platform: 'linux', arch: 'x64', cpus: 2, cpuModel: 'AMD EPYC', totalMemBytes: 24 * 2 ** 30 },
    nodeVersion: 'v20.20.2',
  };
  const got = formatBenchReport(report);
  const golden = new URL('../golden/cli/bench-report.golden', import.meta.url).pathname;
  if (process.env.UPDATE_GOLDEN) { mkdirSync(dirname(golden), { recursive: true }); writeFileSync(golden, got); }
  assert.fixture(got, readFileSync(golden, 'utf8'));
});

t.run();
