// Go text/tabwriter (elastic tabstops) as kubectl get (liggitt/tabwriter, RememberWidths) and
// kubectl describe configure it: cells are tab-terminated, the last cell of a line is in no column,
// a column block is a run of lines with a cell in that column. Pure; imports nothing.

/** Writer settings, in Go's `tabwriter.NewWriter(out, minwidth, tabwidth, padding, padchar, flags)` order. */
export interface TabwriterOptions {
  minwidth: number;
  tabwidth: number;
  padding: number;
  padchar: ' ' | '\t';
  /** liggitt/tabwriter's RememberWidths flag: column widths only grow from one flush to the next. */
  rememberWidths?: boolean;
}

/** cli-runtime printers.GetNewTabWriter: `kubectl get` tables (liggitt/tabwriter, RememberWidths). */
export const TABLE_TABWRITER: TabwriterOptions = { minwidth: 6, tabwidth: 4, padding: 3, padchar: ' ', rememberWidths: true };
/** kubectl describe `tabbedString`: `out.Init(buf, 0, 8, 2, ' ', 0)`. */
export const DESCRIBE_TABWRITER: TabwriterOptions = { minwidth: 0, tabwidth: 8, padding: 2, padchar: ' ' };

interface Cell {
  text: string;
  width: number; // in code points, as Go counts runes
  htab: boolean;
}

/**
 * A streaming Go tabwriter: `write` buffers text, `flush` formats what is buffered and returns it.
 * Like Go's, it flushes by itself after a line with a single cell (such a line ends every column
 * block) and after a form feed, so the output of `write` calls is available from `flush`.
 */
export class TabWriter {
  private lines: Cell[][] = [[]];
  private cell = '';
  private out = '';
  private readonly maxwidths: number[] = [];

  constructor(private readonly opts: TabwriterOptions = TABLE_TABWRITER) {}

  write(text: string): void {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch !== '\t' && ch !== '\v' && ch !== '\n' && ch !== '\f') continue;
      this.cell += text.slice(start, i);
      start = i + 1;
      const ncells = this.terminateCell(ch === '\t');
      if (ch === '\n' || ch === '\f') {
        this.lines.push([]);
        if (ch === '\f' || ncells === 1) this.formatBuffered();
      }
    }
    this.cell += text.slice(start);
  }

  /** Formats everything written so far and returns the output not yet returned. */
  flush(): string {
    if (this.cell.length > 0) this.terminateCell(false);
    this.formatBuffered();
    const out = this.out;
    this.out = '';
    return out;
  }

  private terminateCell(htab: boolean): number {
    const line = this.lines[this.lines.length - 1];
    line.push({ text: this.cell, width: runeCount(this.cell), htab });
    this.cell = '';
    return line.length;
  }

  private formatBuffered(): void {
    const widths: number[] = [];
    this.format(widths, 0, this.lines.length);
    this.lines = [[]];
  }

  // Go `format`: the column to the right of `widths` starts a block at the first line that has a
  // cell there; the block runs while lines keep having one; format recurses with its width pushed.
  private format(widths: number[], line0: number, line1: number): void {
    const column = widths.length;
    for (let row = line0; row < line1; row++) {
      if (column >= this.lines[row].length - 1) continue;
      this.writeLines(widths, line0, row);
      line0 = row;
      let width = this.opts.minwidth;
      for (; row < line1; row++) {
        const line = this.lines[row];
        if (column >= line.length - 1) break;
        width = Math.max(width, line[column].width + this.opts.padding);
      }
      if (this.opts.rememberWidths) width = this.remember(widths, width);
      widths.push(width);
      this.format(widths, line0, row);
      widths.pop();
      line0 = row;
    }
    this.writeLines(widths, line0, line1);
  }

  // liggitt/tabwriter format(): the width of column len(widths) is the largest seen in any flush.
  private remember(widths: number[], width: number): number {
    const col = widths.length;
    if (this.maxwidths.length < col) this.maxwidths.push(...widths.slice(this.maxwidths.length));
    if (this.maxwidths.length === col) this.maxwidths.push(width);
    else if (this.maxwidths[col] > width) return this.maxwidths[col];
    else this.maxwidths[col] = width;
    return width;
  }

  private writeLines(widths: number[], line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i];
      for (let j = 0; j < line.length; j++) {
        const c = line[j];
        this.out += c.text;
        if (j < widths.length) this.out += this.padding(c.width, widths[j]);
      }
      if (i + 1 === this.lines.length) this.out += this.cell;
      else this.out += '\n';
    }
  }

  private padding(textw: number, cellw: number): string {
    if (this.opts.padchar === '\t') {
      const tw = this.opts.tabwidth;
      if (tw === 0) return '';
      const w = Math.ceil(cellw / tw) * tw;
      return '\t'.repeat(Math.ceil((w - textw) / tw));
    }
    return ' '.repeat(cellw - textw);
  }
}

/** Formats a whole text at once (write + flush). */
export function tabwrite(text: string, opts: TabwriterOptions = TABLE_TABWRITER): string {
  const w = new TabWriter(opts);
  w.write(text);
  return w.flush();
}

function runeCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
