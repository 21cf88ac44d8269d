// Reading the plain data of a Scenario document strictly, the way the API server's strict
// decoder reads a manifest: unknown fields are reported, wrong types name the field, and every
// problem carries the field path a caller turns back into a file:line:col.
import { goQuote, invalid, required, type GoValue } from '../api/field-errors.js';
import { parseDuration } from '../go-duration.js';
import { decodeQuantity, type Quantity } from '../quantity.js';
import type { Millis } from '../api/types.js';

/** One problem: where (a field path into the document) and the message to print. */
export interface Problem {
  /** Full field path from the document root, e.g. `actions[2].fault.pod`, for locating. */
  readonly path: string;
  /** The text after `FILE:LINE:COL: `, in the API server's wording. */
  readonly message: string;
}

/** A mapping as plain data. */
export type Raw = Readonly<Record<string, unknown>>;

export const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `a.b` / `a[0]`: joins a parent path and a child key the way field.Path prints them. */
export const child = (path: string, key: string): string => (path ? `${path}.${key}` : key);
export const at = (path: string, i: number): string => `${path}[${i}]`;

/** A value as a field error shows it: scalars as Go prints them, collections by their kind. */
function shown(v: unknown): GoValue {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v === null || v === undefined) return null;
  return { go: Array.isArray(v) ? '[...]' : '{...}' };
}

/** Collects problems while a document is read. */
export class Reader {
  readonly problems: Problem[] = [];

  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  invalid(path: string, value: unknown, detail: string): void {
    const e = invalid(path, shown(value), detail);
    this.add(path, `${e.path}: ${e.message}`);
  }

  required(path: string, detail = ''): void {
    const e = required(path, detail);
    this.add(path, `${e.path}: ${e.message}`);
  }

  /** A mapping with only `known` keys; unknown keys are reported like strict decoding does. */
  record(v: unknown, path: string, known: readonly string[]): Raw | undefined {
    if (!isRecord(v)) {
      this.invalid(path, v, 'must be a mapping');
      return undefined;
    }
    for (const k of Object.keys(v).sort()) {
      if (!known.includes(k)) this.add(child(path, k), `unknown field ${goQuote(child(path, k))}`);
    }
    return v;
  }

  list(v: unknown, path: string): readonly unknown[] | undefined {
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v)) {
      this.invalid(path, v, 'must be a list');
      return undefined;
    }
    return v;
  }

  string(v: unknown, path: string, opts: { required?: boolean } = {}): string | undefined {
    if (v === undefined || v === null || v === '') {
      if (opts.required) this.required(path);
      return undefined;
    }
    if (typeof v !== 'string') {
      this.invalid(path, v, 'must be a string');
      return undefined;
    }
    return v;
  }

  int(v: unknown, path: string, opts: { required?: boolean; min?: number; max?: number } = {}): number | undefined {
    if (v === undefined || v === null) {
      if (opts.required) this.required(path);
      return undefined;
    }
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      this.invalid(path, v, 'must be an integer');
      return undefined;
    }
    const min = opts.min ?? Number.MIN_SAFE_INTEGER;
    const max = opts.max ?? Number.MAX_SAFE_INTEGER;
    if (v < min || v > max) {
      this.invalid(path, v, `must be between ${min} and ${max}, inclusive`);
      return undefined;
    }
    return v;
  }

  /** `90` (seconds), `90s`, `5m`, `1h30m`, `250ms`: milliseconds. */
  duration(v: unknown, path: string, opts: { required?: boolean } = {}): Millis | undefined {
    if (v === undefined || v === null) {
      if (opts.required) this.required(path);
      return undefined;
    }
    const ms = typeof v === 'number' ? (Number.isFinite(v) && v >= 0 ? Math.round(v * 1000) : undefined)
      : typeof v === 'string' ? parseDuration(v) : undefined;
    if (ms === undefined) this.invalid(path, v, 'must be a duration such as 90, 90s, 5m or 1h30m');
    return ms;
  }

  /** A resource quantity (`64Mi`, `100m`), with the API server's quantity error. */
  quantity(v: unknown, path: string): Quantity | undefined {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string' && typeof v !== 'number') {
      this.invalid(path, v, 'must be a quantity such as 64Mi or 100m');
      return undefined;
    }
    const q = decodeQuantity(v);
    if (!q.ok) {
      this.invalid(path, v, q.error);
      return undefined;
    }
    return q.value;
  }

  oneOf<T extends string>(v: unknown, path: string, allowed: readonly T[], opts: { required?: boolean } = {}): T | undefined {
    const s = this.string(v, path, opts);
    if (s === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(s)) {
      this.add(path, `${path}: Unsupported value: ${goQuote(s)}: supported values: ${allowed.map((a) => goQuote(a)).join(', ')}`);
      return undefined;
    }
    return s as T;
  }

  /** A list of strings (entrypoint, cmd). */
  strings(v: unknown, path: string): string[] | undefined {
    const items = this.list(v, path);
    if (!items) return undefined;
    const out: string[] = [];
    items.forEach((item, i) => {
      if (typeof item === 'string') out.push(item);
      else if (typeof item === 'number' || typeof item === 'boolean') out.push(String(item));
      else this.invalid(at(path, i), item, 'must be a string');
    });
    return out;
  }

  /** A string → string map (env). Numbers and booleans are written as YAML reads them. */
  stringMap(v: unknown, path: string): Record<string, string> | undefined {
    if (v === undefined || v === null) return undefined;
    if (!isRecord(v)) {
      this.invalid(path, v, 'must be a mapping');
      return undefined;
    }
    const out: Record<string, string> = {};
    for (const [k, val] of Object.entries(v)) {
      if (typeof val === 'string' || typeof val === 'number' || typeof val === 'boolean') out[k] = String(val);
      else this.invalid(`${path}[${k}]`, val, 'must be a string');
    }
    return out;
  }
}
