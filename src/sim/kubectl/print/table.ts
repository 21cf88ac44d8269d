// The Table kubectl gets from the server for `kubectl get`, and how kubectl prints it
// (cli-runtime printers/tableprinter.go: decorateTable, printTable): wide columns by priority,
// NAMESPACE first with -A, label columns (-L) and LABELS (--show-labels) last, upper-case
// headers, no header without rows, cells cut at the first line break.
import { GET_TABLE, TabWriter } from './tabwriter.js';

/** A column definition (`metav1.TableColumnDefinition`, the parts printing reads). */
export interface TableColumn {
  readonly name: string;
  /** 0 = always shown; above 0 = only with `-o wide`. */
  readonly priority: number;
  /** `name` marks the column `TYPE/` is prefixed to when kinds are printed. */
  readonly format?: 'name';
}

/** One row: its cells and the metadata of the object it describes. */
export interface TableRow {
  readonly cells: readonly (string | number)[];
  readonly namespace?: string;
  readonly labels?: Readonly<Record<string, string>>;
}

export interface Table {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

/** How to print (`printers.PrintOptions`). */
export interface TablePrintOptions {
  readonly wide?: boolean;
  readonly withNamespace?: boolean;
  readonly showLabels?: boolean;
  /** `-L key` columns. */
  readonly labelColumns?: readonly string[];
  readonly noHeaders?: boolean;
  /** Prefix names with `kind/` (several kinds, or `get all`), e.g. `pod`, `deployment.apps`. */
  readonly kind?: string;
}

/** `labels.FormatLabels`: `a=1,b=2` sorted by key, `<none>` when empty. */
export function formatLabels(labels: Readonly<Record<string, string>> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  return keys.length === 0 ? '<none>' : keys.map((k) => `${k}=${labels?.[k]}`).join(',');
}

function cellText(cell: string | number): string {
  const text = String(cell);
  const cut = text.search(/[\f\n\r]/);
  const shown = cut >= 0 ? `${text.slice(0, cut)}...` : text;
  // Note: printers.WriteEscaped shows ESC as ^[ so a cell cannot drive the terminal.
  return shown.replace(/\x1b/g, '^[');
}

/** Applies decorateTable: namespace, label columns, kind prefix. */
export function decorateTable(table: Table, o: TablePrintOptions): Table {
  const labelHeaders = (o.labelColumns ?? []).map((l) => l.split('/').pop()?.toUpperCase() ?? '');
  const columns: TableColumn[] = [
    ...(o.withNamespace ? [{ name: 'Namespace', priority: 0 }] : []),
    ...table.columns,
    ...labelHeaders.map((name) => ({ name, priority: 0 })),
    ...(o.showLabels ? [{ name: 'Labels', priority: 0 }] : []),
  ];
  const nameIndex = table.columns.findIndex((c) => c.format === 'name');
  const rows = table.rows.map((row) => {
    const cells = row.cells.map((c, i) => (o.kind && i === nameIndex ? `${o.kind.toLowerCase()}/${c}` : c));
    return {
      ...row,
      cells: [
        ...(o.withNamespace ? [row.namespace ?? ''] : []),
        ...cells,
        ...(o.labelColumns ?? []).map((k) => row.labels?.[k] ?? ''),
        ...(o.showLabels ? [formatLabels(row.labels)] : []),
      ],
    };
  });
  return { columns, rows };
}

/** The tab-separated lines printTable writes for a decorated table (header, then rows). */
export function tableLines(table: Table, o: TablePrintOptions, withHeader: boolean): string {
  const visible = table.columns.map((c) => o.wide || c.priority === 0);
  let out = '';
  if (withHeader && !o.noHeaders && table.rows.length > 0) {
    out += `${table.columns.filter((_, i) => visible[i]).map((c) => c.name.toUpperCase()).join('\t')}\n`;
  }
  for (const row of table.rows) {
    out += `${row.cells.slice(0, table.columns.length).filter((_, i) => visible[i]).map(cellText).join('\t')}\n`;
  }
  return out;
}

/** Prints one table as `kubectl get` does. */
export function printTable(table: Table, o: TablePrintOptions = {}): string {
  const w = new TabWriter(GET_TABLE);
  w.write(tableLines(decorateTable(table, o), o, true));
  return w.take();
}

/**
 * A streaming printer for `kubectl get -w`: the header once, then rows as they come, aligned
 * with the widths already printed (RememberWidths).
 */
export class WatchTablePrinter {
  private readonly writer = new TabWriter(GET_TABLE);
  private printedHeader = false;

  constructor(private readonly options: TablePrintOptions) {}

  /** Text for more rows of the same table. */
  print(table: Table): string {
    const decorated = decorateTable(table, this.options);
    this.writer.write(tableLines(decorated, this.options, !this.printedHeader));
    if (decorated.rows.length > 0) this.printedHeader = true;
    return this.writer.take();
  }
}
