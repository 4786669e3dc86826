import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { humanDuration, translateTimestampSince } from '../../../cli/print/age.js';

const t = suite('cli/print/age');
const s = 1000, m = 60 * s, h = 60 * m, d = 24 * h, y = 365 * d;

// apimachinery duration.HumanDuration, bucket by bucket, with both sides of every boundary.
const cases: { name: string; ms: number; want: string }[] = [
  { name: 'more than a second negative', ms: -2 * s, want: '<invalid>' },
  { name: 'up to a second negative is clock skew', ms: -1999, want: '0s' },
  { name: 'half a second negative', ms: -500, want: '0s' },
  { name: 'zero', ms: 0, want: '0s' },
  { name: 'seconds truncate', ms: 5999, want: '5s' },
  { name: 'last seconds bucket', ms: 119 * s, want: '119s' },
  { name: 'two minutes', ms: 2 * m, want: '2m' },
  { name: 'minutes and seconds', ms: 2 * m + 1 * s, want: '2m1s' },
  { name: 'last minutes-and-seconds', ms: 9 * m + 59 * s, want: '9m59s' },
  { name: 'ten minutes drop the seconds', ms: 10 * m + 30 * s, want: '10m' },
  { name: 'last minutes bucket', ms: 179 * m + 59 * s, want: '179m' },
  { name: 'three hours', ms: 3 * h, want: '3h' },
  { name: 'hours and minutes', ms: 3 * h + 1 * m, want: '3h1m' },
  { name: 'last hours-and-minutes', ms: 7 * h + 59 * m, want: '7h59m' },
  { name: 'eight hours drop the minutes', ms: 8 * h + 30 * m, want: '8h' },
  { name: 'last hours bucket', ms: 47 * h + 59 * m, want: '47h' },
  { name: 'two days', ms: 48 * h, want: '2d' },
  { name: 'days and hours', ms: 49 * h, want: '2d1h' },
  { name: 'last days-and-hours (5d20h, the kubernetes Service in formats.md)', ms: 5 * d + 20 * h, want: '5d20h' },
  { name: 'eight days drop the hours', ms: 8 * d + 5 * h, want: '8d' },
  { name: 'last days bucket', ms: 729 * d, want: '729d' },
  { name: 'two years', ms: 730 * d, want: '2y' },
  { name: 'years and days', ms: 731 * d, want: '2y1d' },
  { name: 'last years-and-days', ms: 8 * y - d, want: '7y364d' },
  { name: 'eight years and more: years only', ms: 8 * y + 100 * d, want: '8y' },
];
for (const c of cases) t(c.name, () => assert.is(humanDuration(c.ms), c.want));

t('translateTimestampSince: age from an RFC 3339 timestamp', () => {
  const now = Date.parse('2024-05-01T12:00:00Z');
  assert.is(translateTimestampSince('2024-05-01T11:55:00Z', now), '5m');
  assert.is(translateTimestampSince('2024-05-01T11:55:00Z', new Date(now)), '5m');
  assert.is(translateTimestampSince('2024-05-01T12:00:05Z', now), '<invalid>');
});

t('translateTimestampSince: missing, zero or unparsable timestamps are <unknown>', () => {
  assert.is(translateTimestampSince(undefined, 0), '<unknown>');
  assert.is(translateTimestampSince('', 0), '<unknown>');
  assert.is(translateTimestampSince('0001-01-01T00:00:00Z', 0), '<unknown>');
  assert.is(translateTimestampSince('yesterday', 0), '<unknown>');
});

t.run();
