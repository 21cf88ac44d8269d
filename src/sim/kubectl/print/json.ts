// `kubectl ... -o json`: Go's json.MarshalIndent(obj, "", "    ") plus a newline
// (cli-runtime printers/json.go). Objects read from the server are unstructured maps, whose keys
// Go sorts; typed objects built by kubectl itself (run/create --dry-run) keep struct field order.
import type { JsonValue } from './yaml.js';

const HEX = '0123456789abcdef';

/** A string as Go's encoding/json writes it (HTML-safe escaping on, as MarshalIndent has it). */
export function goJsonString(s: string): string {
  let out = '"';
  for (const c of s) {
    const cp = c.codePointAt(0) ?? 0;
    if (c === '"' || c === '\\') out += `\\${c}`;
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (c === '\b') out += '\\b';
    else if (c === '\f') out += '\\f';
    else if (cp < 0x20 || c === '<' || c === '>' || c === '&' || cp === 0x2028 || cp === 0x2029) {
      out += `\\u${[12, 8, 4, 0].map((s) => HEX[(cp >> s) & 15]).join('')}`;
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      out += '\\ufffd';
    } else {
      out += c;
    }
  }
  return `${out}"`;
}

function isMap(v: JsonValue): v is { readonly [k: string]: JsonValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function write(v: JsonValue, indent: string, sortKeys: boolean): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return goJsonString(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const inner = `${indent}    `;
  if (Array.isArray(v)) {
    const items = v as readonly JsonValue[];
    if (items.length === 0) return '[]';
    return `[\n${items.map((item) => inner + write(item, inner, sortKeys)).join(',\n')}\n${indent}]`;
  }
  if (!isMap(v)) return 'null';
  const keys = Object.keys(v).filter((k) => v[k] !== undefined);
  if (sortKeys) keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (keys.length === 0) return '{}';
  const body = keys.map((k) => `${inner}${goJsonString(k)}: ${write(v[k] as JsonValue, inner, sortKeys)}`);
  return `{\n${body.join(',\n')}\n${indent}}`;
}

/**
 * `-o json` text for one value, with the trailing newline.
 * @param sortKeys true for objects from the server (maps), false for objects kubectl builds.
 */
export function toJson(value: JsonValue, sortKeys = true): string {
  return `${write(value, '', sortKeys)}\n`;
}
