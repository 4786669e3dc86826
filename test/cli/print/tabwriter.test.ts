import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { DESCRIBE_TABWRITER, TABLE_TABWRITER, TabWriter, tabwrite, type TabwriterOptions } from '../../../cli/print/tabwriter.js';

const t = suite('cli/print/tabwriter');
const GO_DOC: TabwriterOptions = { minwidth: 0, tabwidth: 8, padding: 1, padchar: ' ' };

// Expected outputs worked out from Go's text/tabwriter algorithm (format/writeLines).
const cases: { name: string; opts: TabwriterOptions; input: string; want: string }[] = [
  { name: 'kubectl header and row: width = max(minwidth 6, longest + padding 3)', opts: TABLE_TABWRITER,
    input: 'NAME\tREADY\tSTATUS\nweb-0\t1/1\tRunning\n', want: 'NAME    READY   STATUS\nweb-0   1/1     Running\n' },
  { name: 'minwidth wins over a short column', opts: TABLE_TABWRITER, input: 'a\tb\n', want: 'a     b\n' },
  { name: 'an empty cell is padded like any other', opts: TABLE_TABWRITER, input: '\tx\nyy\tz\n', want: '      x\nyy    z\n' },
  { name: 'the last cell of a line is never padded', opts: TABLE_TABWRITER,
    input: 'x\tshort\nlonger-name\ta-much-longer-last-cell\n', want: 'x             short\nlonger-name   a-much-longer-last-cell\n' },
  { name: 'Go doc example: b and c are distinct column blocks', opts: GO_DOC,
    input: 'aaaa\tbbb\td\naa\tb\tdd\na\t\naa\tcccc\teee\n', want: 'aaaa bbb d\naa   b   dd\na    \naa   cccc eee\n' },
  { name: 'a one-cell line ends every block', opts: DESCRIBE_TABWRITER,
    input: 'aaaa\tb\nhello\ncc\tdd\n', want: 'aaaa  b\nhello\ncc  dd\n' },
  { name: 'RememberWidths (kubectl get): a later block keeps the wider width', opts: TABLE_TABWRITER,
    input: 'aaaaaaaa\tb\nhello\ncc\tdd\n', want: 'aaaaaaaa   b\nhello\ncc         dd\n' },
  { name: 'no trailing newline: the last line is written as is', opts: TABLE_TABWRITER, input: 'a\tb', want: 'a     b' },
  { name: 'widths count runes, not bytes', opts: TABLE_TABWRITER, input: 'é\tx\nab\ty\n', want: 'é     x\nab    y\n' },
  { name: 'a trailing tab pads the cell (trailing spaces, as kubectl describe shows)', opts: TABLE_TABWRITER, input: 'a\t\n', want: 'a     \n' },
  { name: 'describe settings: minwidth 0, padding 2', opts: DESCRIBE_TABWRITER,
    input: 'Name:\tweb\nNamespace:\tdefault\n', want: 'Name:       web\nNamespace:  default\n' },
  { name: 'tab padding rounds the cell up to a tab stop', opts: { minwidth: 0, tabwidth: 8, padding: 1, padchar: '\t' },
    input: 'a\tb\nabcdefghi\tc\n', want: 'a\t\tb\nabcdefghi\tc\n' },
  { name: 'a form feed flushes like a newline', opts: TABLE_TABWRITER, input: 'a\tb\fccccccc\td\n', want: 'a     b\nccccccc   d\n' },
];

for (const c of cases) t(c.name, () => assert.is(tabwrite(c.input, c.opts), c.want));

t('streaming writes split anywhere give the same output', () => {
  const w = new TabWriter(TABLE_TABWRITER);
  w.write('NAME\tA');
  w.write('GE\nx');
  w.write('\ty\n');
  assert.is(w.flush(), 'NAME   AGE\nx      y\n');
});

t('RememberWidths across flushes: widths only grow (kubectl get -w)', () => {
  const w = new TabWriter(TABLE_TABWRITER);
  w.write('NAME\tSTATUS\nweb-0\tRunning\n');
  assert.is(w.flush(), 'NAME    STATUS\nweb-0   Running\n');
  w.write('a\tPending\n');
  assert.is(w.flush(), 'a       Pending\n');
  w.write('a-much-longer-name\tRunning\n');
  assert.is(w.flush(), 'a-much-longer-name   Running\n');
  w.write('b\tRunning\n');
  assert.is(w.flush(), 'b                    Running\n');
});

t('flush returns only what was not returned before', () => {
  const w = new TabWriter(TABLE_TABWRITER);
  w.write('a\tb\n');
  assert.is(w.flush(), 'a     b\n');
  w.write('c\td\n');
  assert.is(w.flush(), 'c     d\n');
});

// Oracle: a grid whose rows all have the same cells is one block per column.
t('property: a uniform grid aligns every column at max(minwidth, longest + padding)', () => {
  const cell = fc.string({ unit: fc.constantFrom('a', 'B', '-', '1', 'é', ' ', '/'), maxLength: 12 });
  const grid = fc.integer({ min: 1, max: 5 }).chain((cols) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 8 }));
  fc.assert(fc.property(grid, (rows) => {
    const cols = rows[0].length;
    const widths = Array.from({ length: cols }, (_, j) => Math.max(6, ...rows.map((r) => [...r[j]].length + 3)));
    const want = rows.map((r) => r.map((c, j) => (j < cols - 1 ? c + ' '.repeat(widths[j] - [...c].length) : c)).join('') + '\n').join('');
    return tabwrite(rows.map((r) => r.join('\t') + '\n').join(''), TABLE_TABWRITER) === want;
  }), { seed: 20240501, numRuns: 300 });
});

t.run();
