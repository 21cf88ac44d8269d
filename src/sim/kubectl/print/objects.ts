// `-o yaml`, `-o json`, `-o name`, `-o jsonpath=`, `-o custom-columns=` over API objects, the
// way kubectl's printers write them (a `kind: List` wrapper when more than one object was asked for).
import { executeJsonPath, findResults, JsonPathExecError } from '../jsonpath/eval.js';
import { goSharpV, goV } from '../jsonpath/go-values.js';
import { JsonPathSyntaxError, parseJsonPath, type JpList } from '../jsonpath/parse.js';
import { toJson } from './json.js';
import { GET_TABLE, TabWriter } from './tabwriter.js';
import { toYaml, type JsonValue } from './yaml.js';

/** An object as JSON data. */
export type Obj = { readonly [k: string]: JsonValue | undefined };

/** Printed text, or the error kubectl reports (without `error: `). */
export type Printed = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };

/** `kind: List` as kubectl builds it for several objects. */
export function listOf(items: readonly Obj[]): Obj {
  return { apiVersion: 'v1', items: items as JsonValue[], kind: 'List', metadata: { resourceVersion: '' } };
}

/** What a get prints: the object itself when one named object was asked for, else a List. */
export function subject(items: readonly Obj[], single: boolean): Obj {
  return single && items.length === 1 ? items[0] : listOf(items);
}

export const printYaml = (o: Obj): string => toYaml(o as JsonValue);
/** `-o json`; `sortKeys` false keeps the Go struct order of objects kubectl builds itself. */
export const printJson = (o: Obj, sortKeys = true): string => toJson(o as JsonValue, sortKeys);

/** Parses a template as the JSONPath printer does, with kubectl's message on failure. */
export function compileJsonPath(template: string): { ok: true; root: JpList } | { ok: false; error: string } {
  try {
    return { ok: true, root: parseJsonPath(template) };
  } catch (e) {
    if (e instanceof JsonPathSyntaxError) return { ok: false, error: `error parsing jsonpath ${template}, ${e.message}` };
    throw e;
  }
}

/** `-o jsonpath=TEMPLATE` for one object (or List). */
export function printJsonPath(template: string, data: Obj, allowMissingKeys = true): Printed {
  const compiled = compileJsonPath(template);
  if (!compiled.ok) return compiled;
  try {
    return { ok: true, text: executeJsonPath(compiled.root, data, allowMissingKeys) };
  } catch (e) {
    if (!(e instanceof JsonPathExecError)) throw e;
    const detail = `Error executing template: ${e.message}. Printing more information for debugging the template:\n`
      + `\ttemplate was:\n\t\t${template}\n\tobject given to jsonpath engine was:\n\t\t${goSharpV(data)}\n\n`;
    return { ok: false, error: `error executing jsonpath ${JSON.stringify(template)}: ${detail}\n` };
  }
}

const RELAXED = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/;

/** `RelaxedJSONPathExpression`: `a.b`, `.a.b`, `{a.b}` and `{.a.b}` all mean `{.a.b}`. */
export function relaxedJsonPath(expr: string): { ok: true; path: string } | { ok: false; error: string } {
  if (expr === '') return { ok: true, path: expr };
  const m = RELAXED.exec(expr);
  if (!m) return { ok: false, error: "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'" };
  return { ok: true, path: `{.${m[1] || m[2]}}` };
}

/** The columns of `-o custom-columns=SPEC`, or kubectl's error. */
export function parseCustomColumns(spec: string): { ok: true; columns: { header: string; root: JpList }[] } | { ok: false; error: string } {
  if (spec === '') return { ok: false, error: 'custom-columns format specified but no custom columns given' };
  const columns: { header: string; root: JpList }[] = [];
  for (const part of spec.split(',')) {
    const colon = part.indexOf(':');
    if (colon < 0) return { ok: false, error: `unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>` };
    const relaxed = relaxedJsonPath(part.slice(colon + 1));
    if (!relaxed.ok) return relaxed;
    const compiled = compileJsonPath(relaxed.path);
    if (!compiled.ok) return compiled;
    columns.push({ header: part.slice(0, colon), root: compiled.root });
  }
  return { ok: true, columns };
}

/** `-o custom-columns=SPEC` over objects (one row each). */
export function printCustomColumns(spec: string, items: readonly Obj[], noHeaders: boolean): Printed {
  const parsed = parseCustomColumns(spec);
  if (!parsed.ok) return parsed;
  const w = new TabWriter(GET_TABLE);
  if (!noHeaders) w.write(`${parsed.columns.map((c) => c.header).join('\t')}\n`);
  for (const item of items) {
    const cells = parsed.columns.map((c) => {
      // Note: every value found is printed with Go's %v (maps as map[k:v]), comma-joined.
      const groups = findResults(c.root, item, true);
      if (groups.length === 0 || groups[0].length === 0) return '<none>';
      return groups.flat().map(goV).join(',');
    });
    w.write(`${cells.join('\t')}\n`);
  }
  return { ok: true, text: w.take() };
}

/** `-o name`: `pod/web` per object. */
export function printNames(items: readonly { prefix: string; name: string }[]): string {
  return items.map((i) => `${i.prefix}/${i.name}\n`).join('');
}
