// ping-stats.ts: iputils' and busybox's number formats and round-trip arithmetic, checked
// against hand-computed values and the captured Debian 12 outputs (spec/real-output).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import {
  addRtt, busyboxRttLine, elapsedMs, emptyRtt, formatG, printfFixed, iputilsLoss, iputilsRttLine, iputilsTime, ipgEwma, toMicros, type RttTotals,
} from '../../daemon/exec/commands/ping-stats.js';

const t = suite('ping-stats');

const totals = (...us: number[]): RttTotals => {
  const r = emptyRtt();
  for (const u of us) addRtt(r, u);
  return r;
};

const times = [
  { name: 'below 1 ms: 3 decimals', us: 123, want: '0.123' },
  { name: 'zero', us: 0, want: '0.000' },
  { name: '1-10 ms: 2 decimals, rounded', us: 1234, want: '1.23' },
  { name: '9.995 ms rounds into the next band', us: 9995, want: '10.0' },
  { name: '10-100 ms: 1 decimal', us: 12345, want: '12.3' },
  { name: '99.950 ms rounds to 100', us: 99950, want: '100' },
  { name: 'from 100 ms: whole ms', us: 123456, want: '123' },
];
for (const c of times) t(`iputilsTime: ${c.name}`, () => assert.is(iputilsTime(c.us), c.want));

// real-output/ping4.txt: 0.633, 0.069, 0.040 -> avg 742/3 = 247, var (407050 - 550564/3)/3 = 74509, mdev 272
// real-output/ping6.txt: 0.383, 0.093 -> avg 238, var (155338 - 113288)/2 = 21025, mdev 145
// real-output/ping4-q.txt: 0.028, 0.046 -> avg 37, var (2900 - 2738)/2 = 81, mdev 9
const rttLines = [
  { name: 'ping4.txt', us: [633, 69, 40], want: 'rtt min/avg/max/mdev = 0.040/0.247/0.633/0.272 ms' },
  { name: 'ping6.txt', us: [383, 93], want: 'rtt min/avg/max/mdev = 0.093/0.238/0.383/0.145 ms' },
  { name: 'ping4-q.txt', us: [28, 46], want: 'rtt min/avg/max/mdev = 0.028/0.037/0.046/0.009 ms' },
  { name: 'one reply: mdev 0', us: [1500], want: 'rtt min/avg/max/mdev = 1.500/1.500/1.500/0.000 ms' },
  // 1, 2, 3 µs: (14 - 36/3)/3 = 0 after C's integer division
  { name: 'integer rounding of tiny times', us: [1, 2, 3], want: 'rtt min/avg/max/mdev = 0.001/0.002/0.003/0.000 ms' },
  // var = (16 - 16/4)/4 = 3; llsqrt(3) steps 3 -> 2 -> 1 -> 2 and returns 2, not floor(√3) = 1
  { name: 'variance 3 µs²: llsqrt returns its last Newton step', us: [0, 0, 0, 4], want: 'rtt min/avg/max/mdev = 0.000/0.001/0.004/0.002 ms' },
  { name: 'variance 2 µs²: mdev 1', us: [0, 0, 3], want: 'rtt min/avg/max/mdev = 0.000/0.001/0.003/0.001 ms' },
];
for (const c of rttLines) t(`iputilsRttLine: ${c.name}`, () => assert.is(iputilsRttLine(totals(...c.us)), c.want));

t('iputilsRttLine: the tsum >= INT_MAX branch (tsum2/n - avg²)', () => {
  // 30 replies of 100 s each: tsum = 3e9 µs > INT_MAX; variance 0
  assert.is(iputilsRttLine(totals(...Array(30).fill(100_000_000))), 'rtt min/avg/max/mdev = 100000.000/100000.000/100000.000/0.000 ms');
});

t('busyboxRttLine: truncating average, no mdev', () => {
  assert.is(busyboxRttLine(totals(68, 93)), 'round-trip min/avg/max = 0.068/0.080/0.093 ms');
});

const gs = [
  { x: 0, want: '0' }, { x: 100, want: '100' }, { x: 50, want: '50' },
  { x: Math.fround(100 / 3), want: '33.3333' }, { x: Math.fround(200 / 3), want: '66.6667' },
  { x: 12.5, want: '12.5' }, { x: 1e6, want: '1e+06' }, { x: 0.00001, want: '1e-05' }, { x: 0.0001, want: '0.0001' },
  { x: 123456.7, want: '123457' }, { x: -1, want: '-1' },
];
for (const c of gs) t(`formatG(${c.x})`, () => assert.is(formatG(c.x), c.want));

t('iputilsLoss: %g of a float', () => {
  assert.is(iputilsLoss(3, 2), '33.3333');
  assert.is(iputilsLoss(3, 1), '66.6667');
  assert.is(iputilsLoss(7, 0), '100');
  assert.is(iputilsLoss(1000, 999), '0.1');
});

t('elapsedMs rounds half up; toMicros rounds the dataplane\'s float ms', () => {
  assert.is(elapsedMs(2047.5), 2048);
  assert.is(elapsedMs(2047.49), 2047);
  assert.is(toMicros(0.123), 123);
  assert.is(toMicros(0.1 + 0.2), 300);
});

t('ipgEwma: the adaptive-interval figures', () => {
  // real iputils: ping -c 2 -i 0 127.0.0.1 -> 22 and 5 µs, ewma 8*22 + 5 - 22 = 159 -> 0.019
  assert.is(ipgEwma(74, 159), 'ipg/ewma 0.074/0.019 ms');
});

const fixeds = [
  { name: 'plain rounding', x: 0.0614, want: '0.061' },
  { name: 'exact binary tie rounds to even (glibc), not up (toFixed)', x: 0.0625, want: '0.062' },
  { name: 'exact tie to an odd neighbour rounds up', x: 0.1875, want: '0.188' },
  { name: 'a decimal "tie" that is not exact in binary', x: 1.0005, want: '1.000' },
  { name: 'whole numbers', x: 12, want: '12.000' },
  { name: 'large', x: 3070.6125, want: '3070.613' },
];
for (const c of fixeds) t(`printfFixed: ${c.name}`, () => assert.is(printfFixed(c.x, 3), c.want));

t('property: min <= avg <= max, and mdev is at most half the spread (+1 µs for llsqrt)', () => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 50 }), (us) => {
    const [min, avg, max, mdev] = /= ([\d./]+) ms$/.exec(iputilsRttLine(totals(...us)))![1].split('/').map((s) => Math.round(Number(s) * 1000));
    return min <= avg && avg <= max && min === Math.min(...us) && max === Math.max(...us) && mdev <= Math.ceil((max - min) / 2) + 1;
  }), { seed: 4242, numRuns: 300 });
});

t.run();
