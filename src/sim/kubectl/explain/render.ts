// `kubectl explain` output: a port of kubectl's plaintext.tmpl (pkg/explain/v2/templates) over an
// OpenAPI v3 document, with its `wrap` (newlines dropped, then go-wordwrap) and `indent`.
import { POD_DOCS } from './docs.js';
import { type OpenApiSchema, schemaName, toOpenApi } from './schema.js';

type Schemas = Readonly<Record<string, OpenApiSchema>>;

const SCHEMAS: Schemas = toOpenApi(POD_DOCS);

/** mitchellh/go-wordwrap WrapString: break at spaces once a line would pass `lim` runes. */
export function wordWrap(s: string, lim: number): string {
  let out = '';
  let current = 0;
  let word = '';
  let space = '';
  const len = (x: string) => [...x].length;
  for (const ch of s) {
    if (ch === '\n') {
      if (word === '') {
        if (current + len(space) <= lim) out += space;
      } else {
        out += space + word;
      }
      out += '\n';
      current = 0;
      word = '';
      space = '';
    } else if (/\s/u.test(ch) && ch !== '\u00a0') {
      if (space === '' || word !== '') {
        current += len(space) + len(word);
        out += space + word;
        space = '';
        word = '';
      }
      space += ch;
    } else {
      word += ch;
      if (current + len(space) + len(word) > lim && len(word) < lim) {
        out += '\n';
        current = 0;
        space = '';
      }
    }
  }
  if (word === '') {
    if (current + len(space) <= lim) out += space;
  } else {
    out += space + word;
  }
  return out;
}

// Note: kubectl v1.32's `wrap` keeps the description's own line breaks (newer releases drop them).
const wrap = (l: number, s: string) => wordWrap(s, l);
const indent = (n: number, s: string) => ' '.repeat(n) + s.replace(/\n/g, `\n${' '.repeat(n)}`);
const resolve = (ref: string | undefined): OpenApiSchema | undefined => (ref ? SCHEMAS[ref.replace('#/components/schemas/', '')] : undefined);
const sortedKeys = (o: Readonly<Record<string, unknown>> | undefined) => Object.keys(o ?? {}).sort();

function typeGuess(s: OpenApiSchema): string {
  if (s.items) return `[]${typeGuess(s.items)}`;
  if (s.additionalProperties) return `map[string]${typeGuess(s.additionalProperties)}`;
  if (s.allOf && !s.properties && s.allOf.length === 1) return typeGuess(s.allOf[0]);
  if (s.$ref) {
    const target = resolve(s.$ref);
    if (!target || !target.type || target.type === 'object') return s.$ref.split('/').pop()?.split('.').pop() || 'Object';
    return target.type;
  }
  return s.type === 'object' ? 'Object' : s.type || 'Object';
}

function extractEnum(s: OpenApiSchema, long: boolean, limit: number, indentAmount: number): string {
  if (!s.enum || s.enum.length === 0) return '';
  let out = long ? 'ENUM:' : `\n${' '.repeat(indentAmount)}enum: `;
  for (let i = 0; i < s.enum.length; i++) {
    if (limit > -1 && i >= limit) {
      out += ', ....';
      break;
    }
    if (i > 0 && !long) out += ', ';
    else if (long) out += '\n    ';
    out += s.enum[i] === '' ? '""' : s.enum[i];
  }
  return out;
}

function description(s: OpenApiSchema): string {
  const r = resolve(s.$ref) ?? s;
  let out = r.description ? `${r.description}\n` : '';
  for (const sub of r.allOf ?? []) out += description(sub);
  if (r.items) out += description(r.items);
  if (r.additionalProperties) out += description(r.additionalProperties);
  return out;
}

function fieldDetail(name: string, container: OpenApiSchema, short: boolean, level: number): string {
  const amount = level * 2;
  const field = container.properties?.[name] ?? {};
  let out = `${indent(amount, name)}\t<${typeGuess(field)}>`;
  if (container.required?.includes(name)) out += ' -required-';
  out += `${extractEnum(field, false, 4, amount)}\n`;
  if (!short) out += `${indent(amount + 2, wrap(78 - amount, field.description || '<no description>'))}\n\n`;
  return out;
}

function fieldList(s: OpenApiSchema, level: number, recursive: boolean, history: ReadonlySet<string>): string {
  const ref = s.$ref ?? '';
  if (ref && history.has(ref)) return '';
  const next = new Set([...history, ref]);
  const r = resolve(ref) ?? s;
  let out = '';
  for (const k of sortedKeys(r.properties)) {
    out += fieldDetail(k, r, recursive, level);
    if (recursive) out += fieldList(r.properties?.[k] ?? {}, level + 1, recursive, next);
  }
  for (const sub of r.allOf ?? []) out += fieldList(sub, level, recursive, next);
  if (r.items) out += fieldList(r.items, level, recursive, next);
  if (r.additionalProperties) out += fieldList(r.additionalProperties, level, recursive, next);
  return out;
}

function output(s: OpenApiSchema, path: readonly string[], recursive: boolean, history: ReadonlySet<string>): string {
  const ref = s.$ref ?? '';
  const next = new Set([...history, ref]);
  const r = resolve(ref) ?? s;
  if (path.length === 0) {
    let out = `DESCRIPTION:\n${indent(4, wrap(76, description(r) || '<empty>'))}\n`;
    const fields = fieldList(r, 1, recursive, new Set());
    if (fields) out += `FIELDS:\n${fields}`;
    return out;
  }
  if (ref && history.has(ref)) return '';
  const sub = r.properties?.[path[0]];
  if (sub) {
    const head = path.length === 1 ? `FIELD: ${path[0]} <${typeGuess(sub)}>\n${extractEnum(sub, true, -1, 0)}\n\n` : '';
    return head + output(sub, path.slice(1), recursive, new Set());
  }
  if (r.items) return output(r.items, path, recursive, next);
  if (r.additionalProperties) return output(r.additionalProperties, path, recursive, next);
  for (const alt of r.allOf ?? []) {
    const text = output(alt, path, recursive, next);
    if (text) return text;
  }
  return '';
}

/** The explain text of a kind and field path; for an unknown field, the header kubectl had already printed and its error. */
export function renderExplain(kind: string, path: readonly string[], recursive: boolean): { ok: true; text: string } | { ok: false; text: string; error: string } {
  const root = Object.entries(SCHEMAS).find(([, s]) => s['x-kubernetes-group-version-kind']?.some((g) => g.kind === kind));
  if (!root) return { ok: false, text: '', error: `error: podlab has no documentation for ${kind} yet\n` };
  const gvk = root[1]['x-kubernetes-group-version-kind']?.[0];
  const header = `${gvk?.group ? `GROUP:      ${gvk.group}\n` : ''}KIND:       ${gvk?.kind}\nVERSION:    ${gvk?.version}\n\n`;
  const body = output(root[1], path, recursive, new Set());
  if (!body) return { ok: false, text: header, error: `error: field "${path[path.length - 1]}" does not exist\n` };
  return { ok: true, text: `${header}${body}\n` };
}

/** The OpenAPI document the explain docs make (tests serve it to real kubectl). */
export function explainDocument(): { readonly components: { readonly schemas: Schemas } } {
  return { components: { schemas: SCHEMAS } };
}

export { schemaName };
