// Go's text/tabwriter (elastic tabstops), as kubectl uses it, with the RememberWidths flag of
// github.com/liggitt/tabwriter that `kubectl get -w` relies on. Byte-exact output depends on
// its column-block rules: a line without a tab ends every block, and the last cell of a line
// never belongs to a column. Only left alignment and a non-tab pad character are needed here.

/** Writer settings, named as in Go's `tabwriter.NewWriter(out, minwidth, tabwidth, padding, padchar, flags)`. */
export interface TabWriterOptions {
  readonly minWidth: number;
  readonly tabWidth: number;
  readonly padding: number;
  /** Keep per-column maximum widths across flushes (liggitt/tabwriter RememberWidths). */
  readonly rememberWidths?: boolean;
}

/** kubectl's table writer (`printers.GetNewTabWriter`): minwidth 6, tabwidth 4, padding 3, RememberWidths. */
export const GET_TABLE: TabWriterOptions = { minWidth: 6, tabWidth: 4, padding: 3, rememberWidths: true };

/** kubectl describe's writer (`tabbedString`): minwidth 0, tabwidth 8, padding 2. */
export const DESCRIBE: TabWriterOptions = { minWidth: 0, tabWidth: 8, padding: 2 };

interface Cell {
  readonly text: string;
  /** Width in runes, as Go counts it. */
  readonly width: number;
}

const runeCount = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** A stateful tabwriter that appends formatted text to `output`. */
export class TabWriter {
  private lines: Cell[][] = [[]];
  private cell = '';
  private widths: number[] = [];
  private maxWidths: number[] = [];
  private out = '';

  constructor(private readonly options: TabWriterOptions) {}

  /** Feeds text; a newline after a line with a single cell flushes, as in Go. */
  write(text: string): void {
    for (const ch of text) {
      if (ch === '\t' || ch === '\v' || ch === '\n' || ch === '\f') {
        const line = this.lines[this.lines.length - 1];
        line.push({ text: this.cell, width: runeCount(this.cell) });
        this.cell = '';
        if (ch === '\n' || ch === '\f') {
          const cells = line.length;
          this.lines.push([]);
          if (ch === '\f' || cells === 1) this.flush();
        }
      } else {
        this.cell += ch;
      }
    }
  }

  /** Formats everything buffered. */
  flush(): void {
    if (this.cell.length > 0) {
      this.lines[this.lines.length - 1].push({ text: this.cell, width: runeCount(this.cell) });
      this.cell = '';
    }
    this.format(0, this.lines.length);
    this.lines = [[]];
    this.widths = [];
  }

  /** Flushes and returns all output produced so far, then forgets it. */
  take(): string {
    this.flush();
    const out = this.out;
    this.out = '';
    return out;
  }

  private format(line0: number, line1: number): void {
    const column = this.widths.length;
    for (let current = line0; current < line1; current++) {
      if (column >= this.lines[current].length - 1) continue;
      this.writeLines(line0, current);
      line0 = current;
      let width = this.options.minWidth;
      for (; current < line1; current++) {
        const line = this.lines[current];
        if (column >= line.length - 1) break;
        width = Math.max(width, line[column].width + this.options.padding);
      }
      if (this.options.rememberWidths) width = this.remember(width);
      this.widths.push(width);
      this.format(line0, current);
      this.widths.pop();
      line0 = current;
    }
    this.writeLines(line0, line1);
  }

  private remember(width: number): number {
    const at = this.widths.length;
    if (this.maxWidths.length < at) this.maxWidths.push(...this.widths.slice(this.maxWidths.length));
    if (this.maxWidths.length === at) {
      this.maxWidths.push(width);
      return width;
    }
    if (this.maxWidths[at] > width) return this.maxWidths[at];
    this.maxWidths[at] = width;
    return width;
  }

  private writeLines(line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i];
      line.forEach((c, j) => {
        this.out += c.text;
        if (j < this.widths.length) this.out += ' '.repeat(Math.max(0, this.widths[j] - c.width));
      });
      // Note: the last buffered line has no newline yet (Go writes the pending cell instead).
      if (i + 1 < this.lines.length) this.out += '\n';
    }
  }
}

/** Formats a whole text in one go. */
export function tabbed(text: string, options: TabWriterOptions): string {
  const w = new TabWriter(options);
  w.write(text);
  return w.take();
}
