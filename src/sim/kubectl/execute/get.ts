// `kubectl get`: tables per type (with kind prefixes for several types, NAMESPACE with -A),
// the generic printers over one object or a List, --sort-by, and -w follow sessions.
import { assertNever } from '../../../util/assert-never.js';
import type { KubeObject } from '../../api/types.js';
import type { ClusterView } from '../cluster.js';
import { errorText } from '../errors.js';
import { type Obj, printCustomColumns, printJson, printJsonPath, printNames, printYaml, subject } from '../print/objects.js';
import { printTable, WatchTablePrinter, type TablePrintOptions } from '../print/table.js';
import type { GetRequest } from '../request.js';
import { kindPrefix } from '../resources.js';
import { gather, noResourcesLine, type Found } from './gather.js';
import { sortObjects } from './sort.js';
import { asObj, eventObject, tableFor } from './tables.js';
import type { Draft, FollowSession } from './types.js';

function tableOptions(r: GetRequest, f: Found, withKind: boolean): TablePrintOptions {
  return {
    wide: r.output.kind === 'wide', withNamespace: r.allNamespaces && f.type.namespaced, showLabels: r.showLabels,
    labelColumns: r.labelColumns, noHeaders: r.noHeaders, ...(withKind ? { kind: kindPrefix(f.type) } : {}),
  };
}

function printTables(r: GetRequest, found: readonly Found[], nowMs: number, out: Draft): boolean {
  const withKind = r.showKind || found.length > 1;
  let written = false;
  for (const f of found) {
    const text = printTable(tableFor(f.type, f.objects, f.events, nowMs), tableOptions(r, f, withKind));
    if (text === '') continue;
    if (written && !r.noHeaders) out.stdout += '\n';
    out.stdout += text;
    written = true;
  }
  return written;
}

function printGeneric(r: GetRequest, found: readonly Found[], out: Draft): void {
  // Note: one named object that is missing prints only the error (IntoSingleItemImplied).
  const implied = r.targets.length === 1 && r.targets[0].names.length === 1;
  if (implied && found[0]?.errors.length) return;
  const items: Obj[] = found.flatMap((f) => (f.type.kind === 'Event' ? f.events.map(eventObject) : f.objects.map(asObj)));
  const single = found.length === 1 && found[0].named && found[0].objects.length + found[0].events.length === 1 && found[0].errors.length === 0
    && (r.targets[0]?.names.length ?? 0) === 1;
  const data = subject(items, single);
  const o = r.output;
  switch (o.kind) {
    case 'yaml': out.stdout += printYaml(data); break;
    case 'json': out.stdout += printJson(data); break;
    case 'name':
      out.stdout += printNames(found.flatMap((f) => [...f.objects.map((x) => x.metadata.name ?? ''), ...f.events.map((e) => e.name)].map((name) => ({ prefix: kindPrefix(f.type), name }))));
      break;
    case 'jsonpath': {
      const p = printJsonPath(o.template, data, r.allowMissingTemplateKeys);
      if (p.ok) out.stdout += p.text;
      else { out.stderr += errorText(p.error); out.exitCode = 1; }
      break;
    }
    case 'custom-columns': {
      const p = printCustomColumns(o.spec, items, r.noHeaders);
      if (p.ok) out.stdout += p.text;
      else { out.stderr += errorText(p.error); out.exitCode = 1; }
      break;
    }
    case 'table': case 'wide': break;
    default: assertNever(o);
  }
}

/** Runs a get against the view; returns a follow session for -w. */
export function runGet(r: GetRequest, view: ClusterView, namespace: string, out: Draft): FollowSession | undefined {
  const gathered = gather(view, r.targets, { namespace, allNamespaces: r.allNamespaces, selector: r.selector, fieldSelector: r.fieldSelector });
  if ('error' in gathered) {
    out.stderr += gathered.error;
    out.exitCode = 1;
    return undefined;
  }
  let found = gathered;
  if (r.sortBy) {
    const sorted = sortObjects(found, r.sortBy);
    if ('error' in sorted) {
      out.stderr += errorText(sorted.error);
      out.exitCode = 1;
      return undefined;
    }
    found = sorted;
  }
  const errors = found.flatMap((f) => f.errors);
  const human = r.output.kind === 'table' || r.output.kind === 'wide';
  const watching = (r.watch || r.watchOnly) && human ? watchSession(r, view, namespace, found) : undefined;
  if (watching) {
    out.stdout += watching.initial;
    return watching.session;
  }
  if (human) {
    const written = printTables(r, found, view.nowMs, out);
    if (!written && errors.length === 0 && !r.ignoreNotFound && !r.watch) {
      out.stderr += noResourcesLine(found, namespace, r.allNamespaces);
      out.hint = { key: 'noResources' };
    }
  } else {
    printGeneric(r, found, out);
  }
  if (errors.length > 0 && !r.ignoreNotFound) {
    out.stderr += errors.map((e) => `${e}\n`).join('');
    out.exitCode = 1;
    const first = found.find((f) => f.errors.length > 0);
    if (first) out.hint = { key: 'notFound', vars: { name: r.targets.find((t) => t.type === first.type)?.names.find((n) => first.errors.some((e) => e.includes(`"${n}"`))) ?? '', resource: first.type.resource, namespace: first.type.namespaced && namespace !== 'default' ? ` -n ${namespace}` : '' } };
  }
  return undefined;
}

function rowKey(o: KubeObject): string {
  return `${o.metadata.namespace ?? ''}/${o.metadata.name ?? ''}`;
}

/** Prints a row again whenever anything but its AGE changes, like the watch events do. */
function watchSession(r: GetRequest, first: ClusterView, namespace: string, initial: readonly Found[]): { initial: string; session: FollowSession } | undefined {
  const f0 = initial[0];
  if (!f0 || initial.length !== 1 || f0.type.kind === 'Event') return undefined;
  const options = tableOptions(r, f0, r.showKind);
  const printer = new WatchTablePrinter(options);
  const ageColumn = tableFor(f0.type, [], [], first.nowMs).columns.findIndex((c) => c.name === 'Age');
  // Note: a watch prints a row when the object changes, not when time passes; ages and the
  // `(2m ago)` of RESTARTS move by themselves, so they do not count as changes.
  const signature = (cells: readonly (string | number)[]) => cells.filter((_, i) => i !== ageColumn).map((c) => String(c).replace(/ \(\S+ ago\)$/, '')).join('\u0000');
  const last = new Map<string, string>();
  const initialTable = tableFor(f0.type, f0.objects, [], first.nowMs);
  f0.objects.forEach((o, i) => last.set(rowKey(o), signature(initialTable.rows[i].cells)));
  const text = r.watchOnly ? '' : printer.print(initialTable);
  const session: FollowSession = {
    next(view: ClusterView): string {
      const now = gather(view, r.targets, { namespace, allNamespaces: r.allNamespaces, selector: r.selector, fieldSelector: r.fieldSelector });
      if ('error' in now) return '';
      const objects = now[0].objects;
      const table = tableFor(f0.type, objects, [], view.nowMs);
      const changed = table.rows.filter((row, i) => {
        const key = rowKey(objects[i]);
        const sig = signature(row.cells);
        if (last.get(key) === sig) return false;
        last.set(key, sig);
        return true;
      });
      return changed.length > 0 ? printer.print({ columns: table.columns, rows: changed }) : '';
    },
  };
  return { initial: text, session };
}
